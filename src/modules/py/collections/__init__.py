"""Container datatypes: mnemo's `collections`.

`deque` comes from the Rust `_collections`. Written here: `defaultdict`, `OrderedDict` and
`Counter` (dict subclasses), `namedtuple` (a class factory that builds the tuple subclass
directly with type(), no source text is compiled), `ChainMap`, and the wrappers `UserDict`,
`UserList` and `UserString`. The abstract base classes are in `collections.abc`.
"""

import _collections_abc
import operator as _op
import sys as _sys
from itertools import repeat as _repeat
from keyword import iskeyword as _iskeyword

from _collections import deque, _count_elements

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_collections_abc.MutableSequence.register(deque)

_Mapping = _collections_abc.Mapping


def _method(cls, name, func, doc=None):
    """Install `func` on `cls` as method `name`, named as if written in the class body."""
    func.__name__ = name
    func.__qualname__ = f'{cls.__qualname__}.{name}'
    if doc is not None:
        func.__doc__ = doc
    setattr(cls, name, func)


# ---------------------------------------------------------------------------------------------
# defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        value = make()
        self[key] = value
        return value

    def __repr__(self):
        make = self.default_factory
        shown = '...' if make is self else repr(make)
        return f'{type(self).__name__}({shown}, {dict.__repr__(self)})'

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        make = self.default_factory
        return (type(self), () if make is None else (make,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        dict.update(self, other)
        return self


# ---------------------------------------------------------------------------------------------
# OrderedDict: a dict already keeps insertion order; this adds the reordering operations and
# order-sensitive equality between OrderedDicts.

class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, other=(), /, **kwds):
        self._od_fill(other, kwds)

    def _od_fill(self, other, kwds):
        if isinstance(other, _Mapping) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        self._od_fill(other, kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        first = next(iter(dict.keys(self)))
        return first, dict.pop(self, first)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # Put `key` first: take everything out and put it back behind it.
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in others:
            dict.__setitem__(self, k, v)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def __repr__(self):
        name = type(self).__name__
        return f'{name}({list(self.items())!r})' if self else f'{name}()'

    def __reduce__(self):
        return (type(self), (), None, None, iter(self.items()))

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __eq__(self, other):
        same_items = dict.__eq__(self, other)
        if isinstance(other, OrderedDict) and same_items is True:
            return list(self) == list(other)
        return same_items

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


for _cls in (defaultdict, OrderedDict):
    _cls.__module__ = 'collections'


# ---------------------------------------------------------------------------------------------
# namedtuple

class _tuplegetter:
    """The descriptor of a named tuple's field: reads one item, cannot be set or deleted."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        return self if instance is None else tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'<_tuplegetter object at {id(self):#x}>'


_UNSET = object()  # a field not given to a named tuple's constructor


def _quoted_list(names):
    """'a', 'a' and 'b', 'a', 'b', and 'c': the names as a call's error message lists them."""
    shown = [repr(name) for name in names]
    if len(shown) <= 2:
        return ' and '.join(shown)
    return ', '.join(shown[:-1]) + ', and ' + shown[-1]


def _field_list(typename, field_names, rename):
    """The checked (and, with rename, repaired) list of field names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    if rename:
        used = set()
        for position, name in enumerate(fields):
            unusable = (not name.isidentifier() or _iskeyword(name)
                        or name.startswith('_') or name in used)
            if unusable:
                fields[position] = f'_{position}'
            used.add(name)
    for name in (typename, *fields):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    used = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in used:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        used.add(name)
    return tuple(_sys.intern(name) for name in fields)


def _make_constructor(typename, fields, defaults):
    """__new__ for a named tuple: binds positional and keyword arguments to the fields the way
    a Python function would (and with the same error messages)."""
    size = len(fields)
    required = size - len(defaults)
    label = f'{typename}.__new__()'
    slot_of = {name: position for position, name in enumerate(fields)}
    make = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        given = len(args)
        if given > size:
            if required == size:
                accepted = f'{size + 1} positional argument' + ('s' if size else '')
            else:
                accepted = f'from {required + 1} to {size + 1} positional arguments'
            verb = 'was' if given + 1 == 1 else 'were'
            raise TypeError(f'{label} takes {accepted} but {given + 1} {verb} given')
        values = list(args) + [_UNSET] * (size - given)
        for key, value in kwargs.items():
            position = slot_of.get(key)
            if position is None:
                raise TypeError(f'{label} got an unexpected keyword argument {key!r}')
            if position < given:
                raise TypeError(f'{label} got multiple values for argument {key!r}')
            values[position] = value
        absent = [fields[i] for i in range(required) if values[i] is _UNSET]
        if absent:
            plural = 's' if len(absent) > 1 else ''
            raise TypeError(f'{label} missing {len(absent)} required positional '
                            f'argument{plural}: {_quoted_list(absent)}')
        for position in range(required, size):
            if values[position] is _UNSET:
                values[position] = defaults[fields[position]]
        return make(_cls, values)

    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)
    """
    fields = _field_list(str(typename), field_names, rename)
    typename = _sys.intern(str(typename))
    size = len(fields)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > size:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[size - len(defaults):], defaults))

    signature = ', '.join(fields) + (',' if size == 1 else '')

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != size:
            raise TypeError(f'Expected {size} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        updated = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(updated)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{type(self).__name__}({shown})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    methods = {
        '__new__': (_make_constructor(typename, fields, field_defaults),
                    f'Create new instance of {typename}({signature})'),
        '_make': (_make, f'Make a new {typename} object from a sequence or iterable'),
        '_replace': (_replace, f'Return a new {typename} object replacing specified '
                               'fields with new values'),
        '__repr__': (__repr__, 'Return a nicely formatted representation string'),
        '_asdict': (_asdict, 'Return a new dict which maps field names to their values.'),
        '__getnewargs__': (__getnewargs__, 'Return self as a plain tuple.  Used by copy and pickle.'),
    }
    body = {'__doc__': f'{typename}({signature})', '__slots__': (),
            '_fields': fields, '_field_defaults': field_defaults, '__match_args__': fields}
    for name, (func, doc) in methods.items():
        func.__name__ = name
        func.__qualname__ = f'{typename}.{name}'
        func.__doc__ = doc
        body[name] = classmethod(func) if name == '_make' else func
    for position, name in enumerate(fields):
        body[name] = _tuplegetter(position, _sys.intern(f'Alias for field number {position}'))

    cls = type(typename, (tuple,), body)
    if module is None:
        # The caller's module, when frames can be inspected (mnemo has none: '__main__').
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------------------------------------
# Counter

