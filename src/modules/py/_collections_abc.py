"""_collections_abc for mnemo (published as `collections.abc`): the abstract base classes of
containers and iterators, with CPython's names, abstract methods and mixin methods.

The single-method protocols (Hashable, Iterable, Sized, Callable, ...) recognise any class
that defines their methods, unless it sets one of them to None; they are built by `_protocol`.
The richer ABCs (Set, Mapping, Sequence and their mutable forms, the views) are classes
written out below; the built-in types are registered with the ABCs CPython registers them
with.
"""

import sys

from _py_abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]

__name__ = "collections.abc"


def _check_methods(C, *methods):
    """True if each method is defined along C's MRO (and not blocked by None), else
    NotImplemented: the answer of a structural __subclasshook__."""
    for method in methods:
        owner = next((klass for klass in C.__mro__ if method in klass.__dict__), None)
        if owner is None or owner.__dict__[method] is None:
            return NotImplemented
    return True


def _protocol(name, bases, required, namespace):
    """An ABC whose __subclasshook__ accepts classes defining every name in `required`; the
    hook answers only for this class itself, not for its subclasses."""
    made = []

    def __subclasshook__(cls, C):
        if made and cls is made[0]:
            return _check_methods(C, *required)
        return NotImplemented

    body = dict(namespace)
    body.update(__slots__=(), __module__="collections.abc", __qualname__=name,
                __subclasshook__=classmethod(__subclasshook__))
    made.append(ABCMeta(name, bases or (object,), body))
    return made[0]


def _raise_thrown(typ, val=None, tb=None):
    """The default throw(): raise the exception described by (typ, val, tb)."""
    if val is None:
        if tb is not None:
            val = typ()
        else:
            raise typ
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_by_throwing(self, stopped, message):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, stopped):
        return
    raise RuntimeError(message)


# ---------------------------------------------------------------- one-method protocols

@abstractmethod
def _hash_stub(self):
    return 0


@abstractmethod
def _len_stub(self):
    return 0


@abstractmethod
def _contains_stub(self, x):
    return False


@abstractmethod
def _call_stub(self, *args, **kwds):
    return False


@abstractmethod
def _iter_stub(self):
    return
    yield


@abstractmethod
def _next_stub(self):
    raise StopIteration


@abstractmethod
def _await_stub(self):
    yield


@abstractmethod
def _send_stub(self, value):
    raise StopIteration


@abstractmethod
def _throw_stub(self, typ, val=None, tb=None):
    _raise_thrown(typ, val, tb)


def _return_self(self):
    return self


Hashable = _protocol("Hashable", (), ("__hash__",), {"__hash__": _hash_stub})
Sized = _protocol("Sized", (), ("__len__",), {"__len__": _len_stub})
Container = _protocol("Container", (), ("__contains__",), {"__contains__": _contains_stub})
Callable = _protocol("Callable", (), ("__call__",), {"__call__": _call_stub})
Iterable = _protocol("Iterable", (), ("__iter__",), {"__iter__": _iter_stub})
Iterator = _protocol("Iterator", (Iterable,), ("__iter__", "__next__"),
                     {"__next__": _next_stub, "__iter__": _return_self})
Reversible = _protocol("Reversible", (Iterable,), ("__reversed__", "__iter__"),
                       {"__reversed__": _iter_stub})
Collection = _protocol("Collection", (Sized, Iterable, Container),
                       ("__len__", "__iter__", "__contains__"), {})


def _generator_next(self):
    return self.send(None)


def _generator_close(self):
    _close_by_throwing(self, StopIteration, "generator ignored GeneratorExit")


Generator = _protocol("Generator", (Iterator,), ("__iter__", "__next__", "send", "throw", "close"),
                      {"__next__": _generator_next, "send": _send_stub, "throw": _throw_stub,
                       "close": _generator_close})

Awaitable = _protocol("Awaitable", (), ("__await__",), {"__await__": _await_stub})


def _coroutine_close(self):
    _close_by_throwing(self, StopIteration, "coroutine ignored GeneratorExit")


Coroutine = _protocol("Coroutine", (Awaitable,), ("__await__", "send", "throw", "close"),
                      {"send": _send_stub, "throw": _throw_stub, "close": _coroutine_close})


@abstractmethod
def _aiter_stub(self):
    return AsyncIterator()


@abstractmethod
async def _anext_stub(self):
    raise StopAsyncIteration


@abstractmethod
async def _asend_stub(self, value):
    raise StopAsyncIteration


@abstractmethod
async def _athrow_stub(self, typ, val=None, tb=None):
    _raise_thrown(typ, val, tb)


async def _agen_anext(self):
    return await self.asend(None)


async def _agen_aclose(self):
    try:
        await self.athrow(GeneratorExit)
    except (GeneratorExit, StopAsyncIteration):
        return
    raise RuntimeError("asynchronous generator ignored GeneratorExit")


