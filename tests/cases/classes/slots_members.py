# __slots__: member descriptors in the class dict, values in the instance's slot storage, no
# __dict__ unless asked for, inheritance of slots, and CPython's errors.
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

class P:
    __slots__ = ('y', 'x')
    def __init__(self, x):
        self.x = x

p = P(1)
print(P.__slots__, list(vars(P)))
print(P.__dict__['x'], type(P.x).__name__, P.x.__name__, P.x.__qualname__, P.x.__objclass__)
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'), hasattr(p, '__weakref__'))
attempt(lambda: p.y)
attempt(lambda: setattr(p, 'z', 3))
attempt(lambda: p.z)
attempt(lambda: p.__dict__)
attempt(lambda: vars(p))
attempt(lambda: delattr(p, 'y'))
p.y = 2
print(p.y)
del p.y
attempt(lambda: p.y)

# The descriptor protocol, directly.
print(P.x.__get__(None, P) is P.x, P.x.__get__(p))
P.x.__set__(p, 5)
print(p.x)
P.x.__delete__(p)
print(hasattr(p, 'x'))
attempt(lambda: P.x.__get__(1))
attempt(lambda: P.x.__set__('s', 1))
attempt(lambda: P.x.__get__(None))
attempt(lambda: type(P.x).__get__(1, 2))
attempt(lambda: type(P.x).__set__(P.x, 1))
print(P.__dict__['x'].__doc__)

# Subclasses: without __slots__ they get a __dict__; with, more slots.
class Q(P):
    pass
q = Q(5)
q.extra = 'dict allowed'
print(q.x, q.extra, q.__dict__, list(vars(Q)))
class R(P):
    __slots__ = ['w']
r = R(7)
r.w = 8
print(r.x, r.w, hasattr(r, '__dict__'), list(vars(R)))
attempt(lambda: setattr(r, 'v', 1))
class S(R):
    __slots__ = 'v'
s = S(1)
s.v, s.w, s.y = 'v', 'w', 'y'
print(s.v, s.w, s.x, s.y, S.__slots__, list(vars(S)))
print(R.w.__get__(s), P.y.__get__(s))

# __dict__ and __weakref__ named in __slots__.
class D:
    __slots__ = ('a', '__dict__')
d = D()
d.a = 1
d.b = 2
print(d.a, d.b, d.__dict__, list(vars(D)), hasattr(d, '__weakref__'))
class W:
    __slots__ = ('__weakref__', 'a')
w = W()
print(w.__weakref__, list(vars(W)), hasattr(w, '__dict__'))
attempt(lambda: setattr(w, '__weakref__', 1))
class WD(W):
    pass
print(list(vars(WD)))
class DW(D):
    pass
print(list(vars(DW)))

# Empty slots, string slots, private names are mangled, names are sorted.
class E:
    __slots__ = ()
attempt(lambda: setattr(E(), 'x', 1))
class F:
    __slots__ = 'abc'
f = F()
f.abc = 1
print(f.abc, F.__slots__, list(vars(F)))
class G:
    __slots__ = ('__x', 'b', 'a')
    def set(self):
        self.__x = 'private'
        return self.__x
print(G().set(), G.__slots__, list(vars(G)))
class H:
    __slots__ = {'k': 'doc', 'j': None}
print(list(vars(H)), H.__slots__)

# Errors.
def conflict():
    class A:
        __slots__ = ('x',)
        x = 1
def dup_dict():
    class A:
        __slots__ = ('__dict__', '__dict__')
def dup_weak():
    class A:
        __slots__ = ('__weakref__', '__weakref__')
def inherited_dict():
    class B:
        pass
    class A(B):
        __slots__ = ('__dict__',)
def inherited_weak():
    class B:
        pass
    class A(B):
        __slots__ = ('__weakref__',)
def not_str():
    class A:
        __slots__ = (1,)
def not_ident():
    class A:
        __slots__ = ('1x',)
def not_iter():
    class A:
        __slots__ = 5
def lay_out():
    class A:
        __slots__ = ['a']
    class B:
        __slots__ = ['b']
    class C(A, B):
        pass
def int_slots():
    class A(int):
        __slots__ = ['a']
def tuple_slots():
    class A(tuple):
        __slots__ = ('a',)
def module_conflict():
    class A:
        __slots__ = ('__module__',)
for f in [conflict, dup_dict, dup_weak, inherited_dict, inherited_weak, not_str, not_ident,
          not_iter, lay_out, int_slots, tuple_slots, module_conflict]:
    attempt(f)

# Allowed: slots with empty secondary bases, an empty __slots__ on a varsize base.
class A1:
    __slots__ = ['a']
class B1:
    __slots__ = []
class C1(A1, B1):
    pass
print(list(vars(C1)), C1.__base__)
class T(tuple):
    __slots__ = ()
print(T((1, 2)), list(vars(T)), hasattr(T(), '__dict__'))
class Plain:
    pass
class Mixed(Plain, A1):
    pass
print(Mixed.__base__, list(vars(Mixed)))
class Mixed2(Plain, A1):
    __slots__ = ()
m = Mixed2()
m.anything = 1
print(list(vars(Mixed2)), m.__dict__)

# An instance's __dict__ can be replaced (with a dict) or deleted.
class O:
    pass
o = O()
o.__dict__ = {'q': 1}
print(o.q)
attempt(lambda: setattr(o, '__dict__', 1))
del o.__dict__
print(o.__dict__)
print(O.__dict__['__dict__'].__get__(o), O.__dict__['__weakref__'].__get__(o))
attempt(lambda: O.__dict__['__dict__'].__get__(1))
print(type(O.__dict__['__dict__'].__doc__).__name__, O.__dict__['__dict__'].__objclass__)

# Class attributes replacing a slot's descriptor make it read-only for instances.
class RO:
    __slots__ = ('a',)
RO.a = 5
print(RO.a)
attempt(lambda: setattr(RO(), 'a', 1))

# __class__ assignment checks layouts.
class L1:
    __slots__ = ('a',)
class L2:
    __slots__ = ('a',)
class L3:
    pass
x = L1()
x.a = 1
x.__class__ = L2
print(type(x).__name__, x.a)
attempt(lambda: setattr(x, '__class__', L3))
