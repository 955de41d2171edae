# A base class is referenced by each subclass's __mro__ and __bases__ tuples and its tp_base.
import sys

class E:
    pass

print(sys.getrefcount(E))

class D(E):
    pass

print(sys.getrefcount(E))

class F(E):
    pass

print(sys.getrefcount(E))
