# copy: more of the protocol — __getnewargs__/__getnewargs_ex__, __reduce_ex__, a reduce value
# that is a string, list/dict item iterators, dispatch_table, the memo argument, subclasses of
# set/frozenset/bytearray/tuple with attributes, slots mixed with __dict__, atoms.
import copy


class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    def __getnewargs__(self):
        print('__getnewargs__')
        return tuple(self)


p = Pt(1, [2])
print(type(copy.copy(p)).__name__, copy.copy(p), copy.deepcopy(p)[1] is p[1])


class KwNew:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


k = copy.deepcopy(KwNew(size=[3]))
print(type(k).__name__, k.size)


class Ex:
    def __reduce_ex__(self, proto):
        print('__reduce_ex__', proto)
        return (Ex, ())


print(type(copy.copy(Ex())).__name__, type(copy.deepcopy(Ex())).__name__)


class Named:
    def __reduce__(self):
        return 'named_singleton'


nm = Named()
print(copy.copy(nm) is nm, copy.deepcopy(nm) is nm)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def __setitem__(self, k, v):
        self.items.append((k, v))

    def __reduce__(self):
        return (Bag, (), None, iter([[1], [2]]), iter([('k', [3])]))


bg = copy.deepcopy(Bag())
print(bg.items)


class Reg:
    def __init__(self, v):
        self.v = v


copy.dispatch_table[Reg] = lambda r: (Reg, (r.v * 10,))
print(copy.copy(Reg(2)).v, copy.deepcopy(Reg(3)).v)
del copy.dispatch_table[Reg]
print(copy.copy(Reg(2)).v)

shared = [1]
memo = {}
first = copy.deepcopy([shared], memo)
second = copy.deepcopy([shared], memo)
print(first[0] is second[0], id(shared) in memo, isinstance(memo[id(memo)], list))
t = ([],)
t[0].append(t)
tc = copy.deepcopy(t)
print(tc is not t, tc[0][0] is tc, type(tc).__name__)
print(copy.deepcopy((1, 'a', (2, 3))) is not None, copy.deepcopy(((), (1,))))


class S(set):
    pass


class FS(frozenset):
    pass


s = S([1, 2])
s.tag = 'set'
fs = FS([3])
fs.tag = 'fs'
for obj in (s, fs):
    c1, c2 = copy.copy(obj), copy.deepcopy(obj)
    print(type(c1).__name__, sorted(c1), c1.tag, type(c2).__name__, c2 == obj, c2.tag)


class Mixed:
    __slots__ = ('a', '__dict__')


mx = Mixed()
mx.a = [1]
mx.b = [2]
mc = copy.deepcopy(mx)
print(mc.a, mc.b, mc.a is mx.a, copy.copy(mx).b is mx.b)


class Base:
    __slots__ = ('x',)


class Child(Base):
    __slots__ = ('y',)


ch = Child()
ch.x = 1
cc = copy.copy(ch)
print(cc.x, hasattr(cc, 'y'))


def fn():
    pass


o = object()
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.copy(property()) is not None, copy.copy(slice(1, 2)),
      copy.deepcopy(range(3)), type(copy.copy(o)).__name__, copy.copy(o) is o, copy.copy(Reg) is Reg, copy.deepcopy(Reg) is Reg)
print(copy.deepcopy({(1, 2): [3]}), copy.copy([1, [2]])[1] is not None, copy.__all__)
for bad in ((x for x in []), ):
    try:
        copy.copy(bad)
    except TypeError as e:
        print('TypeError', e)


class StateOnly:
    def __init__(self):
        self.a = 1

    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)


print(copy.copy(StateOnly()).a)
