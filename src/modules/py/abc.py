"""Abstract base classes (mnemo's `abc`, written for mnemo after CPython 3.11's documented API).

`ABCMeta` is `_py_abc.ABCMeta` (the metaclass `collections.abc` uses too), renamed into this
module as CPython presents it. Instantiating a class whose `__abstractmethods__` is non-empty is
refused by `object.__new__` (`vm::types::check_abstract`), as CPython's `Py_TPFLAGS_IS_ABSTRACT`.
"""

from _py_abc import ABCMeta, abstractmethod, get_cache_token

ABCMeta.__module__ = 'abc'


class abstractclassmethod(classmethod):
    """A classmethod that is abstract (deprecated: use classmethod over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is abstract (deprecated: use staticmethod over abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is abstract (deprecated: use property over abstractmethod)."""

    __isabstractmethod__ = True


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added or removed."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to get ABCMeta as metaclass."""

    __slots__ = ()
