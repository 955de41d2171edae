# copy.copy and copy.deepcopy: built-in containers, instances (__dict__, __slots__), the memo,
# __copy__/__deepcopy__, __reduce__, __getstate__/__setstate__, recursive structures.
import copy
from collections import deque, OrderedDict, defaultdict, Counter

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for x in (None, 1, 2.5, 'str', b'b', frozenset({1}), range(3), len, int, Ellipsis):
    print(repr(x), copy.copy(x) is x, copy.deepcopy(x) is x)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(bytearray(b'ab')))
d = {'a': [1]}
print(copy.copy(d)['a'] is d['a'], copy.deepcopy(d)['a'] is d['a'])

# recursive structures
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc[1] is not r)
rd = {}
rd['self'] = rd
print(copy.deepcopy(rd)['self'] is not rd)

# shared references stay shared in a deep copy
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


p = Point(1, [2])
q = copy.copy(p)
w = copy.deepcopy(p)
print(q, w, q is p, q.y is p.y, w.y is p.y, type(w).__name__)


class Slotted:
    __slots__ = ('a', '__b')

    def __init__(self):
        self.a = [1]
        self.__b = 2

    def b(self):
        return self.__b


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b(), copy.copy(sl).a is sl.a)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(5)])[0].v)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a,), {'b': self.b})


rr = copy.deepcopy(Reduced([1], 7))
print(rr.a, rr.b)


class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'big'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'


sc = copy.deepcopy(State())
print(sc.data, sc.cache)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 't'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)

# collections
dq = deque([[1], 2], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0], copy.deepcopy(dq).maxlen)
od = OrderedDict([('x', [1]), ('y', 2)])
print(copy.deepcopy(od), copy.copy(od)['x'] is od['x'])
dd = defaultdict(list, {'a': [1]})
ddc = copy.deepcopy(dd)
print(ddc, ddc['a'] is dd['a'], ddc.default_factory)
print(copy.copy(Counter('abca')))


def method_holder():
    class M:
        def f(self):
            return self
    m = M()
    bm = copy.deepcopy(m.f)
    print(bm() is not m, type(bm()).__name__)


method_holder()
try:
    copy.deepcopy(x for x in [1])
except TypeError as e:
    print('TypeError', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))


class Num(int):
    pass


class Text(str):
    pass


n = Num(5)
n.note = 'n'
nc = copy.deepcopy(n)
print(type(nc).__name__, nc, nc.note, copy.copy(Text('hi')), type(copy.copy(Text('hi'))).__name__)
print(copy.deepcopy({1: frozenset({(1, 2)})}), copy.deepcopy(set([3])))
