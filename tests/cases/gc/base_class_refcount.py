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

class Other:
    pass

print(sys.getrefcount(Other))

class G(E, Other):
    pass

print(sys.getrefcount(E), sys.getrefcount(Other), G.__base__ is E)

class H(G):
    pass

print(sys.getrefcount(E), sys.getrefcount(Other), sys.getrefcount(G), H.__base__ is G)

class Slotted:
    __slots__ = ('x',)

class K(Other, Slotted):
    pass

print(K.__base__ is Slotted, sys.getrefcount(Slotted), sys.getrefcount(Other))
print(int.__base__, bool.__base__, object.__base__, type.__base__)
print(sys.getrefcount(int) > 10, len(int.__mro__), bool.__mro__)
