# random: subclasses choosing _randbelow, version-1 seeds, state versions, SystemRandom,
# big ranges, negative steps, counts and weights in sample/choices, distribution edge cases.
import random
import copy

print(random.Random.VERSION, random.BPF, random.RECIP_BPF, random.TWOPI)
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST)
print(sorted(random.__all__))

r = random.Random(99)
print([r.randrange(-10, 10, 3) for _ in range(8)], [r.randrange(10, -10, -3) for _ in range(8)])
print(r.randrange(2**80), r.randrange(-2**70, 2**70, 12345), r.randint(-5, -1))
print(r.randrange(7), r.randrange(1, 2), r.randbytes(0), r.randbytes(9), r.getrandbits(0))
print(r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(200))

for a in ('abc', b'abc', bytearray(b'abc'), '', 0, 1, -1, 2**64 + 3, 0.5, None):
    r.seed(a, version=1) if isinstance(a, (str, bytes)) else None
    if isinstance(a, (str, bytes)):
        print('v1', repr(a), r.random())
    if a is not None:
        r.seed(a)
        print('v2', repr(a), r.random(), r.randrange(1000))
try:
    r.seed({})
except TypeError as e:
    print('TypeError', e)
try:
    r.seed(3, version=5)
    print('v5 ok', r.random())
except Exception as e:
    print(type(e).__name__, e)

r.seed(5)
st = r.getstate()
print(type(st), st[0], type(st[1]), len(st[1]), st[1][-1], st[2])
r.gauss()
st2 = r.getstate()
print(st2[2] is not None)
r2 = random.Random()
r2.setstate(st2)
print(r2.gauss() == r.gauss(), r2.random() == r.random())
try:
    r.setstate((7, st[1], None))
except ValueError as e:
    print('ValueError', e)
r.setstate((2, tuple(x - 2**32 if x > 2**31 else x for x in st[1]), None))
r3 = random.Random(5)
print(r.random() == r3.random())

c = copy.copy(r3)
print(type(c).__name__, c.random() == r3.random())
print(r3.__reduce__()[0] is random.Random, r3.__reduce__()[1])


class OnlyRandom(random.Random):
    def __init__(self):
        self.n = 0
        super().__init__(0)

    def random(self):
        self.n += 1
        return (self.n * 0.6180339887498949) % 1.0


o = OnlyRandom()
print(o._randbelow.__name__, [o.randrange(10) for _ in range(10)], o.choice('abcdefg'))
print([o.randrange(2**40) for _ in range(2)])
l = list(range(10))
o.shuffle(l)
print(l, o.sample(range(50), 5))


class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ ((1 << k) - 1)


b = Bits(3)
print(b._randbelow.__name__, [b.randrange(100) for _ in range(6)])


class Both(OnlyRandom):
    def getrandbits(self, k):
        return 0


print(Both._randbelow.__name__)


class Own(random.Random):
    def _randbelow(self, n):
        return n - 1


print(Own(1).randrange(10), Own(1).choice('xyz'))

random.seed(11)
print(random.choices(['a', 'b', 'c'], [5, 0, 1], k=8))
print(random.choices(range(4), cum_weights=[0.5, 1.5, 1.5, 4.0], k=8))
print(random.choices('xy'), random.choices('xyz', k=0))
for args, kw in [(('ab', 2), {}), (('ab', [1, 2]), {'cum_weights': [1, 2]}),
                 (('ab', [1, float('inf')]), {}), (('ab', [-1, 0]), {}),
                 (('', ), {}), (('ab', [1, 'x']), {})]:
    try:
        print(random.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(random.sample(['x', 'y', 'z'], 3, counts=[2, 0, 3]))
for kw in [{'counts': [1, 2]}, {'counts': [0, 0, 0]}, {'counts': [1.0, 1, 1]}]:
    try:
        print(random.sample('abc', 2, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(random.sample(range(10**9), 3), random.sample(tuple(range(40)), 12), random.sample('ab', 0))
print(random.sample(range(30), 20))

random.seed(12)
print(random.triangular(1, 3), random.triangular(1, 3, 2.5), random.triangular(2, 2), random.triangular(0, 1, 0))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(2, 50), random.gammavariate(1, 2))
print(random.gammavariate(0.2, 3), random.gammavariate(30, 0.5), random.betavariate(0.5, 0.5))
print(random.expovariate(0.5), random.paretovariate(1), random.weibullvariate(2, 0.5))
print(random.normalvariate(100, 15), random.lognormvariate(1, 0.25), random.uniform(5, 1))
print(random.gauss(), random.gauss(), random.gauss(mu=3, sigma=0))
for f, args in [(random.gammavariate, (1, 0)), (random.randint, (5, 1)), (random.choice, ('',))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

s = random.SystemRandom()
print(isinstance(s, random.Random), 0 <= s.random() < 1, 0 <= s.randrange(10) < 10)
print(len(s.randbytes(5)), s.getrandbits(8) < 256, s.seed(1), s._randbelow.__name__)
for m in (s.getstate, lambda: s.setstate(None)):
    try:
        m()
    except NotImplementedError as e:
        print('NotImplementedError', e)
x = list(range(5))
s.shuffle(x)
print(sorted(x), sorted(s.sample(range(5), 5)), s.choice([7]))
print(random.random.__self__ is random._inst)
