print([3,1,3].index(3,1), [3,1,3,4].index(3,1,3), (3,1,3).index(3,1))
try: [1,2].index(1, 1)
except ValueError as e: print(e)
class D(dict):
    def __eq__(self, o): return NotImplemented
print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1))
class K:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T(K, tag='t'): pass
print(T.tag)
class Fake: pass
class Liar:
    @property
    def __class__(self): return Fake
print(isinstance(Liar(), Fake), isinstance(Liar(), Liar))
class DS(dict): pass
print(list(reversed(DS(a=1, b=2))))
class D(dict):
    def __eq__(self, o): return NotImplemented
d = D(a=1)
print({'a': 1}.__eq__(d), dict.__eq__(d, {'a': 1}))
print({'a': 1} == d, d == {'a': 1}, d != {'a': 1})
class L(list):
    def __eq__(self, o): return NotImplemented
print(L([1]) == [1], [1] == L([1]))
try:
    class NoKw(tag='t'):
        pass
except TypeError as e:
    print(e)
try:
    type('X', (), {}, tag=1)
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class Child(Base, color='red'):
    pass
try:
    [1, 2].index(1, None)
except TypeError as e:
    print(e)
print([1, 2, 3, 2].index(2, -2), (1, 2).index(2, 0, 5))
