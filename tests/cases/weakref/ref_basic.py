# weakref.ref: calling it, death, callbacks, __callback__, equality and hashing.
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
print(r() is a, type(r).__name__, weakref.ReferenceType is weakref.ref)
print(r.__callback__)
del a
print(r())

events = []


def cb(ref):
    events.append(ref)


b = A()
rb = weakref.ref(b, cb)
print(rb.__callback__ is cb)
del b
print(len(events), events[0] is rb, rb())
print(rb.__callback__)

c = A()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, r1 == r2, hash(r1) == hash(c))
r3 = weakref.ref(c, cb)
print(r3 is r1, r3 == r1)
d = A()
print(weakref.ref(d) == r1, weakref.ref(d) != r1)
del c
print(r1 == r2, r1 == r3)
try:
    hash(weakref.ref(A()))
except TypeError as e:
    print(e)
