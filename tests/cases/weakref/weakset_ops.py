# WeakSet: the whole set API, removals during iteration, copy and pickling hooks.
import copy
import gc
import weakref
from collections.abc import MutableSet, Set


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "M%d" % self.n


def show(ws):
    return sorted(x.n for x in ws)


objs = [M(i) for i in range(6)]
a = weakref.WeakSet(objs[:4])
b = weakref.WeakSet(objs[2:])
print(show(a), show(b), len(a), len(b))
print(show(a | b), show(a & b), show(a - b), show(a ^ b))
print(show(a.union(objs[5:])), show(a.intersection(objs[1:3])), show(a.difference(objs[:1])))
print(show(a.symmetric_difference(objs[3:5])))
print(a <= b, a < b, a >= b, a > b, a == b, a != b)
print(weakref.WeakSet(objs[2:4]) <= a, weakref.WeakSet(objs[2:4]) < a, a > weakref.WeakSet(objs[:1]))
print(a.issubset(objs), a.issuperset(objs[:2]), a.isdisjoint(objs[4:]), a.isdisjoint(objs[3:]))
print(a == weakref.WeakSet(objs[:4]), a == set(objs[:4]), a != set(objs[:4]))
print(repr(weakref.WeakSet()), bool(weakref.WeakSet()), bool(a))
c = a.copy()
print(type(c).__name__, show(c), c is a)
c |= b
print(show(c))
c -= objs[:2]
print(show(c))
c &= objs[2:5]
print(show(c))
c ^= objs[3:]
print(show(c))
c.difference_update([objs[2]])
c.intersection_update(objs)
c.symmetric_difference_update([objs[0]])
c.update([objs[1]])
print(show(c))
c -= c
print(show(c))
d = weakref.WeakSet(objs[:2])
d ^= d
print(show(d))
p = weakref.WeakSet([objs[0]])
print(p.pop().n, len(p))
try:
    p.pop()
except KeyError as e:
    print("KeyError", e)
try:
    p.remove(objs[1])
except KeyError:
    print("KeyError on remove")
p.add(objs[1])
p.remove(objs[1])
p.discard(objs[1])
print(len(p), 1 in p, "x" in p, objs[1] in p)
for bad in (lambda: p.add(1), lambda: p.remove(1), lambda: p.discard(1), lambda: weakref.WeakSet([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print(e)
print(isinstance(a, Set), isinstance(a, MutableSet))

# members dying while iterating: removals wait until the iteration ends
tmp = [M(10 + i) for i in range(5)]
w = weakref.WeakSet(tmp)
it = iter(w)
first = next(it)
del tmp[:]
gc.collect()
print(len(w) >= 1)
rest = list(it)
del first, rest
gc.collect()
print(len(w), list(w))

# members dying: len and contents follow
x, y = M(20), M(21)
w = weakref.WeakSet([x, y])
del x
print(len(w), show(w))
w.clear()
print(len(w), show(w))


class Sub(weakref.WeakSet):
    pass


s = Sub(objs[:2])
s.tag = "t"
s2 = copy.copy(s)
print(type(s2).__name__, show(s2), s2.tag)
s3 = copy.deepcopy(weakref.WeakSet(objs[:3]))
print(type(s3).__name__, len(s3))
cls, args, state = s.__reduce__()
print(cls.__name__, sorted(m.n for m in args[0]), state['tag'])
print(type(weakref.WeakSet().__reduce__()[2]).__name__)
