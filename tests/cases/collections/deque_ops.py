# collections.deque: both ends, maxlen, rotate, indexing, comparisons and CPython's errors.
from collections import deque

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
d.extend([3, 4])
d.extendleft('ab')
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(2), d.index(2), 3 in d, 'z' in d)
d.insert(1, 'x')
d.remove('x')
d[0] = 'first'
del d[1]
print(d, list(d), list(reversed(d)))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
m.appendleft(-1)
print(m)
print(deque('abc') == deque('abc'), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque([1], maxlen=2) * 3)
e = deque([1, 2])
e += [3]
e *= 2
print(e, bool(deque()), bool(e))
print(d.copy(), deque(maxlen=2), deque([], maxlen=0))
z = deque(maxlen=0)
z.append(1)
print(z)
tests = [
    ('deque().pop()', lambda: deque().pop()),
    ('deque().popleft()', lambda: deque().popleft()),
    ('d[10]', lambda: d[10]),
    ('d.remove(9)', lambda: d.remove(9)),
    ('d.index(9)', lambda: d.index(9)),
    ('full insert', lambda: deque([1], maxlen=1).insert(0, 2)),
    ('d[1:2]', lambda: d[1:2]),
    ('deque(maxlen=-1)', lambda: deque(maxlen=-1)),
    ('deque(maxlen="a")', lambda: deque(maxlen="a")),
    ('hash(d)', lambda: hash(d)),
    ('d < 3', lambda: d < 3),
    ('d + [1]', lambda: d + [1]),
    ('deque(1)', lambda: deque(1)),
    ('d.count()', lambda: d.count()),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except Exception as ex:
        print(text, '->', type(ex).__name__ + ':', ex)
it = iter(d)
next(it)
d.append(99)
try:
    next(it)
except RuntimeError as ex:
    print('RuntimeError:', ex)


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2, 3])
s.append(4)
print(s.peek(), len(s), isinstance(s, deque), type(s).__name__)
print(type(d), deque.__name__, deque.__module__)
