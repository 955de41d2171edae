# Multiple inheritance: C3 linearization and cooperative super().
class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])
class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e:
    print('TypeError:', e)
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Bad(P1, P2): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(X, P1): pass
except TypeError as e:
    print('TypeError:', e)
