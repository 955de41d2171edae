# WeakMethod keeps a weak reference to a bound method's object.
import weakref


class C:
    def m(self):
        return "called"


c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
r = weakref.ref(c.m)
print(r())
del c
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
