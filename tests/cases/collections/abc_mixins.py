# collections.abc: structural checks, registrations, and every mixin method.
import collections.abc as cabc


class Only:
    def __init__(self, *names):
        pass


def kinds(obj):
    names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
             "Collection", "Callable", "Set", "MutableSet", "Mapping", "MutableMapping",
             "Sequence", "MutableSequence", "ByteString", "MappingView", "KeysView", "ItemsView",
             "ValuesView", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
             "AsyncGenerator"]
    return [n for n in names if isinstance(obj, getattr(cabc, n))]


def gen():
    yield 1


samples = [1, "s", b"b", bytearray(b"x"), [1], (1,), {1}, frozenset(),
           {}.values(), range(3), iter([]), iter(""), iter({}), reversed([]),
           gen(), len, None, zip(), iter(range(2)), iter(b""), iter(set()), iter(()),
           memoryview(b"") if False else 0.5]
for s in samples:
    print(type(s).__name__, kinds(s))


class HasIter:
    def __iter__(self):
        return iter([])


class NoIter(HasIter):
    __iter__ = None


class HasAll:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False

    def __reversed__(self):
        return iter(())

    def __call__(self):
        pass

    __hash__ = None


print(kinds(HasIter()), kinds(NoIter()), kinds(HasAll()))
print(issubclass(HasAll, cabc.Collection), issubclass(HasAll, cabc.Hashable), issubclass(int, cabc.Hashable))
print(cabc.Set.__module__, cabc.Mapping.__name__, cabc.MutableSequence.__qualname__, sorted(cabc.__all__))
print(sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.Sequence.__abstractmethods__),
      sorted(cabc.MutableSet.__abstractmethods__), sorted(cabc.Generator.__abstractmethods__),
      sorted(cabc.Coroutine.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__))
for abstract in (cabc.Mapping, cabc.Sequence, cabc.Iterable, cabc.MutableSet):
    try:
        abstract()
    except TypeError as e:
        print(e)


class LSet(cabc.Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "LSet(%r)" % (sorted(self.items),)


a, b = LSet([1, 2, 3]), LSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, a & [2, 9], [2, 9] & a if False else None)
print(a | [7], [7] | a, {1, 5} - a, a - {1, 5}, {1, 5} ^ a, a ^ {1, 5}, {3} & a)
print(a <= b, a < LSet([1, 2, 3, 4]), a >= LSet([1]), a > LSet([1]), a == LSet([3, 2, 1]), a != b)
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4}, a.__le__([1]), a.__eq__(5), a.__and__(5))
print(a.isdisjoint([4, 5]), a.isdisjoint(b), len(a), 2 in a)
print(LSet()._hash() == LSet()._hash(), LSet([1, 2])._hash() == LSet([2, 1])._hash(), LSet([1, 2])._hash())
print(LSet([])._hash(), LSet(["a"])._hash() == LSet(["a"])._hash(), LSet([(1, 2), 3, -1])._hash())


class MSet(LSet, cabc.MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


m = MSet([1, 2, 3])
m.remove(2)
try:
    m.remove(9)
except KeyError as e:
    print("KeyError", e)
print(m, m.pop(), m)
m |= [5, 6]
print(m)
m &= [5, 6, 7]
print(m)
m ^= [6, 8]
print(m)
m -= [8]
print(m)
m ^= m
print(m)
m |= [1, 2]
m -= m
print(m)
try:
    m.pop()
except KeyError as e:
    print("KeyError", repr(e))
m |= [1]
m.clear()
print(m, isinstance(m, cabc.MutableSet))


class DMap(cabc.MutableMapping):
    def __init__(self, *args, **kw):
        self.d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


dm = DMap({"a": 1}, b=2)
dm.update([("c", 3)])


class KeysOnly:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return k * 2


dm.update(KeysOnly())
print(sorted(dm.items()), dm.get("a"), dm.get("zz"), dm.get("zz", 0), "a" in dm, "zz" in dm)
print(list(dm.keys()), list(dm.values()), list(dm.items()))
print(repr(dm.keys())[:9], type(dm.values()).__name__, repr(dm.items())[:10])
print("a" in dm.keys(), ("a", 1) in dm.items(), ("a", 2) in dm.items(), ("q", 1) in dm.items(), 2 in dm.values(), 99 in dm.values())
print(dm.keys() & {"a", "q"}, dm.keys() | {"q"} == {"a", "b", "c", "k", "q"}, dm.items() - {("a", 1)} == {("b", 2), ("c", 3), ("k", "kk")})
print(len(dm.keys()), len(dm.values()), len(dm.items()))
print(dm.pop("a"), dm.pop("a", "none"), dm.setdefault("b", 9), dm.setdefault("n", 9), dm == {"b": 2, "c": 3, "k": "kk", "n": 9})
try:
    dm.pop("a")
except KeyError as e:
    print("KeyError", e)
print(dm.popitem(), len(dm))
dm.clear()
try:
    dm.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(dm == {}, dm != {"x": 1}, dm == 5, reversed.__name__, cabc.Mapping.__reversed__)
print(isinstance(dm, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance(type.__dict__, cabc.Mapping))


class Seq(cabc.MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return "Seq(%r)" % self.items


s = Seq([1, 2, 3, 2])
print(list(s), list(reversed(s)), 2 in s, 7 in s, s.index(2), s.index(2, 2), s.index(2, -2), s.count(2))
for args in [(7,), (1, 1), (3, 0, 2), (2, 1, 1)]:
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", repr(e))
s.append(5)
s.extend([6, 7])
s.extend(s)
print(s)
s.reverse()
print(s, s.pop(), s.pop(0), s)
s.remove(2)
s += [9]
print(s)
try:
    s.remove(42)
except ValueError as e:
    print("ValueError", repr(e))
s.clear()
print(s, len(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError", e)


class RSeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


r = RSeq()
print(list(r), list(reversed(r)), 20 in r, r.index(20), r.count(10), isinstance(r, cabc.Reversible))


class G(cabc.Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = G()
print(next(g), list(g), iter(g) is g)
g2 = G()
g2.close()
try:
    G().throw(ValueError, ValueError("v"))
except ValueError as e:
    print("ValueError", e)
try:
    G().throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))


class Stubborn(G):
    def throw(self, typ, val=None, tb=None):
        return 1


try:
    Stubborn().close()
except RuntimeError as e:
    print(e)


class It(cabc.Iterator):
    def __next__(self):
        raise StopIteration


print(list(It()), iter(It()).__class__.__name__)
try:
    next(iter(cabc.Iterator.__next__(It())))
except StopIteration:
    print("stop")
print(cabc.Hashable.__hash__(1), cabc.Sized.__len__(1), cabc.Container.__contains__(1, 1),
      cabc.Callable.__call__(1), list(cabc.Iterable.__iter__(1)))
print(cabc.KeysView({"x": 1}), cabc.ItemsView({"x": 1}), cabc.ValuesView({"x": 1}))
print(list(cabc.ItemsView({"x": 1})), list(cabc.ValuesView({"x": 1})), len(cabc.MappingView([1, 2])))
print(cabc.KeysView._from_iterable([1, 1]), type(cabc.ItemsView._from_iterable([])).__name__, LSet._from_iterable([4]))
