# collections.namedtuple (fields, defaults, _make/_replace/_asdict, errors) and collections.abc
# isinstance checks on built-in and user types.
from collections import namedtuple
import collections.abc as cabc

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
print(p + (3,), p * 2, isinstance(p, tuple), type(p).__name__, Point.__doc__, Point.x.__doc__)
Color = namedtuple('Color', ['red', 'green', 'blue'], defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults)
R = namedtuple('R', 'a def a _b', rename=True)
print(R._fields)
tests = [
    ('Point(1)', lambda: Point(1)),
    ('Point(1, 2, 3)', lambda: Point(1, 2, 3)),
    ('Point(1, x=2)', lambda: Point(1, x=2)),
    ('Point(1, 2, z=3)', lambda: Point(1, 2, z=3)),
    ('Point()', lambda: Point()),
    ('Color()', lambda: Color()),
    ('bad name', lambda: namedtuple('1a', 'x')),
    ('duplicate', lambda: namedtuple('A', 'x x')),
    ('underscore', lambda: namedtuple('A', '_x')),
    ('keyword', lambda: namedtuple('A', 'class')),
    ('defaults', lambda: namedtuple('A', 'x', defaults=[1, 2])),
    ('_make', lambda: Point._make([1])),
    ('_replace', lambda: p._replace(z=1)),
    ('setattr', lambda: setattr(p, 'x', 5)),
]
for text, f in tests:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def norm2(self):
        return self.x ** 2 + self.y ** 2


print(Vec(3, 4).norm2(), Vec(3, 4))

checks = [
    ([], cabc.Iterable), (1, cabc.Iterable), ('s', cabc.Sequence), ([], cabc.MutableSequence),
    ((), cabc.MutableSequence), ({}, cabc.Mapping), ({}, cabc.MutableMapping), (set(), cabc.Set),
    (frozenset(), cabc.MutableSet), (len, cabc.Callable), (1, cabc.Callable), ('', cabc.Hashable),
    ([], cabc.Hashable), (iter([]), cabc.Iterator), ((i for i in []), cabc.Generator),
    (range(3), cabc.Sequence), ({}.keys(), cabc.KeysView), ({}.items(), cabc.Set),
    (b'', cabc.ByteString), ([], cabc.Sized), ([], cabc.Container), ([], cabc.Collection),
    ([], cabc.Reversible), (p, cabc.Sequence),
]
print([isinstance(o, c) for o, c in checks])
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Iterable), issubclass(int, cabc.Hashable))


class Bag(cabc.MutableSet):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, v):
        if v not in self.items:
            self.items.append(v)

    def discard(self, v):
        if v in self.items:
            self.items.remove(v)


b = Bag('abc')
b |= {'d'}
print(sorted(b), sorted(b & {'a', 'z'}), sorted(b - {'a'}), b <= Bag('abcdef'), len(b))


class Ints(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 5


s = Ints()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)), isinstance(s, cabc.Iterable))


class Anything:
    def __iter__(self):
        return iter(())


print(isinstance(Anything(), cabc.Iterable), isinstance(Anything(), cabc.Sized))
cabc.Sized.register(Anything)
print(isinstance(Anything(), cabc.Sized), cabc.Mapping.__module__, cabc.Iterable.__name__)
