# WeakSet: members go when they die.
import weakref


class M:
    pass


s = weakref.WeakSet()
a, b, c = M(), M(), M()
s.add(a)
s.add(b)
s.add(c)
s.add(a)
print(len(s), a in s)
del b
print(len(s))
s.discard(c)
print(len(s), c in s)
del a
print(len(s), list(s))
try:
    s.add(1)
except TypeError as e:
    print(e)
