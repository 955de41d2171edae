# dict creation, access, update, deletion, membership, ordering.
d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], 'a' in d, 'z' in d, d.get('z'), d.get('z', 0))
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'a': 1}, b=2), dict(zip('ab', (1, 2))))
del d['b']
d['b'] = 20
print(d, list(d))
print({1: 'int', 1.0: 'float', True: 'bool'})
nested = {'outer': {'inner': [1, 2]}}
nested['outer']['inner'].append(3)
print(nested)
print({(1, 2): 'tuple key', None: 'none', 3.5: 'float', frozenset([1]): 'fs'})
print({} == {}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
d2 = {}
for w in 'the cat and the hat and the bat'.split():
    d2[w] = d2.get(w, 0) + 1
print(d2)
r = {}
r['self'] = r
print(r)
