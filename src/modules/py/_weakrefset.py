"""_weakrefset for mnemo: WeakSet, and the machinery every weak container of `weakref` shares
to drop entries whose referent died without disturbing a walk over the container.

A weak container holds weak references whose callback (made by `_reaper`) removes the dead
entry. While one or more walks (`_IterationGuard`) are running over the container, the callback
only queues the dead reference in `container._pending`; the container's `_flush_pending()` does
the removals when the last walk ends, or before the next operation that reads or changes it.
`container._walkers` counts the running walks.
"""

from _weakref import ref

__all__ = ["WeakSet"]


def _reaper(container, drop):
    """A weakref callback that calls `drop(container, dead_ref)`, deferred while walks run.
    The container itself is only weakly held, so the callback keeps nothing alive."""
    owner = ref(container)

    def reap(dead, owner=owner, drop=drop):
        target = owner()
        if target is None:
            return
        if target._walkers:
            target._pending.append(dead)
        else:
            drop(target, dead)

    return reap


class _IterationGuard:
    """`with _IterationGuard(container):` around a walk over a weak container."""

    __slots__ = ("_owner",)

    def __init__(self, container):
        self._owner = ref(container)

    def __enter__(self):
        target = self._owner()
        if target is not None:
            target._walkers += 1
        return self

    def __exit__(self, *exc_info):
        target = self._owner()
        if target is not None:
            target._walkers -= 1
            if not target._walkers:
                target._flush_pending()
        return False


def _weak_refs(items):
    """A set of plain weak references to `items` (TypeError for an item that has none)."""
    return {ref(item) for item in items}


class WeakSet:
    """A set whose members are held through weak references: a member leaves the set when it is
    no longer referenced elsewhere."""

    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._walkers = 0
        self._remove = _reaper(self, WeakSet._drop)
        if data is not None:
            self.update(data)

    # --- dead members

    def _drop(self, dead):
        self.data.discard(dead)

    def _flush_pending(self):
        while self._pending:
            self.data.discard(self._pending.pop())

    def _tidy(self):
        if self._pending and not self._walkers:
            self._flush_pending()

    def _keep(self, item):
        return ref(item, self._remove)

    # --- reading

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                member = wr()
                if member is not None:
                    yield member

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def __reduce__(self):
        return type(self), (list(self),), self.__getstate__()

    def __getstate__(self):
        return getattr(self, "__dict__", None)

    def copy(self):
        return type(self)(self)

    # --- changing

    def add(self, item):
        self._tidy()
        self.data.add(self._keep(item))

    def update(self, other):
        self._tidy()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def remove(self, item):
        self._tidy()
        self.data.remove(ref(item))

    def discard(self, item):
        self._tidy()
        self.data.discard(ref(item))

    def clear(self):
        self._tidy()
        self.data.clear()

    def pop(self):
        self._tidy()
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError("pop from empty WeakSet")

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        self._tidy()
        if other is self:
            self.data.clear()
        else:
            self.data -= _weak_refs(other)
        return self

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        self._tidy()
        self.data &= _weak_refs(other)
        return self

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        self._tidy()
        if other is self:
            self.data.clear()
        else:
            self.data ^= {self._keep(item) for item in other}
        return self

    # --- new sets

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def difference(self, other):
        result = self.copy()
        result -= other
        return result

    __sub__ = difference

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result

    __xor__ = symmetric_difference

    # --- comparisons

    def issubset(self, other):
        return self.data <= _weak_refs(other)

    __le__ = issubset

    def issuperset(self, other):
        return self.data >= _weak_refs(other)

    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < _weak_refs(other)

    def __gt__(self, other):
        return self.data > _weak_refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == _weak_refs(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)
