# Types without weak reference support refuse them, with CPython's message.
import weakref

for v in (1, "s", (1, 2), [1], {}, None, 1.5, b"b"):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)


class S:
    __slots__ = ("x",)


try:
    weakref.ref(S())
except TypeError as e:
    print(e)


class SW:
    __slots__ = ("x", "__weakref__")


s = SW()
r = weakref.ref(s)
print(r() is s)


class L(list):
    pass


l = L()
print(weakref.ref(l)() is l)


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(L)() is L)
