# Callbacks run newest first when the object dies; one that raises is reported, not raised.
import weakref


class A:
    pass


a = A()
r1 = weakref.ref(a, lambda r: print("callback 1"))
r2 = weakref.ref(a, lambda r: print("callback 2"))
del a
print("after")


def bad(r):
    raise KeyError("in callback")


b = A()
rb = weakref.ref(b, bad)
del b
print("still running")
