"""The `types` module: names for the interpreter's built-in types, `SimpleNamespace`, the
class-creation helpers, and the two objects behind PEP 585/604 annotations: `GenericAlias`
(`list[int]`) and `UnionType` (`int | None`).

The built-in type names are found the way a program would find them, as the type of an object
of each kind. mnemo has no coroutines and no frame objects, so `CoroutineType`,
`AsyncGeneratorType` and `FrameType` are absent. The VM calls `GenericAlias` for `list[int]`
and friends, and `_type_or` for `type.__or__`/`__ror__`.
"""

import sys as _sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _generator():
    yield 1


GeneratorType = type(_generator())


def _cell():
    held = None

    def inner():
        return held

    return inner.__closure__[0]


CellType = type(_cell())


class _Probe:
    __slots__ = ("slot",)

    def method(self):
        pass


MethodType = type(_Probe().method)
MemberDescriptorType = type(_Probe.slot)
GetSetDescriptorType = type(type.__dict__["__dict__"])
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])


def _traceback_type():
    try:
        raise TypeError
    except TypeError:
        return type(_sys.exc_info()[2])


TracebackType = _traceback_type()
del _function, _generator, _cell, _Probe, _traceback_type


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        if self in _repr_running:
            return "namespace(...)" if type(self) is SimpleNamespace else type(self).__name__ + "(...)"
        _repr_running.append(self)
        try:
            fields = ", ".join("%s=%r" % item for item in self.__dict__.items())
        finally:
            _repr_running.remove(self)
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, fields)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        shown = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError("unhashable type: '%s'" % shown)

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = []


def resolve_bases(bases):
    """Replace each base that is not a class by what its `__mro_entries__` gives (PEP 560)."""
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            resolved.append(base)
            continue
        replacement = entries(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be a "
            "(non-strict) subclass of the metaclasses of all its bases"
        )
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace and the remaining keywords for a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would, running `exec_body(ns)` to fill it."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """A property on instances; looking it up on the class goes to the class's `__getattr__`."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, "__isabstractmethod__", False):
                return self
            raise AttributeError()
        return property.__get__(self, instance, ownerclass)


def coroutine(func):
    """Mark a generator function as a coroutine (mnemo has no coroutines: it is returned as is)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    return func


def _arg_repr(arg):
    """How an argument shows inside `list[...]` or `X | Y`."""
    if arg is Ellipsis:
        return "..."
    if arg is type(None):
        return "None"
    if isinstance(arg, type) and not isinstance(arg, GenericAlias):
        if arg.__module__ == "builtins":
            return arg.__qualname__
        return "%s.%s" % (arg.__module__, arg.__qualname__)
    return repr(arg)


def _parameters(args):
    """The type variables among `args` (and inside nested aliases), each once, in order."""
    found = []
    for arg in args:
        if hasattr(arg, "__typing_subst__") or type(arg).__name__ in ("TypeVar", "ParamSpec"):
            candidates = (arg,)
        else:
            candidates = getattr(arg, "__parameters__", ())
            if not isinstance(candidates, tuple):
                candidates = ()
        for candidate in candidates:
            if candidate not in found:
                found.append(candidate)
    return tuple(found)


class GenericAlias:
    """A parameterized built-in collection such as `list[int]` or `dict[str, float]`."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _parameters(args))

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_arg_repr(a) for a in self.__args__)
        return "%s[%s]" % (_arg_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return made

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name not in ("__name__", "__qualname__", "__module__", "__doc__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError("%r is not a generic class" % (self,))
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            raise TypeError(
                "Too %s arguments for %r; actual %d, expected %d"
                % ("many" if len(items) > len(self.__parameters__) else "few", self, len(items), len(self.__parameters__))
            )
        binding = dict(zip(self.__parameters__, items))
        return GenericAlias(self.__origin__, tuple(_substitute(a, binding) for a in self.__args__))


def _substitute(arg, binding):
    if _hashable(arg) and arg in binding:
        return binding[arg]
    if isinstance(arg, GenericAlias) and arg.__parameters__:
        return arg[tuple(binding.get(p, p) for p in arg.__parameters__)]
    return arg


def _hashable(x):
    try:
        hash(x)
    except TypeError:
        return False
    return True


class UnionType:
    """`X | Y` of classes (PEP 604): usable in annotations and with isinstance/issubclass."""

    def __init__(self, args):
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _parameters(args))

    def __repr__(self):
        return " | ".join(_arg_repr(a) for a in self.__args__)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)


def _union_member(x):
    """Whether `x` may stand on either side of `|` between classes."""
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _type_or(left, right):
    """`left | right` where one side is a class, an alias or a union (`type.__or__`)."""
    if not (_union_member(left) and _union_member(right)):
        return NotImplemented
    members = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (side,)
        for part in parts:
            if part is None:
                part = type(None)
            if part not in members:
                members.append(part)
    if len(members) == 1:
        return members[0]
    return UnionType(tuple(members))

