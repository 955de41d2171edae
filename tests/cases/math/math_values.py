# math: every function on a spread of arguments, printed with repr (CPython's exact floats).
import math

xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 0.1, 3.7, -3.7, 10.0, 1e-10, 1e10, 123.456,
      -250.5, 1e300, 5e-324, 2, 7, -3, 10**20]

one_arg = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh',
           'degrees', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'floor', 'frexp',
           'gamma', 'isfinite', 'isinf', 'isnan', 'lgamma', 'log', 'log10', 'log1p', 'log2',
           'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc', 'ulp']
for name in one_arg:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

specials = [math.inf, -math.inf, math.nan]
for name in one_arg:
    f = getattr(math, name)
    out = []
    for x in specials:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, 'specials', ' '.join(out))

pairs = [(1.0, 2.0), (-1.0, 0.5), (0.0, -1.0), (2.0, 0.5), (10.0, 3.0), (-7.5, 2.0),
         (1e308, 10.0), (0.0, 0.0), (math.inf, 2.0), (2.0, math.inf), (math.nan, 1.0),
         (-0.0, 1.0), (3, 4), (5.5, -2.25)]
for name in ['atan2', 'copysign', 'fmod', 'pow', 'remainder', 'nextafter', 'hypot', 'log']:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.log(10**400), math.log2(2**1000), math.log10(10**500), math.log(2**1023 * 3))
print(math.ldexp(1.5, 10), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(-3.0, 1000))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 3, 4, 5), math.hypot(1e-310, 1e-310))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.gamma(0.5), math.gamma(5), math.gamma(-0.5), math.gamma(171.5), math.gamma(1e-30))
print(math.lgamma(100.5), math.lgamma(-0.5), math.lgamma(1e-30))
print(math.ceil(2.1), math.floor(-2.1), math.trunc(-2.9), math.ceil(10**30), math.floor(True))
print(type(math.ceil(2.0)).__name__, math.floor(1e20), math.ceil(-0.5))