AsyncIterable = _protocol("AsyncIterable", (), ("__aiter__",), {"__aiter__": _aiter_stub})
AsyncIterator = _protocol("AsyncIterator", (AsyncIterable,), ("__anext__", "__aiter__"),
                          {"__anext__": _anext_stub, "__aiter__": _return_self})
AsyncGenerator = _protocol("AsyncGenerator", (AsyncIterator,),
                           ("__aiter__", "__anext__", "asend", "athrow", "aclose"),
                           {"__anext__": _agen_anext, "asend": _asend_stub,
                            "athrow": _athrow_stub, "aclose": _agen_aclose})

del _hash_stub, _len_stub, _contains_stub, _call_stub, _iter_stub, _next_stub, _await_stub
del _send_stub, _throw_stub, _aiter_stub, _anext_stub, _asend_stub, _athrow_stub


# ---------------------------------------------------------------- sets

def _as_set(abc_set, other):
    """`other` as something `in` works on quickly: itself if a Set, else a new one of
    abc_set's kind; None if it is not even iterable."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return abc_set._from_iterable(other)
    return None


def _all_in(items, container):
    return all(item in container for item in items)


class Set(Collection):
    """A finite, iterable container without duplicates.

    Subclasses define __contains__, __iter__ and __len__; comparisons and the operators
    &, |, -, ^ (which build results with _from_iterable) and isdisjoint come from here.
    """

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        """Build a set of this kind from an iterable (the operators' results)."""
        return cls(it)

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _all_in(self, other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _all_in(other, self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        """Whether no item of `other` is in this set."""
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for group in (self, other) for item in group)

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for an immutable set, computed from its members' hashes independently of
        their order (the algorithm of CPython's frozenset, kept to the platform's word)."""
        width_mask = 2 * sys.maxsize + 1
        acc = (1927868237 * (len(self) + 1)) & width_mask
        for member in self:
            h = hash(member)
            acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & width_mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width_mask
        if acc > sys.maxsize:
            acc -= width_mask + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that can change: subclasses add add() and discard(); remove, pop, clear and
    the in-place operators come from here."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put `value` in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take `value` out of the set if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take `value` out of the set; KeyError if it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take some member out and return it; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Empty the set, one pop() at a time."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in _as_set(self, it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ---------------------------------------------------------------- mappings and their views

class Mapping(Collection):
    """A read-only mapping: subclasses define __getitem__, __iter__ and __len__; get,
    __contains__, keys/items/values views and == come from here."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 6
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if the key is present, else `default`."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


def _same(a, b):
    return a is b or a == b


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(found, value) for found in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_MISSING = object()


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses add __setitem__ and __delitem__; pop, popitem,
    clear, update and setdefault come from here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove `key` and return its value; `default` (if given) when it is absent,
        else KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove some entry and return it as (key, value); KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every entry."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Store the entries of `other` (a mapping, an object with keys(), or an iterable
        of pairs), then the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], after storing `default` there if the key was absent."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# ---------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence: subclasses define __getitem__ (raising IndexError past the
    end) and __len__; iteration, reversed, `in`, index and count come from here."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 5

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        """The first position of `value` within [start, stop); ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        """How many items are (or equal) `value`."""
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    """The common ABC of bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses add __setitem__, __delitem__ and insert();
    append, extend, pop, remove, reverse, clear and += come from here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put `value` before position `index`."""
        raise IndexError

    def append(self, value):
        """Add `value` at the end."""
        self.insert(len(self), value)

    def extend(self, values):
        """Append every item of `values`."""
        for value in list(values) if values is self else values:
            self.append(value)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        """Remove the item at `index` (the last by default) and return it."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Delete the first item equal to `value`; ValueError if there is none."""
        del self[self.index(value)]

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items where they are."""
        size = len(self)
        for low in range(size // 2):
            high = size - 1 - low
            self[low], self[high] = self[high], self[low]


for _abc in (Set, MutableSet, Mapping, MappingView, KeysView, ItemsView, ValuesView,
             MutableMapping, Sequence, ByteString, MutableSequence):
    _abc.__module__ = "collections.abc"

# ---------------------------------------------------------------- the built-in types

_REGISTRATIONS = [
    (Iterator, [iter(b""), iter(bytearray()), iter({}.keys()), iter({}.values()),
                iter({}.items()), iter([]), reversed([]), iter(range(0)), iter(set()),
                iter(""), iter(()), zip()]),
    (Generator, [(lambda: (yield))()]),
    (Set, [frozenset()]),
    (MutableSet, [set()]),
    (Mapping, [type.__dict__]),
    (KeysView, [{}.keys()]),
    (ItemsView, [{}.items()]),
    (ValuesView, [{}.values()]),
    (MutableMapping, [{}]),
    (Sequence, [(), "", range(0)]),
    (ByteString, [b"", bytearray()]),
    (MutableSequence, [[], bytearray()]),
]
for _abc, _samples in _REGISTRATIONS:
    for _sample in _samples:
        _abc.register(type(_sample))
del _abc, _samples, _sample, _REGISTRATIONS
