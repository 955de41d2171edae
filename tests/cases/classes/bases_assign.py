# Assigning a class's __bases__: MRO of the class and its subclasses, __base__, the subclass
# lists, refcounts, and CPython's errors for every kind of bad value.
class A:
    def who(self): return 'A'
class A2:
    def who(self): return 'A2'
    def extra(self): return 'extra'
class B(A):
    pass
class C(B):
    pass
b = B(); c = C()
print(b.who(), C.__mro__)
t = (A2,)
B.__bases__ = t
print(B.__bases__ is t, B.__base__, B.__mro__, C.__mro__, b.who(), c.who(), c.extra())
print(A.__subclasses__(), A2.__subclasses__())
B.__bases__ = (A, A2)
print(B.__mro__, C.__mro__, B.__base__, c.who())
for bad in [[A], (), (1,), (C,), (B,), (object,), (int,)]:
    try:
        B.__bases__ = bad
    except TypeError as e:
        print('TypeError:', e)
print(B.__bases__)
try:
    del B.__bases__
except TypeError as e:
    print('TypeError:', e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print('TypeError:', e)
class M1: pass
class M2(M1): pass
class Z(M1): pass
try:
    Z.__bases__ = (M1, M2)
except TypeError as e:
    print('TypeError:', e)
print(Z.__bases__, Z.__mro__)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
class Q(S1):
    __slots__ = ()
try:
    Q.__bases__ = (S2,)
except TypeError as e:
    print('TypeError:', e)
import sys
print(sys.getrefcount(A), sys.getrefcount(A2))

class Fin:
    def __del__(self):
        print('Fin.__del__', type(self).__name__)
class Plain:
    pass
class Late(Plain):
    pass
obj = Late()
Late.__bases__ = (Fin,)
del obj
print(isinstance(Late(), Fin), issubclass(Late, Plain), Plain.__subclasses__(), Fin.__subclasses__())

# A subclass whose MRO the new bases would make inconsistent: the whole assignment fails and
# nothing changes.
class PA: pass
class PB: pass
class PX(PA): pass
class PY(PB, PX): pass
try:
    PX.__bases__ = (PB,)
except TypeError as e:
    print('TypeError:', e)
print(PX.__bases__, PX.__base__, PX.__mro__, PY.__mro__)
print(PA.__subclasses__(), PB.__subclasses__())
