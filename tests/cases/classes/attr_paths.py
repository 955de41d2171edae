# Instance attribute reads and writes through every kind of class attribute.
class Noisy:
    def __init__(self, owner):
        self.owner = owner
    def __del__(self):
        print('del Noisy; owner still has', sorted(k for k in vars(self.owner) if k != 'item'))

class Plain:
    pass

p = Plain()
p.a = 1
p.item = Noisy(p)
p.b = 2
p.item = 'replaced'          # the old value's __del__ reads the instance's attributes
print(p.a, p.b, p.item)

class WithProperty:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x * 10
    @x.setter
    def x(self, v):
        self._x = v

w = WithProperty()
w.x = 4
w.__dict__['x'] = 'shadow?'   # a data descriptor wins over the instance dict
print(w.x, w._x, w.__dict__)

class NonData:
    def __get__(self, obj, owner):
        return 'from descriptor'

class UsesNonData:
    attr = NonData()

u = UsesNonData()
print(u.attr)
u.attr = 'own'                # the instance attribute wins over a non-data descriptor
print(u.attr)
del u.attr
print(u.attr)

class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)

g = Logged()
g.v = 1
g.secret = 2
print(g.v, g.secret)

class Fallback:
    def __getattr__(self, name):
        return 'missing ' + name

f = Fallback()
f.here = 'present'
print(f.here, f.there)

class Slotted:
    __slots__ = ('s', '__dict__')

s = Slotted()
s.s = 'slot'
s.d = 'dict'
print(s.s, s.d, s.__dict__)

class A:
    pass
class B:
    def hello(self):
        return 'B.hello'
a = A()
a.n = 5
a.__class__ = B
print(type(a).__name__, a.hello(), a.n)

d = Plain()
d.__dict__['k'] = 'via dict'
d.m = 'after dict'
print(d.k, d.m, sorted(vars(d)))
try:
    Plain().nothing
except AttributeError as e:
    print(e)
