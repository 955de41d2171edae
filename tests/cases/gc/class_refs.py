# A class is a reference cycle, as in CPython: its __mro__ tuple holds it, and the __dict__ /
# __weakref__ / slot descriptors in its namespace hold it (__objclass__). Its refcount counts
# them, __mro__ and __bases__ are the same tuple objects each time, and deleting a class
# leaves it to the collector.
import gc
import sys

class E:
    pass

print(sys.getrefcount(E))

class S:
    __slots__ = ('a', 'b')

class D(E):
    def f(self):
        pass

print(sys.getrefcount(S), sys.getrefcount(D))
print(E.__mro__ is E.__mro__, E.__bases__ is E.__bases__, int.__mro__ is int.__mro__)
print(E.__mro__, D.__bases__, S.__mro__)
print(type(E.__dict__['__dict__']).__name__, E.__dict__['__dict__'].__objclass__)
print(S.__dict__['a'], S.__dict__['a'].__objclass__ is S)
print(gc.is_tracked(E.__dict__['__weakref__']), gc.is_tracked(S.__dict__['b']))
gc.collect()
del S
print(gc.collect())
del D
print(gc.collect())

def make():
    class Local:
        x = 1
        def method(self):
            return self.x
    return Local()

obj = make()
cls = type(obj)
print(cls.__qualname__, obj.method())
del obj, cls
print(gc.collect())

import weakref
class W:
    pass
r = weakref.ref(W)
del W
print(r() is not None)
gc.collect()
print(r())
