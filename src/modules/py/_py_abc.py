"""Abstract base classes in Python: the metaclass behind mnemo's `abc` and `collections.abc`.

An ABC answers isinstance()/issubclass() from three sources, in order: its __subclasshook__,
real inheritance, and virtual subclasses (register(), on it or on its subclasses). Answers are
remembered per ABC; the "no" answers are forgotten whenever any ABC registers a class, which is
what the cache token counts. The remembered classes are held strongly.
"""

_token = 0  # bumped by every successful register() on any ABC


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass is ABCMeta cannot be instantiated while any abstract method
    remains unoverridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def get_cache_token():
    """Returns the current ABC cache token.

    The token changes with every call to register() on any ABC."""
    return _token


def _is_abstract(obj):
    return bool(getattr(obj, '__isabstractmethod__', False))


def _abstract_names(cls):
    """The names that are still abstract in `cls`: abstract attributes of its own, and those
    its bases declared abstract that `cls` has not replaced by something concrete."""
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class _AbcState:
    """One ABC's bookkeeping: registered classes, known subclasses, known non-subclasses."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _token

    def refuse(self, subclass):
        self.negative_cache.add(subclass)
        return False

    def accept(self, subclass):
        self.cache.add(subclass)
        return True


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC. An ABC can be subclassed directly, and then acts as a
    mix-in class; unrelated concrete classes (even built-in ones) and unrelated ABCs can also
    be registered as "virtual subclasses"."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator."""
        global _token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # nothing to add
        if issubclass(cls, subclass):
            # registering an ancestor would make each a subclass of the other
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _token += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        state = cls._abc_impl
        claimed = instance.__class__
        if claimed in state.cache:
            return True
        actual = type(instance)
        if actual is not claimed:
            # __class__ is overridden: either class will do
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if state.negative_cache_version == _token and claimed in state.negative_cache:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_cache_version != _token:
            # something was registered since these "no" answers were found
            state.negative_cache = set()
            state.negative_cache_version = _token
        elif subclass in state.negative_cache:
            return False

        hook = getattr(cls, '__subclasshook__', None)
        verdict = NotImplemented if hook is None else hook(subclass)
        if verdict is not NotImplemented:
            if verdict:
                state.cache.add(subclass)
            else:
                state.negative_cache.add(subclass)
            return verdict

        if cls in getattr(subclass, '__mro__', ()):
            return state.accept(subclass)
        for candidate in (*state.registry, *cls.__subclasses__()):
            if issubclass(subclass, candidate):
                return state.accept(subclass)
        return state.refuse(subclass)

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        state = cls._abc_impl
        lines = [f"Class: {cls.__module__}.{cls.__qualname__}",
                 f"Inv. counter: {get_cache_token()}"]
        for field in _AbcState.__slots__:
            lines.append(f"_abc_{field}: {getattr(state, field)!r}")
        for line in lines:
            print(line, file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        state = cls._abc_impl
        state.cache.clear()
        state.negative_cache.clear()
