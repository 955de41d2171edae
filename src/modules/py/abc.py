"""Abstract base classes (mnemo's `abc`; see PEP 3119).

`ABCMeta` is the metaclass of `_py_abc` (used by `collections.abc` as well), shown as a member
of this module as CPython shows it. Instantiating a class whose `__abstractmethods__` is not
empty is refused by `object.__new__` (`vm::types::check_abstract`), as CPython's
`Py_TPFLAGS_IS_ABSTRACT`.
"""

from _py_abc import ABCMeta, abstractmethod, get_cache_token, _abstract_names

ABCMeta.__module__ = 'abc'


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """

    __slots__ = ()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    Needed when methods are added to or removed from a class after its creation (a class
    decorator such as dataclass does this). Classes that are not ABCs are returned unchanged.
    """
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


# The deprecated abstract decorators: a classmethod, staticmethod or property that is itself
# abstract (and, for the first two, marks the function it wraps as abstract too).

def _deprecated_flavour(name, base, doc, marks_function):
    body = {'__isabstractmethod__': True, '__doc__': doc, '__module__': __name__,
            '__qualname__': name}
    if marks_function:
        def __init__(self, callable):
            callable.__isabstractmethod__ = True
            base.__init__(self, callable)
        __init__.__qualname__ = f'{name}.__init__'
        body['__init__'] = __init__
    return type(name, (base,), body)


abstractclassmethod = _deprecated_flavour(
    'abstractclassmethod', classmethod,
    'A decorator indicating abstract classmethods (deprecated: use classmethod over '
    'abstractmethod).', True)
abstractstaticmethod = _deprecated_flavour(
    'abstractstaticmethod', staticmethod,
    'A decorator indicating abstract staticmethods (deprecated: use staticmethod over '
    'abstractmethod).', True)
abstractproperty = _deprecated_flavour(
    'abstractproperty', property,
    'A decorator indicating abstract properties (deprecated: use property over '
    'abstractmethod).', False)
