"""weakref for mnemo: the reference types and functions of `_weakref` (Rust), plus the weak
containers (WeakValueDictionary, WeakKeyDictionary; WeakSet comes from `_weakrefset`),
WeakMethod, KeyedRef and finalize.

The dictionaries drop an entry from a weakref callback when its value (or key) dies; the
deferral of those drops during a walk over the dictionary is `_weakrefset`'s.
"""

import sys

from _weakref import (
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
    getweakrefcount,
    getweakrefs,
    proxy,
    ref,
)
import _collections_abc
from _weakrefset import WeakSet, _IterationGuard, _reaper

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

_collections_abc.MutableSet.register(WeakSet)


# ---------------------------------------------------------------- WeakMethod, KeyedRef

def _method_watcher(owner_box, callback):
    """The callback of a WeakMethod's two references (to the object and to the function): the
    first death marks the WeakMethod dead and calls the user's callback once."""
    def watch(_dead):
        me = owner_box[0]() if owner_box else None
        if me is None or not me._alive:
            return
        me._alive = False
        if callback is not None:
            callback(me)
    return watch


class WeakMethod(ref):
    """A weak reference to a bound method: calling it rebuilds the bound method while both the
    object and the function are alive, and gives None after either died."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            target = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        box = []
        watch = _method_watcher(box, callback)
        self = ref.__new__(cls, target, watch)
        self._func_ref = ref(function, watch)
        self._meth_type = type(meth)
        self._alive = True
        box.append(ref(self))
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        target = super().__call__()
        function = self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def _matches(self, other):
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._matches(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self._matches(other)
        return NotImplemented

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also carries a `key` (the dictionary key of its referent in a
    WeakValueDictionary), so that one shared callback knows which entry to drop."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# ---------------------------------------------------------------- the weak dictionaries

class _WeakMapping(_collections_abc.MutableMapping):
    """What both weak dictionaries share: the `data` dict, the pending drops, the operators."""

    def _setup(self):
        self.data = {}
        self._pending = []
        self._walkers = 0

    def _tidy(self):
        if self._pending and not self._walkers:
            self._flush_pending()

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, type(self)._family)):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, type(self)._family)):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __copy__(self):
        return self.copy()


def _drop_value_entry(container, dead, remove_if_dead=_remove_dead_weakref):
    # (the function is bound here: callbacks may run at shutdown, after globals are cleared)
    remove_if_dead(container.data, dead.key)


class WeakValueDictionary(_WeakMapping):
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), /, **kw):
        self._setup()
        self._remove = _reaper(self, _drop_value_entry)
        self.update(other, **kw)

    def _flush_pending(self):
        while self._pending:
            _remove_dead_weakref(self.data, self._pending.pop().key)

    def _live(self):
        """(key, value) of the entries whose value is alive, during a guarded walk."""
        with _IterationGuard(self):
            for key, wr in self.data.items():
                value = wr()
                if value is not None:
                    yield key, value

    def _store(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        self._tidy()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._tidy()
        self._store(key, value)

    def __delitem__(self, key):
        self._tidy()
        del self.data[key]

    def __len__(self):
        self._tidy()
        return len(self.data)

    def __contains__(self, key):
        self._tidy()
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def get(self, key, default=None):
        self._tidy()
        wr = self.data.get(key)
        value = None if wr is None else wr()
        return default if value is None else value

    def keys(self):
        self._tidy()
        for key, _value in self._live():
            yield key

    __iter__ = keys

    def values(self):
        self._tidy()
        for _key, value in self._live():
            yield value

    def items(self):
        self._tidy()
        yield from self._live()

    def itervaluerefs(self):
        """Return an iterator that yields the weak references to the values."""
        self._tidy()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """Return a list of weak references to the values."""
        self._tidy()
        return list(self.data.values())

    def copy(self):
        self._tidy()
        duplicate = WeakValueDictionary()
        for key, value in self._live():
            duplicate[key] = value
        return duplicate

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._tidy()
        duplicate = type(self)()
        for key, value in self._live():
            duplicate[deepcopy(key, memo)] = value
        return duplicate

    def pop(self, key, *default):
        self._tidy()
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        self._tidy()
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        wr = self.data.get(key)
        value = None if wr is None else wr()
        if value is not None:
            return value
        self._tidy()
        self._store(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        self._tidy()
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else dict(other).items()
            for key, value in pairs:
                self._store(key, value)
        for key, value in kwargs.items():
            self._store(key, value)


def _drop_key_entry(container, dead):
    container.data.pop(dead, None)


class WeakKeyDictionary(_WeakMapping):
    """ Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key. This can be used to
    associate additional data with an object owned by other parts of
    an application without adding attributes to those objects. This
    can be especially useful with objects that override attribute
    accesses.
    """

    def __init__(self, dict=None):
        self._setup()
        self._remove = _reaper(self, _drop_key_entry)
        if dict is not None:
            self.update(dict)

    def _flush_pending(self):
        # A dead reference equals only itself; it is found through the hash it kept.
        while self._pending:
            self.data.pop(self._pending.pop(), None)

    def _live(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        data = self.data
        waiting = sum(1 for wr in self._pending if wr in data)
        return len(data) - waiting

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        for key, _value in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _key, value in self._live():
            yield value

    def items(self):
        yield from self._live()

    def keyrefs(self):
        """Return a list of weak references to the keys."""
        return list(self.data)

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._live():
            duplicate[key] = value
        return duplicate

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in self._live():
            duplicate[key] = deepcopy(value, memo)
        return duplicate

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        for source in (dict, kwargs):
            if source is None:
                continue
            pairs = source.items() if hasattr(source, "items") else type({})(source).items()
            for key, value in pairs:
                self[key] = value


WeakValueDictionary._family = WeakValueDictionary
WeakKeyDictionary._family = WeakKeyDictionary


# ---------------------------------------------------------------- finalize

class _Record:
    """What a live finalizer remembers: its object (weakly), the call to make, its order."""

    __slots__ = ("target", "func", "args", "kwargs", "atexit", "order")


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    # A finalizer is alive while it is a key of `_live` (its _Record the value). Methods reach
    # the class state through `self`: a finalizer may run at shutdown, after globals are cleared.
    __slots__ = ()
    _live = {}
    _created = 0
    _exiting = False
    _hooked = False
    _changed = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked:
            import _weakref
            _weakref._register_exit_func(finalize._run_at_exit)
            finalize._hooked = True
        record = _Record()
        record.target = ref(obj, self)
        record.func = func
        record.args = args
        record.kwargs = kwargs or None
        record.atexit = True
        record.order = finalize._created
        finalize._created += 1
        finalize._live[self] = record
        finalize._changed = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        record = self._live.pop(self, None)
        if record is not None and not self._exiting:
            return record.func(*record.args, **(record.kwargs or {}))
        return None

    def _view(self):
        record = self._live.get(self)
        if record is None:
            return None
        obj = record.target()
        if obj is None:
            return None
        return (obj, record.func, record.args, record.kwargs or {})

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        view = self._view()
        if view is not None and self._live.pop(self, None) is not None:
            return view
        return None

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        return self._view()

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._live

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        record = self._live.get(self)
        return record is not None and record.atexit

    @atexit.setter
    def atexit(self, value):
        record = self._live.get(self)
        if record is not None:
            record.atexit = bool(value)

    def __repr__(self):
        view = self._view()
        head = "<%s object at %#x" % (type(self).__name__, id(self))
        if view is None:
            return head + "; dead>"
        return head + "; for %r at %#x>" % (type(view[0]).__name__, id(view[0]))

    @staticmethod
    def _due_at_exit():
        """The live finalizers to call at exit, newest last."""
        due = [(rec.order, fin) for fin, rec in finalize._live.items() if rec.atexit]
        due.sort(key=lambda pair: pair[0])
        return [fin for _order, fin in due]

    @staticmethod
    def _run_at_exit():
        # Newest first; the collector stays off so that no finalizer runs from a collection
        # meanwhile; a finalizer made during the run is picked up.
        import gc
        collector_was_on = False
        try:
            if finalize._live:
                collector_was_on = gc.isenabled()
                gc.disable()
                queue = None
                while True:
                    if queue is None or finalize._changed:
                        queue = finalize._due_at_exit()
                        finalize._changed = False
                    if not queue:
                        break
                    try:
                        queue.pop()()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            finalize._exiting = True
            if collector_was_on:
                gc.enable()
