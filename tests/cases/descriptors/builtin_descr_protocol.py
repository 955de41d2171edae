def f(self): return 'f'
class C:
    pass
c = C()
print(hasattr(f, '__get__'), f.__get__(c, C)())
p = property(lambda self: 42)
print(hasattr(p, '__get__'), p.__get__(c, C), hasattr(p, '__set__'))
sm = staticmethod(len); cm = classmethod(lambda cls: cls.__name__)
print(hasattr(sm, '__get__'), sm.__get__(None, C)([1]), cm.__get__(None, C)())
print(type(p).__get__(p, c), property.__get__(p, c))
class Q:
    def __init__(self): self._v = 1
    def get(self): return self._v
    def set(self, v): self._v = v
    v = property(get, set)
    ro = property(get)
q = Q()
Q.v.__set__(q, 9)
print(q.v, Q.__dict__['v'].__get__(q))
try:
    Q.ro.__set__(q, 3)
except AttributeError as e:
    print(e)
try:
    Q.ro.__delete__(q)
except AttributeError as e:
    print(e)
try:
    p.__get__(None, None)
except TypeError as e:
    print(e)
print(Q.v.__get__(None, Q) is Q.v, hasattr(staticmethod(f), '__set__'))
import functools
class R:
    @staticmethod
    def st(a, b): return a + b
    st2 = functools.partialmethod(st, 10)
print(R().st2(5))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('no ' + name)
try:
    class Holder:
        attr = Bad()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
