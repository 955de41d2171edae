# collections: Counter, defaultdict, OrderedDict and ChainMap as CPython 3.11 prints them.
from collections import Counter, defaultdict, OrderedDict, ChainMap

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], c.most_common(2), c.total())
c.update('aaz')
c.subtract({'b': 5})
print(c, sorted(c.elements()))
x = Counter(a=3, b=1)
y = Counter(a=1, b=2, c=0)
print(x + y, x - y, x | y, x & y, +y, -Counter(a=-2))
print(x == Counter(a=3, b=1), x <= x + y, Counter() == Counter(a=0))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3), Counter(words).most_common())
print(repr(Counter()), Counter({'x': 2}), Counter(k=1, j=2))
del c['zzz']
x += Counter(c=5)
print(x)

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['missing'], len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.default_factory)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print('TypeError:', e)
print(dd.copy(), type(dd.copy()).__name__, defaultdict(int, a=1) | {'b': 2})

od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print(od, list(od), od.popitem(), od)
od.move_to_end('z')
print(od)
od.move_to_end('a', last=False)
print(od, od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict.fromkeys('xyz', 0), repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

base = {'color': 'red', 'size': 1}
over = {'color': 'blue'}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), list(cm), cm)
child = cm.new_child({'size': 9})
print(child['size'], child.parents, dict(child))
cm['new'] = 1
print(over, 'new' in cm, cm.get('nope', 'default'))
try:
    del cm['size']
except KeyError as e:
    print('KeyError', e)
