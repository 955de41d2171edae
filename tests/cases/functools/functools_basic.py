# functools: reduce, partial, lru_cache/cache with cache_info, wraps, total_ordering,
# cmp_to_key, cached_property, singledispatch.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, 'hello'))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError:', e)


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), exp=5)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(list(map(partial(int, base=2), ['101', '11'])))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_parameters())


@cache
def slow_add(a, b=0):
    return a + b


print(slow_add(1, 2), slow_add(1, 2), slow_add(1, b=2), slow_add.cache_info())


@lru_cache
def ident(x):
    return x


print(ident(3), ident.cache_info(), ident.__name__)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    """Say hello."""
    return 'hello ' + name


print(greet('bob'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a == Version(1))
try:
    total_ordering(type('X', (), {}))
except ValueError as e:
    print('ValueError:', e)


def compare(x, y):
    return (x > y) - (x < y)


print(sorted([5, 2, 9, 1], key=cmp_to_key(compare)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(y) - len(x))))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed)


@functools.singledispatch
def describe(x):
    return 'something'


@describe.register(int)
def _(x):
    return 'an int'


@describe.register(list)
def _(x):
    return 'a list of %d' % len(x)


print(describe(1), describe([1, 2]), describe('s'), describe(True))
