# dict methods.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.setdefault('b', 99), d.setdefault('new', []), d)
d.update({'b': 20}, x=5)
d.update([('y', 6)])
print(d)
print(d.popitem(), d)
c = d.copy()
c['b'] = 'changed'
print(d['b'], c['b'])
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError:', e)
m = {'a': 1} | {'b': 2}
m |= {'a': 3}
print(m, list(reversed(m)))
