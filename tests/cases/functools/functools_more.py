# functools: the finer points — partial's fields, flattening, repr, copy and errors;
# partialmethod; lru_cache keys and parameters; total_ordering from each root; cmp_to_key's
# key objects; update_wrapper; singledispatch registration forms; cached_property errors.
import copy
import functools
from functools import (partial, partialmethod, lru_cache, total_ordering, cmp_to_key, reduce,
                       update_wrapper, wraps, singledispatch, singledispatchmethod,
                       cached_property)


def f(a, b=1, *rest, **kw):
    return (a, b, rest, kw)


p = partial(f, 1, x=2)
print(p(), p(5, x=3, y=4), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), 'ID'))
for attr in ('func', 'args', 'keywords'):
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print('AttributeError', e)
p.note = 'n'
print(partial(p, 3).func is p, partial(partial(f, 1), 2).func is f, partial(partial(f, 1), 2).args)
q = copy.copy(partial(f, 1, b=2))
print(q.args, q.keywords, q.func is f, q())
try:
    partial()
except TypeError as e:
    print('TypeError:', e)
try:
    partial(3)
except TypeError as e:
    print('TypeError:', e)


class MyPartial(partial):
    pass


print(repr(MyPartial(f, 9)).replace(hex(id(f)), 'ID'), MyPartial(f, 9)())


class Holder:
    attr = partial(f, 'unbound')


print(Holder().attr())


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True, note='on')
    set_dead = partialmethod(set_state, False)
    twice = partialmethod(partialmethod(set_state, True), note='twice')


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.twice())
print(repr(Cell.__dict__['set_alive']).split(' at ')[0], repr(Cell.__dict__['set_alive'])[-15:])
try:
    partialmethod(5)
except TypeError as e:
    print('TypeError:', e)


@lru_cache(maxsize=3, typed=True)
def kind(x, y=0):
    return type(x).__name__


print(kind(1), kind(1.0), kind(1, y=2), kind(1, y=2), kind.cache_info(), kind.cache_parameters())
print(lru_cache(-5)(abs).cache_info(), lru_cache(None)(abs).cache_parameters())
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError:', e)
calls = []


@lru_cache(maxsize=2)
def tracked(n):
    calls.append(n)
    return n


for n in [1, 2, 1, 3, 2, 1, 1]:
    tracked(n)
print(calls, tracked.cache_info(), tracked.__wrapped__(9), tracked.__name__)


@lru_cache(maxsize=0)
def never(n):
    return n


print(never(1), never(1), never.cache_info())


class Meth:
    @lru_cache
    def double(self, n):
        return 2 * n


m = Meth()
print(m.double(4), m.double(4), Meth.double.cache_info().hits)


def fails(n):
    raise KeyError(n)


cf = functools.cache(fails)
for _ in range(2):
    try:
        cf(1)
    except KeyError:
        pass
print(cf.cache_info())


def make(root):
    ops = {
        '__lt__': lambda s, o: s.v < o.v if isinstance(o, V) else NotImplemented,
        '__le__': lambda s, o: s.v <= o.v if isinstance(o, V) else NotImplemented,
        '__gt__': lambda s, o: s.v > o.v if isinstance(o, V) else NotImplemented,
        '__ge__': lambda s, o: s.v >= o.v if isinstance(o, V) else NotImplemented,
    }

    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, o):
            return isinstance(o, V) and self.v == o.v

    setattr(V, root, ops[root])
    return total_ordering(V)


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    V = make(root)
    a, b, a2 = V(1), V(2), V(1)
    print(root, [a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a, a <= a2, a >= a2, a < a2])
    derived = [n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n != root]
    print([getattr(V, n).__name__ for n in derived], getattr(V, derived[0]).__doc__)
    try:
        a < 3
    except TypeError as e:
        print('TypeError:', e)


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        return self.v > o.v

    def __le__(self, o):
        return self.v <= o.v


print(Both(1) < Both(2), Both(2) >= Both(1), Both.__lt__.__name__)

key = cmp_to_key(lambda x, y: x - y)
k3, k5 = key(3), key(5)
print(type(key).__name__, k3.obj, k3 < k5, k3 > k5, k3 == key(3), k3 <= k5, k5 >= k3, k3 != k5)
try:
    k3 < 5
except TypeError as e:
    print('TypeError:', e)
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))

print(reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(lambda a, b: a, [1]))
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print('TypeError:', e)


def original(x: int) -> str:
    """Original doc."""
    return str(x)


original.extra = 'kept'


def wrapper(*args):
    return original(*args)


wrapper.extra = 'wrapper'
res = update_wrapper(wrapper, original)
print(res is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.extra, wrapper.__wrapped__ is original)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def bare(*args):
    return args


update_wrapper(bare, original, assigned=('__doc__',), updated=())
print(bare.__name__, bare.__doc__, hasattr(bare, 'extra'))


@wraps(original, assigned=('__name__',))
def w2():
    pass


print(w2.__name__, w2.__doc__, w2.extra)


@singledispatch
def show(x):
    return 'default ' + type(x).__name__


@show.register
def _(x: int):
    return 'int %d' % x


@show.register(float)
@show.register(complex)
def _(x):
    return 'number ' + repr(x)


def for_str(x):
    return 'str ' + x


print(show.register(str, for_str) is for_str)
print(show(1), show(True), show(1.5), show(2j), show('s'), show([]), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(list) is show.registry[object], sorted(t.__name__ for t in show.registry))
try:
    show()
except TypeError as e:
    print('TypeError:', e)
for bad in (lambda: show.register(1, for_str), lambda: show.register(5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


def no_ann(x):
    pass


try:
    show.register(no_ann)
except TypeError as e:
    print('TypeError:', str(e).replace(hex(id(no_ann)), 'ID'))


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'unknown'

    @area.register
    def _(self, arg: int):
        return 'int area %d' % arg

    @area.register(str)
    def _(self, arg):
        return 'str area ' + arg


print(Shape().area(3), Shape().area('x'), Shape().area(1.0), Shape.area.__name__)


class Lazy:
    @cached_property
    def value(self):
        """The value."""
        print('computing')
        return 42


lz = Lazy()
print(lz.value, lz.value, Lazy.value.__doc__, Lazy.value.attrname, type(Lazy.value).__name__)
del lz.value
print(lz.value)
lz.value = 7
print(lz.value)


class Slots:
    __slots__ = ()
    prop = cached_property(lambda self: 1)


try:
    Slots().prop
except TypeError as e:
    print('TypeError:', e)
cp = cached_property(lambda self: 1)
cp.__set_name__(Lazy, 'a')
try:
    cp.__set_name__(Lazy, 'b')
except TypeError as e:
    print('TypeError:', e)
loose = cached_property(lambda self: 1)
try:
    loose.__get__(Lazy(), Lazy)
except TypeError as e:
    print('TypeError:', e)
