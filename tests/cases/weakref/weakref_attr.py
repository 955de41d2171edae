# __weakref__ gives the first weak reference, or None.
import weakref


class A:
    pass


a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
del r
print(a.__weakref__)
print("__weakref__" in A.__dict__)
