# math: CPython's exceptions and messages for bad arguments and out-of-domain values.
import math

tests = [
    ('math.sqrt("a")', lambda: math.sqrt("a")),
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.log(-1)', lambda: math.log(-1)),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('math.factorial(-1)', lambda: math.factorial(-1)),
    ('math.factorial(1.5)', lambda: math.factorial(1.5)),
    ('math.factorial(5.0)', lambda: math.factorial(5.0)),
    ('math.comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('math.perm(5, -1)', lambda: math.perm(5, -1)),
    ('math.isqrt(-1)', lambda: math.isqrt(-1)),
    ('math.gamma(0)', lambda: math.gamma(0)),
    ('math.gamma(-1)', lambda: math.gamma(-1)),
    ('math.gamma(200)', lambda: math.gamma(200)),
    ('math.lgamma(0)', lambda: math.lgamma(0)),
    ('math.pow(0, -1)', lambda: math.pow(0, -1)),
    ('math.pow(-1, 0.5)', lambda: math.pow(-1, 0.5)),
    ('math.pow(10, 400)', lambda: math.pow(10, 400)),
    ('math.fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('math.fmod(math.inf, 1)', lambda: math.fmod(math.inf, 1)),
    ('math.ldexp(1, 2.0)', lambda: math.ldexp(1, 2.0)),
    ('math.ldexp(1, 5000)', lambda: math.ldexp(1, 5000)),
    ('math.fsum([math.inf, -math.inf])', lambda: math.fsum([math.inf, -math.inf])),
    ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])),
    ('math.fsum([math.inf, 1])', lambda: math.fsum([math.inf, 1])),
    ('math.dist([1], [1, 2])', lambda: math.dist([1], [1, 2])),
    ('math.isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)),
    ('math.floor("a")', lambda: math.floor("a")),
    ('math.trunc("a")', lambda: math.trunc("a")),
    ('math.ceil(math.inf)', lambda: math.ceil(math.inf)),
    ('math.floor(math.nan)', lambda: math.floor(math.nan)),
    ('math.sqrt(10**400)', lambda: math.sqrt(10**400)),
    ('math.gcd(1.5)', lambda: math.gcd(1.5)),
    ('math.acos(2)', lambda: math.acos(2)),
    ('math.atanh(1)', lambda: math.atanh(1)),
    ('math.log(1, 1)', lambda: math.log(1, 1)),
    ('math.log(2, 0)', lambda: math.log(2, 0)),
    ('math.log(0.0)', lambda: math.log(0.0)),
    ('math.prod([1, "a"])', lambda: math.prod([1, "a"])),
    ('math.cosh(1000)', lambda: math.cosh(1000)),
    ('math.remainder(1, 0)', lambda: math.remainder(1, 0)),
    ('math.remainder(math.inf, 1)', lambda: math.remainder(math.inf, 1)),
    ('math.nextafter(1)', lambda: math.nextafter(1)),
    ('math.sqrt()', lambda: math.sqrt()),
    ('math.hypot("a")', lambda: math.hypot("a")),
    ('math.log()', lambda: math.log()),
    ('math.log(1, 2, 3)', lambda: math.log(1, 2, 3)),
    ('math.sqrt(x=1)', lambda: math.sqrt(x=1)),
    ('math.copysign(1)', lambda: math.copysign(1)),
    ('math.erf("x")', lambda: math.erf("x")),
    ('math.fsum(1)', lambda: math.fsum(1)),
    ('math.factorial(10**30)', lambda: math.factorial(10**30)),
    ('math.degrees(None)', lambda: math.degrees(None)),
    ('math.expm1(1000)', lambda: math.expm1(1000)),
    ('math.log1p(-1)', lambda: math.log1p(-1)),
    ('math.ceil(None)', lambda: math.ceil(None)),
    ('math.gamma(-0.0)', lambda: math.gamma(-0.0)),
    ('math.perm(10**30, 2)', lambda: math.perm(10**30, 2)),
    ('math.comb(5, 10**20)', lambda: math.comb(5, 10**20)),
    ('math.perm(5, 10**20)', lambda: math.perm(5, 10**20)),
    ('math.sin(math.inf)', lambda: math.sin(math.inf)),
    ('math.log10(-5)', lambda: math.log10(-5)),
    ('math.log2(0)', lambda: math.log2(0)),
    ('math.isqrt(2.0)', lambda: math.isqrt(2.0)),
    ('math.lcm("a")', lambda: math.lcm("a")),
    ('math.atan2(1)', lambda: math.atan2(1)),
    ('math.modf("1")', lambda: math.modf("1")),
    ('math.frexp(None)', lambda: math.frexp(None)),
    ('math.isinf("x")', lambda: math.isinf("x")),
    ('math.prod()', lambda: math.prod()),
    ('math.comb(5)', lambda: math.comb(5)),
    ('math.trunc([])', lambda: math.trunc([])),
]
for t, f in tests:
    try:
        print(t, '->', repr(f()))
    except Exception as e:
        print(t, '->', type(e).__name__ + ':', e)


class Num:
    def __float__(self):
        return 2.25

    def __index__(self):
        return 7

    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'


n = Num()
print(math.sqrt(n), math.floor(n), math.ceil(n), math.trunc(n), math.factorial(n), math.gcd(n, 21))


class F(float):
    pass


print(math.sqrt(F(6.25)), math.floor(F(2.5)), math.isfinite(F(1)))


class Bad:
    def __float__(self):
        return 1


try:
    math.sqrt(Bad())
except TypeError as e:
    print('TypeError:', e)
