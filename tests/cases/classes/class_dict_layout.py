# A class namespace in CPython's key order: __module__, the body's names, the slot members,
# then the __dict__ / __weakref__ getset descriptors the class is first to add, then __doc__
# (and __hash__ = None for a class defining __eq__ alone).
class A: pass
print(list(vars(A)))
print(vars(A))
print(A.__dict__['__dict__'], type(A.__dict__['__dict__']), A.__dict__['__weakref__'])
class B(A):
    x = 1
    def f(self): pass
print(list(vars(B)))
class D:
    """doc"""
    a = 1
print(list(vars(D)))
class Q:
    __qualname__ = 'Zed'
print(list(vars(Q)), Q.__qualname__)
class Eq:
    def __eq__(self, other): return True
print(list(vars(Eq)))
class S:
    __slots__ = ('x', 'y')
    z = 3
print(list(vars(S)))
class S2:
    __slots__ = ('x', '__dict__')
print(list(vars(S2)))
class S3:
    __slots__ = ('__weakref__', 'a')
print(list(vars(S3)))
class S4(S): pass
print(list(vars(S4)))
class S5(S):
    __slots__ = ('w',)
print(list(vars(S5)))
class SS(S2): pass
print(list(vars(SS)))
class S6(S3): pass
print(list(vars(S6)))
class S7:
    __slots__ = ()
class S8(S7): pass
print(list(vars(S7)), list(vars(S8)))
class S9:
    __slots__ = ('b', 'a', '__dict__', 'c')
print(list(vars(S9)))

# Subclasses of built-in types add what their base lacks.
class E(Exception): pass
print(list(vars(E)))
class L(list): pass
print(list(vars(L)))
class I(int): pass
print(list(vars(I)))
class F(frozenset): pass
print(list(vars(F)))
class St(set): pass
print(list(vars(St)))
class M(type): pass
print(list(vars(M)))
class P(property): pass
print(list(vars(P)))
class T(tuple): pass
print(list(vars(T)))
class Sr(str): pass
print(list(vars(Sr)))
class Di(dict): pass
print(list(vars(Di)))

# Secondary bases supply the dict.
class C0:
    __slots__ = ()
class P0:
    pass
class E0(C0, P0):
    __slots__ = ()
print(list(vars(E0)), hasattr(E0(), '__dict__'))
class F0(P0, C0):
    __slots__ = ()
print(list(vars(F0)), hasattr(F0(), '__dict__'))

# The descriptors reach instances' dicts; '__dict__' shows in dir().
a = A()
a.v = 1
print(A.__dict__['__dict__'].__get__(a), '__dict__' in dir(A), '__weakref__' in dir(a))
print(E('x').__dict__, hasattr(E('x'), '__weakref__'))
print(BaseException.__dict__['__dict__'], '__dict__' in dir(ValueError('v')))
