# Set and frozenset subclasses: construction (__new__ then set.__init__), repr with the
# subclass name, operators returning plain sets, argument errors worded as CPython's.
class S(set): pass
class F(frozenset): pass
s = S([30, 1, 17, 2]); f = F([30, 1, 17, 2])
print(s, f, S(), F(), repr(s), str(f), [s])
print(type(s | {5}).__name__, type(f | {5}).__name__, type(s.copy()).__name__, type(f.copy()).__name__)
print(s | {5}, f & {1, 2, 99}, {64} ^ s, s - {1}, s.union([40]), f.difference([1]))
s |= {64, 3}; s -= {1}; s &= {64, 3, 30, 99}; s ^= {5}
print(s, type(s).__name__)
x = {1, 2, 3}
x.__init__([40, 8])
print(x)
print(set.union({3, 1}, [2]), frozenset.union(frozenset({3, 1}), [2]))
it = iter({1, 2, 3}); next(it); print(list(it))
for f in [lambda: set(a=1), lambda: set(1, 2), lambda: S(1, 2), lambda: S(a=1), lambda: F(1, 2),
          lambda: F(a=1), lambda: frozenset(a=1), lambda: frozenset(1, 2),
          lambda: set.__new__(set, 1, 2, 3), lambda: {1}.__init__(1, 2), lambda: {1} | [1],
          lambda: set(1), lambda: set([[1]]), lambda: {1}.add([1]), lambda: {1}.remove([1])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
class T(set):
    def __init__(self, a, b):
        pass
class G(frozenset):
    def __init__(self, *a, **k):
        pass
print(T(1, 2), set.__new__(S), G([2, 1], x=3))
for k in (5, (5,)):
    try:
        {1}.remove(k)
    except KeyError as e:
        print(repr(e))
print(frozenset([3, 1]) is frozenset(frozenset([3, 1])), F([1]) == frozenset([1]))
