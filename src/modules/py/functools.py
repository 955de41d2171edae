"""Tools for functions and callables, written for mnemo: reduce, partial, partialmethod,
lru_cache and cache, wraps and update_wrapper, total_ordering, cmp_to_key, cached_property,
singledispatch and singledispatchmethod. (CPython's C accelerators are not needed: this is the
only implementation.)
"""

__all__ = [
    'update_wrapper', 'wraps',
    'WRAPPER_ASSIGNMENTS',
    'WRAPPER_UPDATES',
    'total_ordering', 'cache',
    'cmp_to_key', 'lru_cache',
    'reduce', 'partial',
    'partialmethod',
    'singledispatch',
    'singledispatchmethod',
    'cached_property',
]

from collections import namedtuple as _namedtuple

# --- making a wrapper look like the function it wraps ---------------------------------------

# What update_wrapper copies by default (assigned), and which dicts it merges (updated).
WRAPPER_ASSIGNMENTS = (
    '__module__', '__name__',
    '__qualname__', '__doc__',
    '__annotations__',
)
WRAPPER_UPDATES = '__dict__',


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    missing = object()
    for name in assigned:
        value = getattr(wrapped, name, missing)
        if value is not missing:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does not win.
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering ---------------------------------------------------------------------------

_SYMBOL = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}

# For each root comparison, how every other one is derived from it: 'not' (negation),
# 'and_ne' (root and a != b), 'not_and_ne', 'or_eq' (root or a == b), 'not_or_eq'.
_DERIVATIONS = {
    '__lt__': (('__gt__', 'not_and_ne'), ('__le__', 'or_eq'), ('__ge__', 'not')),
    '__le__': (('__ge__', 'not_or_eq'), ('__lt__', 'and_ne'), ('__gt__', 'not')),
    '__gt__': (('__lt__', 'not_and_ne'), ('__ge__', 'or_eq'), ('__le__', 'not')),
    '__ge__': (('__le__', 'not_or_eq'), ('__gt__', 'and_ne'), ('__lt__', 'not')),
}


