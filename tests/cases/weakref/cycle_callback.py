# Weak references to objects in garbage cycles are cleared by the collector, callbacks called.
import gc
import weakref


class A:
    pass


gc.collect()
a = A()
a.me = a
r = weakref.ref(a, lambda ref: print("callback, target is", ref()))
del a
print(r() is not None)
print(gc.collect())
print(r())
