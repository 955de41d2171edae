# keys/values/items views are live and support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
del d['a']
print(list(k), list(v), list(it), len(k), 'b' in k, 2 in v, ('b', 2) in it)
print(sorted(k & {'b', 'x'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(k == {'b', 'c', 'd'}, sorted(it & {('c', 3)}), k.isdisjoint({'q'}))
for key, value in d.items():
    print(key, value, end='; ')
print()
print(list(reversed(d.keys())), list(reversed(d.values())))
print(type(k).__name__, type(v).__name__, type(it).__name__)
