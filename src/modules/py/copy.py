"""Shallow and deep copies of Python objects, written for mnemo.

    copy.copy(x)       a new object of the same kind holding the same components as x
    copy.deepcopy(x)   a new object whose components are themselves (deep) copies

Objects take part through the pickling protocol: `__copy__`, `__deepcopy__(memo)`,
`__reduce_ex__`/`__reduce__`, `__getnewargs__`/`__getnewargs_ex__`, `__getstate__` and
`__setstate__`. Immutable atoms (numbers, strings, functions, classes...) are returned as they
are. A deep copy keeps a memo (id -> copy) so that shared and recursive structure is
reproduced, not duplicated. Problems are reported with copy.Error (also called copy.error).

mnemo's `object` has no `__reduce_ex__`, so what `object.__reduce_ex__(4)` gives in CPython
(copyreg's __newobj__ with the default state, slots included) is computed here
(`_default_reduce`). `dispatch_table` stands for copyreg.dispatch_table and starts empty.
"""

from _weakref import ref as _weakref_type

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # the old name

# Per-class reduction functions consulted before __reduce_ex__ (copyreg.dispatch_table).
dispatch_table = {}


def _sample_method_type():
    class Sample:
        def method(self):
            pass
    return type(Sample().method)


_function_type = type(_sample_method_type)
_builtin_type = type(len)
_method_type = _sample_method_type()
_code_type = type(_sample_method_type.__code__)
del _sample_method_type

# Objects of these types are their own deep copy (and their own shallow copy).
_ATOMS = (
    type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex, str, bytes,
    type, range, property, _builtin_type, _function_type, _code_type, _weakref_type,
)

# Shallow copies: type -> function of the object.
_shallow = {kind: (lambda obj: obj) for kind in _ATOMS + (tuple, frozenset, slice)}
_shallow[list] = list.copy
_shallow[dict] = dict.copy
_shallow[set] = set.copy
_shallow[bytearray] = bytearray.copy


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    kind = type(x)
    quick = _shallow.get(kind)
    if quick is not None:
        return quick(x)
    if issubclass(kind, type):
        return x  # classes, metaclass instances included, are not copied
    own = getattr(kind, "__copy__", None)
    if own is not None:
        return own(x)
    recipe = _recipe(x, kind)
    if isinstance(recipe, str):
        return x  # a global name: the object is a singleton
    return _rebuild(x, None, *recipe)


def _recipe(obj, kind):
    """How to rebuild obj: a reduce value (callable, args[, state, list items, dict items])."""
    custom = dispatch_table.get(kind)
    if custom is not None:
        return custom(obj)
    reduce_ex = getattr(obj, "__reduce_ex__", None)
    if reduce_ex is not None:
        return reduce_ex(4)
    reduce = getattr(obj, "__reduce__", None)
    if reduce is not None:
        return reduce()
    return _default_reduce(obj)


def deepcopy(x, memo=None):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    kind = type(x)
    special = _deep.get(kind)
    if special is not None:
        result = special(x, memo)
    elif issubclass(kind, type):
        result = x
    else:
        own = getattr(x, "__deepcopy__", None)
        if own is not None:
            result = own(memo)
        else:
            recipe = _recipe(x, kind)
            result = x if isinstance(recipe, str) else _rebuild(x, memo, *recipe)
    if result is not x:
        memo[key] = result
        # Keep x alive while the memo is, so that its id is not reused by another object.
        memo.setdefault(id(memo), []).append(x)
    return result


def _deep_atom(x, memo):
    return x


def _deep_list(x, memo):
    result = []
    memo[id(x)] = result  # before the items, which may refer back to x
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple cannot be memoized before its items exist, but copying them may have copied the
    # tuple itself (through a mutable item that contains it): then that copy is the answer.
    done = memo.get(id(x))
    if done is not None:
        return done
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _deep_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep = {kind: _deep_atom for kind in _ATOMS}
_deep[list] = _deep_list
_deep[dict] = _deep_dict
_deep[tuple] = _deep_tuple
_deep[_method_type] = _deep_method


def _rebuild(x, memo, func, args, state=None, listitems=None, dictitems=None):
    """Make the copy from a reduce value; deep when a memo is given."""
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setter = getattr(y, "__setstate__", None)
        if setter is not None:
            setter(state)
        else:
            slot_values = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_values = state
            if state is not None:
                y.__dict__.update(state)
            if slot_values is not None:
                for name, value in slot_values.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for k, v in dictitems:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


# --- object.__reduce_ex__(4), for mnemo ---

def _new_instance(cls, *args):
    return cls.__new__(cls, *args)


def _new_instance_kw(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    """The instance slots declared by cls and its bases (private names mangled), without
    __dict__ and __weakref__."""
    found = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__")
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = [declared]
        for slot in declared:
            if slot in ("__dict__", "__weakref__"):
                continue
            owner = klass.__name__.lstrip("_")
            if slot.startswith("__") and not slot.endswith("__") and owner:
                slot = "_" + owner + slot
            found.append(slot)
    return found


# The built-in value types whose __getnewargs__ gives the value itself.
_VALUE_BASES = (bool, int, float, complex, str, bytes, tuple)


def _default_reduce(obj):
    cls = type(obj)
    attrs = getattr(obj, "__dict__", None)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), attrs
    if isinstance(obj, bytearray):
        return cls, (bytes(obj),), attrs
    slots = _slot_names(cls)
    if (attrs is None and cls is not object and not isinstance(obj, (list, dict))
            and not any("__slots__" in k.__dict__ for k in cls.__mro__)):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")

    kwargs = None
    if hasattr(obj, "__getnewargs_ex__"):
        args, kwargs = obj.__getnewargs_ex__()
    elif hasattr(obj, "__getnewargs__"):
        args = obj.__getnewargs__()
    else:
        args = ()
        for base in _VALUE_BASES:
            if isinstance(obj, base):
                args = (base(obj),)
                break

    if hasattr(obj, "__getstate__"):
        state = obj.__getstate__()
    else:
        state = attrs or None
        present = {}
        for name in slots:
            if hasattr(obj, name):
                present[name] = getattr(obj, name)
        if present:
            state = (state, present)

    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return _new_instance_kw, (cls, tuple(args), kwargs), state, items, pairs
    return (_new_instance, (cls, *args), state, items, pairs)