def _counter_merge(left, right, combine):
    """A new Counter of combine(left count, right count) over the keys of both (a key only in
    `right` counts 0 on the left), keeping the positive results."""
    merged = Counter()
    for elem, count in left.items():
        value = combine(count, right[elem])
        if value > 0:
            merged[elem] = value
    for elem, count in right.items():
        if elem not in left:
            value = combine(0, count)
            if value > 0:
                merged[elem] = value
    return merged


def _larger(a, b):
    return b if a < b else a


def _smaller(a, b):
    return a if a < b else b


class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')  # count elements from a string
    >>> c.most_common(3)                # three most common elements
    [('a', 5), ('b', 4), ('c', 3)]
    '''

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.'''
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.'''
        ranked = sorted(self.items(), key=_op.itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.'''
        for elem, count in self.items():
            yield from _repeat(elem, count)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.'''
        if iterable is not None:
            if not isinstance(iterable, _Mapping):
                _count_elements(self, iterable)
            elif not self:
                dict.update(self, iterable)
            else:
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.'''
        if iterable is not None:
            pairs = iterable.items() if isinstance(iterable, _Mapping) else zip(iterable, _repeat(1))
            for elem, count in pairs:
                self[elem] = self.get(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:  # counts that cannot be ordered
            shown = dict(self)
        return f'{name}({shown!r})'

    __hash__ = None

    def _all_counts(self, other, test):
        return all(test(self[elem], other[elem]) for side in (self, other) for elem in side)

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        return Counter({elem: n for elem, n in self.items() if n > 0})

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.'''
        return Counter({elem: 0 - n for elem, n in self.items() if n < 0})

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        for elem in [elem for elem, n in self.items() if not n > 0]:
            del self[elem]
        return self

    def _set_then_trim(self, new_counts):
        # In-place operators: store the new counts, then drop what is not positive.
        for elem, count in new_counts:
            self[elem] = count
        return self._keep_positive()

    def __iadd__(self, other):
        return self._set_then_trim([(e, self[e] + n) for e, n in other.items()])

    def __isub__(self, other):
        return self._set_then_trim([(e, self[e] - n) for e, n in other.items()])

    def __ior__(self, other):
        return self._set_then_trim([(e, n) for e, n in other.items() if n > self[e]])

    def __iand__(self, other):
        lowered = []
        for elem, mine in self.items():
            theirs = other[elem]
            if theirs < mine:
                lowered.append((elem, theirs))
        return self._set_then_trim(lowered)


def _counter_operator(name, doc, body):
    def method(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return body(self, other)
    _method(Counter, name, method, doc)


for _name, _doc, _body in (
        ('__eq__', 'True if all counts agree. Missing counts are treated as zero.',
         lambda a, b: a._all_counts(b, _op.eq)),
        ('__ne__', 'True if any counts disagree. Missing counts are treated as zero.',
         lambda a, b: not a == b),
        ('__le__', 'True if all counts in self are a subset of those in other.',
         lambda a, b: a._all_counts(b, _op.le)),
        ('__lt__', 'True if all counts in self are a proper subset of those in other.',
         lambda a, b: a <= b and a != b),
        ('__ge__', 'True if all counts in self are a superset of those in other.',
         lambda a, b: a._all_counts(b, _op.ge)),
        ('__gt__', 'True if all counts in self are a proper superset of those in other.',
         lambda a, b: a >= b and a != b),
        ('__add__', 'Add counts from two counters.',
         lambda a, b: _counter_merge(a, b, _op.add)),
        ('__sub__', 'Subtract count, but keep only results with positive counts.',
         lambda a, b: _counter_merge(a, b, _op.sub)),
        ('__or__', 'Union is the maximum of value in either of the input counters.',
         lambda a, b: _counter_merge(a, b, _larger)),
        ('__and__', 'Intersection is the minimum of corresponding counts.',
         lambda a, b: _counter_merge(a, b, _smaller))):
    _counter_operator(_name, _doc, _body)

Counter.__module__ = 'collections'


# ---------------------------------------------------------------------------------------------
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.
    '''

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.'''
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last mapping first, each at its first appearance.
        order = {}
        for mapping in self.maps[::-1]:
            for key in mapping:
                order[key] = None
        return iter(order)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        inner = ', '.join(repr(mapping) for mapping in self.maps)
        return f'{type(self).__name__}({inner})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        combined = self.copy()
        combined.maps[0].update(other)
        return combined

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return type(self)(flat)


# ---------------------------------------------------------------------------------------------
# UserDict, UserList, UserString: classes wrapping a dict, list or str held in `.data`.

def _unwrapped(value, wrapper):
    return value.data if isinstance(value, wrapper) else value


def _add_comparisons(cls):
    # The six rich comparisons compare `.data` with the other operand (unwrapped if it is
    # also an instance of `cls`).
    for op in (_op.lt, _op.le, _op.eq, _op.gt, _op.ge):
        def compare(self, other, _op=op):
            return _op(self.data, _unwrapped(other, cls))
        _method(cls, f'__{op.__name__}__', compare)


class UserDict(_collections_abc.MutableMapping):
    """A more or less complete user-defined wrapper around dictionary objects."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        fallback = getattr(type(self), '__missing__', None)
        if fallback is not None:
            return fallback(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrapped(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrapped(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrapped(other, UserDict)
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy.copy() keeps its other attributes; copy it while empty, then refill.
        import copy
        kept = self.data
        self.data = {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        # always a new list, also when given a list or a UserList
        self.data = [] if initlist is None else list(_unwrapped(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, type(self.data)) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def insert(self, i, item):
        self.data.insert(i, item)

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_unwrapped(other, UserList))

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    __hash__ = None  # compares by value (the comparisons are added below)


_add_comparisons(UserList)


def _list_passthrough(name):
    def method(self, *args):
        return getattr(self.data, name)(*args)
    _method(UserList, name, method)


for _name in ('append', 'pop', 'remove', 'clear', 'count', 'index', 'reverse'):
    _list_passthrough(_name)


class UserString(_collections_abc.Sequence):

    def __init__(self, seq):
        self.data = seq if isinstance(seq, str) else str(_unwrapped(seq, UserString))

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _unwrapped(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        elif not isinstance(other, str):
            other = str(other)
        return type(self)(self.data + other)

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def replace(self, old, new, maxsplit=-1):
        old, new = _unwrapped(old, UserString), _unwrapped(new, UserString)
        return type(self)(self.data.replace(old, new, maxsplit))

    maketrans = str.maketrans


_add_comparisons(UserString)


def _string_method(name, wrap_result, unwrap_first):
    """UserString.<name>: str.<name> applied to .data; the first argument unwrapped if it is
    a UserString (when unwrap_first), the result wrapped in the class (when wrap_result)."""
    def method(self, *args, **kwargs):
        if unwrap_first and args:
            args = (_unwrapped(args[0], UserString),) + args[1:]
        result = getattr(self.data, name)(*args, **kwargs)
        return type(self)(result) if wrap_result else result
    _method(UserString, name, method)


# str methods whose result is a new string (returned as the class), then the others.
for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill'):
    _string_method(_name, True, False)
for _name in ('removeprefix', 'removesuffix'):
    _string_method(_name, True, True)
for _name in ('count', 'find', 'rfind'):
    _string_method(_name, False, True)
for _name in ('endswith', 'format', 'format_map', 'index', 'isalpha', 'isalnum', 'isascii',
              'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable',
              'isspace', 'istitle', 'isupper', 'join', 'partition', 'rindex', 'rpartition',
              'rsplit', 'split', 'splitlines', 'startswith'):
    _string_method(_name, False, False)

del _name, _doc, _body, _cls

# mnemo: CPython's start-up (site) has imported collections.abc before any script runs, so
# `import collections` alone gives `collections.abc`; the same here.
from collections import abc