def _derived_comparison(root, target, how):
    def compare(self, other):
        got = getattr(type(self), root)(self, other)
        if got is NotImplemented:
            return got
        if how == 'not':
            return not got
        if how == 'and_ne':
            return got and self != other
        if how == 'not_and_ne':
            return not got and self != other
        if how == 'or_eq':
            return got or self == other
        return not got or self == other

    sym = _SYMBOL[root]
    formula = {
        'not': f"(not a {sym} b)",
        'and_ne': f"(a {sym} b) and (a != b)",
        'not_and_ne': f"(not a {sym} b) and (a != b)",
        'or_eq': f"(a {sym} b) or (a == b)",
        'not_or_eq': f"(not a {sym} b) or (a == b)",
    }[how]
    compare.__name__ = target
    compare.__qualname__ = f"_{target.strip('_')}_from_{root.strip('_')}"
    compare.__doc__ = (f"Return a {_SYMBOL[target]} b.  "
                       f"Computed by @total_ordering from {formula}.")
    return compare


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [name for name in _DERIVATIONS
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Preference when several are defined: __lt__, then __le__, __gt__, __ge__.
    root = max(defined)
    for target, how in _DERIVATIONS[root]:
        if target not in defined:
            setattr(cls, target, _derived_comparison(root, target, how))
    return cls


# --- cmp_to_key ---------------------------------------------------------------------------------

class _KeyWrapper:
    """The key produced by cmp_to_key(): compares by calling the old-style cmp function."""

    __slots__ = ('_cmp', 'obj')
    __hash__ = None

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self._cmp, obj)

    def _against(self, other):
        if not isinstance(other, _KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._against(other) < 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __gt__(self, other):
        return self._against(other) > 0

    def __ge__(self, other):
        return self._against(other) >= 0

    def __eq__(self, other):
        return self._against(other) == 0


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    return _KeyWrapper(mycmp, None)


# --- reduce -------------------------------------------------------------------------------------

_NO_INITIAL = object()


def reduce(function, sequence, initial=_NO_INITIAL, /):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence or iterable,
    from left to right, so as to reduce the iterable to a single value.
    """
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    acc = initial
    if acc is _NO_INITIAL:
        for acc in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        acc = function(acc, item)
    return acc


# --- partial and partialmethod ------------------------------------------------------------------

_PARTIAL_FIELDS = frozenset(('_fn', '_pos', '_kw'))


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A plain partial of a partial (no attributes of its own) is flattened.
        if isinstance(func, partial) and _PARTIAL_FIELDS.issuperset(func.__dict__):
            args = func._pos + args
            keywords = {**func._kw, **keywords}
            func = func._fn
        self = object.__new__(cls)
        self._fn, self._pos, self._kw = func, args, keywords
        return self

    # The three fields are read-only, as in CPython.
    func = property(lambda self: self._fn, doc="function object to use in future partial calls")
    args = property(lambda self: self._pos, doc="tuple of arguments to future partial calls")
    keywords = property(lambda self: self._kw,
                        doc="dictionary of keyword arguments to future partial calls")

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __call__(self, /, *args, **keywords):
        if self._kw:
            keywords = {**self._kw, **keywords}
        return self._fn(*self._pos, *args, **keywords)

    def __repr__(self):
        parts = [repr(self._fn)]
        parts += [repr(a) for a in self._pos]
        parts += [f"{k}={v!r}" for k, v in self._kw.items()]
        kind = type(self)
        name = "functools.partial" if kind is partial else kind.__qualname__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        extra = {k: v for k, v in self.__dict__.items() if k not in _PARTIAL_FIELDS}
        return (type(self), (self._fn,),
                (self._fn, self._pos, self._kw or None, extra or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        fn, pos, kw, extra = state
        if (not callable(fn) or not isinstance(pos, tuple)
                or (kw is not None and not isinstance(kw, dict))):
            raise TypeError("invalid partial state")
        self._fn = fn
        self._pos = tuple(pos)
        self._kw = {} if kw is None else dict(kw)
        if extra:
            self.__dict__.update(extra)


def _require_callable(func):
    if callable(func) or hasattr(func, "__get__"):
        return
    raise TypeError(f"{func!r} is not callable or a descriptor")


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords."""

    def __init__(self, func, /, *args, **kwargs):
        _require_callable(func)
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod over the innermost callable.
            self.func = func.func
            self.args = func.args + args
            self.keywords = dict(func.keywords, **kwargs)
        else:
            self.func = func
            self.args = args
            self.keywords = kwargs

    def __repr__(self):
        positional = ", ".join(repr(a) for a in self.args)
        named = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({self.func}, {positional}, {named})"

    def _plain_function(self):
        spec = self

        def call_with_receiver(receiver, /, *args, **kwargs):
            merged = {**spec.keywords, **kwargs}
            return spec.func(receiver, *spec.args, *args, **merged)
        call_with_receiver.__isabstractmethod__ = spec.__isabstractmethod__
        call_with_receiver._partialmethod = spec  # as CPython's, for introspection
        return call_with_receiver

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None and not isinstance(self.func, partial):
            bound = binder(obj, cls)
            if bound is not self.func:
                # The descriptor produced something new (a bound method, say): wrap it.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, "__self__", _NO_INITIAL)
                if owner is not _NO_INITIAL:
                    result.__self__ = owner
                return result
        return self._plain_function().__get__(obj, cls)

    __isabstractmethod__ = property(lambda self: _is_abstract(self.func))


def _is_abstract(func):
    return bool(getattr(func, '__isabstractmethod__', False))


# --- lru_cache and cache ------------------------------------------------------------------------

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# Separates the positional arguments from the keyword items in a cache key.
_KW_SEPARATOR = (object(),)


def _make_key(args, kwds, typed):
    """Make a cache key from optionally typed positional and keyword arguments."""
    parts = list(args)
    if kwds:
        parts += _KW_SEPARATOR
        for pair in kwds.items():
            parts += pair
    if typed:
        parts += [type(a) for a in args]
        parts += [type(v) for v in kwds.values()]
    elif not kwds and len(args) == 1 and type(args[0]) in (int, str):
        # A lone int or str is its own key (they hash fast and compare simply).
        return args[0]
    return tuple(parts)


def _lru_cache_wrapper(user_function, maxsize, typed):
    results = {}    # key -> result, least recently used first
    counts = [0, 0]  # hits, misses
    absent = object()

    if maxsize == 0:
        def cached(*args, **kwargs):
            counts[1] += 1
            return user_function(*args, **kwargs)
    elif maxsize is None:
        def cached(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            found = results.get(key, absent)
            if found is absent:
                counts[1] += 1
                found = results[key] = user_function(*args, **kwargs)
            else:
                counts[0] += 1
            return found
    else:
        def cached(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            found = results.pop(key, absent)
            if found is not absent:
                results[key] = found  # back in, as the most recently used
                counts[0] += 1
                return found
            counts[1] += 1
            found = user_function(*args, **kwargs)
            # A recursive call may have stored this key meanwhile: then keep that entry.
            if key not in results:
                if len(results) >= maxsize:
                    del results[next(iter(results))]
                results[key] = found
            return found

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(counts[0], counts[1], maxsize, len(results))

    def cache_clear():
        """Clear the cache and cache statistics"""
        results.clear()
        counts[0] = counts[1] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    cached.cache_info = cache_info
    cached.cache_clear = cache_clear
    cached.cache_parameters = cache_parameters
    return update_wrapper(cached, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache can grow without
    bound. If *typed* is True, arguments of different types will be cached separately.
    View the cache statistics with f.cache_info(); clear them with f.cache_clear().
    """
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        return _lru_cache_wrapper(maxsize, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _lru_cache_wrapper(user_function, maxsize, typed)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return _lru_cache_wrapper(user_function, None, False)


# --- singledispatch -----------------------------------------------------------------------------

def _best_registered(cls, registry):
    """The registered class that fits `cls` best: the first of its MRO, else the most derived
    registered class `cls` is a (virtual) subclass of, else object's entry."""
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    best = None
    for candidate in registry:
        if candidate is object or not issubclass(cls, candidate):
            continue
        if best is None or issubclass(candidate, best):
            best = candidate
    return registry[best if best is not None else object]


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen by the
    type of the first argument (register alternatives with `@f.register`)."""
    registry = {object: func}
    chosen = {}  # per-class dispatch cache, emptied on every registration
    funcname = getattr(func, '__name__', None) or 'singledispatch function'

    def dispatch(cls):
        impl = chosen.get(cls)
        if impl is None:
            impl = chosen[cls] = _best_registered(cls, registry)
        return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return partial(register, cls)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            # @register on an annotated function: the first annotation names the class.
            annotations = getattr(cls, '__annotations__', None) or {}
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an "
                                "annotated function.")
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        registry[cls] = func
        chosen.clear()
        return func

    def generic(*args, **kwargs):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        impl = dispatch(args[0].__class__)
        return impl(*args, **kwargs)

    generic.register = register
    generic.dispatch = dispatch
    generic.registry = registry
    generic._clear_cache = chosen.clear
    return update_wrapper(generic, func)


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        _require_callable(func)
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """Register `method` (or the decorated one) for arguments of class `cls`."""
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def dispatching(*args, **kwargs):
            impl = pick(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        dispatching.__isabstractmethod__ = self.__isabstractmethod__
        dispatching.register = self.register
        return update_wrapper(dispatching, self.func)

    __isabstractmethod__ = property(lambda self: _is_abstract(self.func))


# --- cached_property ----------------------------------------------------------------------------

class cached_property:
    """A property computed once per instance and then cached as an ordinary attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__')

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        if name in store:
            return store[name]
        value = self.func(instance)
        try:
            store[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance does not support item assignment for caching "
                            f"{name!r} property.") from None
        return value
