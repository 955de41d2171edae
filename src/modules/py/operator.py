"""The operators of Python as functions, written for mnemo: comparisons, arithmetic and bitwise
operators, sequence helpers, the in-place forms, and the callables `itemgetter`,
`attrgetter` and `methodcaller`. Every function also has its dunder alias (`__add__`, ...).
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
    'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
    'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
    'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior',
    'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
    'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt',
    'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_',
    'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv',
    'truth', 'xor',
]

import builtins as _builtins


# --- comparisons and identity ---

def lt(a, b):
    "Same as a < b."
    return a < b


def le(a, b):
    "Same as a <= b."
    return a <= b


def eq(a, b):
    "Same as a == b."
    return a == b


def ne(a, b):
    "Same as a != b."
    return a != b


def ge(a, b):
    "Same as a >= b."
    return a >= b


def gt(a, b):
    "Same as a > b."
    return a > b


def not_(a):
    "Same as not a."
    return not a


def truth(a):
    "Return True if a is true, False otherwise."
    return bool(a)


def is_(a, b):
    "Same as a is b."
    return a is b


def is_not(a, b):
    "Same as a is not b."
    return a is not b


# --- arithmetic and bitwise ---

def abs(a):
    "Same as abs(a)."
    return _builtins.abs(a)


def add(a, b):
    "Same as a + b."
    return a + b


def and_(a, b):
    "Same as a & b."
    return a & b


def floordiv(a, b):
    "Same as a // b."
    return a // b


def index(a):
    "Same as a.__index__()"
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        kind = type(a).__name__
        raise TypeError(f"'{kind}' object cannot be interpreted as an integer")
    return hook(a)


def inv(a):
    "Same as ~a."
    return ~a


def lshift(a, b):
    "Same as a << b."
    return a << b


def mod(a, b):
    "Same as a % b."
    return a % b


def mul(a, b):
    "Same as a * b."
    return a * b


def matmul(a, b):
    "Same as a @ b."
    return a @ b


def neg(a):
    "Same as -a."
    return -a


def or_(a, b):
    "Same as a | b."
    return a | b


def pos(a):
    "Same as +a."
    return +a


def pow(a, b):
    "Same as a ** b."
    return a ** b


def rshift(a, b):
    "Same as a >> b."
    return a >> b


def sub(a, b):
    "Same as a - b."
    return a - b


def truediv(a, b):
    "Same as a / b."
    return a / b


def xor(a, b):
    "Same as a ^ b."
    return a ^ b


def invert(a):
    "Same as ~a."
    return ~a


# --- sequences ---

def _check_sequence(a):
    if not hasattr(a, '__getitem__'):
        kind = type(a).__name__
        raise TypeError(f"'{kind}' object can't be concatenated")


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        kind = type(a).__name__
        raise TypeError(f"argument of type '{kind}' is not iterable") from None


def concat(a, b):
    "Same as a + b, for a and b sequences."
    _check_sequence(a)
    return a + b


def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    return sum(1 for item in _iterate(a) if item is b or item == b)


def delitem(a, b):
    "Same as del a[b]."
    del a[b]


def getitem(a, b):
    "Same as a[b]."
    return a[b]


def indexOf(a, b):
    "Return the first index of b in a."
    for position, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj (its len() if it has one, else its
    __length_hint__(), else `default`)."""
    if not isinstance(default, int):
        kind = type(default).__name__
        raise TypeError(f"'{kind}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        guess = hint(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        kind = type(guess).__name__
        raise TypeError(f"__length_hint__ must be an integer, not {kind}")
    if guess < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return guess


def call(obj, /, *args, **kwargs):
    """Same as obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


# --- callables built from a description ---

def _show(obj, parts):
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}({', '.join(parts)})"


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    """
    __slots__ = ('_attrs', '_paths')

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        # Dotted names are followed one attribute at a time.
        self._paths = tuple(name.split('.') for name in names)

    def __call__(self, obj):
        found = []
        for path in self._paths:
            value = obj
            for step in path:
                value = getattr(value, step)
            found.append(value)
        return found[0] if len(found) == 1 else tuple(found)

    def __repr__(self):
        return _show(self, [repr(name) for name in self._attrs])

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    """
    __slots__ = ('_items', '_single')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1

    def __call__(self, obj):
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[key] for key in self._items])

    def __repr__(self):
        return _show(self, [repr(key) for key in self._items])

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """Return a callable object that calls the given method on its operand.
    After f = methodcaller('name'), the call f(r) returns r.name().
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj):
        method = getattr(obj, self._name)
        return method(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(repr(a) for a in self._args)
        parts.extend(f"{k}={v!r}" for k, v in self._kwargs.items())
        return _show(self, parts)

    def __reduce__(self):
        kind = type(self)
        if self._kwargs:
            from functools import partial
            return partial(kind, self._name, **self._kwargs), self._args
        return kind, (self._name,) + self._args


# --- in-place forms: the augmented assignment is done on the local name, then returned ---

def iadd(a, b):
    "Same as a += b."
    a += b
    return a


def iand(a, b):
    "Same as a &= b."
    a &= b
    return a


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a


def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a


def imod(a, b):
    "Same as a %= b."
    a %= b
    return a


def imul(a, b):
    "Same as a *= b."
    a *= b
    return a


def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a


def ior(a, b):
    "Same as a |= b."
    a |= b
    return a


def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a


def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a


def isub(a, b):
    "Same as a -= b."
    a -= b
    return a


def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a


def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


# --- the dunder aliases (operator.__add__ is operator.add, ...) ---

for _name in __all__:
    if _name in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                 'is_', 'is_not', 'length_hint', 'truth'):
        continue
    globals()['__' + _name.rstrip('_') + '__'] = globals()[_name]
del _name
