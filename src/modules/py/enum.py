"""Enumerations (mnemo's `enum`, written for mnemo after CPython 3.11's documented behaviour).

`EnumType` (alias `EnumMeta`) turns the plain names of a class body into members: singletons
made once at class creation, kept in `_member_map_` (name -> member, aliases included),
`_member_names_` (canonical names, definition order) and `_value2member_map_` (value ->
member). `Enum(value)` looks a member up by value, `Enum[name]` by name. `Flag` members combine
with `|`, `&`, `^`, `~` into pseudo-members made on demand (cached like CPython's).

Left out: the functional API's `module=`/`qualname=`/`type=`/`start=` keywords, `_ignore_`,
`boundary` options other than each class's default (STRICT for `Flag`, KEEP for `IntFlag`),
`verify`, `member`/`nonmember`, `global_enum`, pickling support.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique']

_MappingProxy = type(type.__dict__)


class auto:
    """Instances are replaced with an appropriate value for Enum members."""

    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' \
        and name[-2] != '_'


def _is_descriptor(obj):
    if isinstance(obj, (property, classmethod, staticmethod)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_member_entry(name, value):
    if _is_dunder(name) or _is_sunder(name):
        return False
    if name.startswith('_') and '__' in name:      # private (mangled) names
        return False
    if isinstance(value, auto):
        return True
    return not _is_descriptor(value)


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # refuse to extend an enumeration that has members
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%r cannot extend %r" % (_Placeholder(cls), base))
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []
        for key in list(classdict):
            value = classdict[key]
            if _is_member_entry(key, value):
                members.append((key, value))
        namespace = dict(classdict)
        for key, _ in members:
            del namespace[key]
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_member_type_'] = member_type
        if Enum is not None:
            if '__new__' in classdict:
                namespace['__new_member__'] = classdict['__new__']
            namespace['__new__'] = Enum.__dict__['__new__']
        if boundary is not None:
            namespace['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if member_type is not object:
            # Enum's own repr/str/format win over the mixed-in data type's
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        if not isinstance(klass, EnumType):
                            for k in first_enum.__mro__:
                                if name in k.__dict__:
                                    type.__setattr__(enum_class, name, k.__dict__[name])
                                    break
                        break
        gen = getattr(enum_class, '_generate_next_value_', None)
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new = cls.__dict__.get('__new_member__') or _find_new(cls)
        if new is None:
            if member_type is object:
                member = object.__new__(cls)
            else:
                member = member_type.__new__(cls, *args)
        else:
            member = new(cls, *args)
        if not hasattr(member, '_value_'):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        for klass in cls.__mro__:
            if '__init__' in klass.__dict__:
                if isinstance(klass, EnumType):
                    klass.__dict__['__init__'](member, *args)
                break
        for known in cls._member_map_.values():
            if known._value_ == value:
                member = known        # an alias
                break
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            pass

    @classmethod
    def _get_mixins_(metacls, name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or isinstance(base, EnumType):
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, **kwds):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, **kwds)

    def _create_(cls, class_name, names, **kwds):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if names and isinstance(names, (list, tuple)) and isinstance(names[0], str):
            for i, n in enumerate(names):
                classdict[n] = i + 1
        elif isinstance(names, dict):
            classdict.update(names)
        else:
            for n, v in names:
                classdict[n] = v
        return type(cls)(class_name, (cls,), classdict, **kwds)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot delete member %r' % (name,))
        super().__delattr__(name)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return type.__getattribute__(cls, '_member_map_')[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(cls):
        return ['__class__', '__doc__', '__len__', '__members__', '__module__',
                '__name__', '__qualname__'] + cls._member_names_


EnumMeta = EnumType


class _Placeholder:
    """Reprs a class not made yet as `<enum 'Name'>` (for the cannot-extend message)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<enum %r>" % self.name


def _find_new(cls):
    for base in cls.__mro__[1:]:
        if isinstance(base, EnumType):
            new = base.__dict__.get('__new_member__')
            if new is not None:
                return new
            continue
        if '__new__' in base.__dict__ and base is not object:
            return None
    return None


Flag = None
Enum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in sorted(last_values, key=_sort_key, reverse=True):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            if cls in (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, object):
                continue
            for k in cls.__dict__:
                if not k.startswith('_') and k not in names:
                    names.append(k)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


def _sort_key(v):
    return (0, v) if isinstance(v, (int, float)) else (1, 0)


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(int(self))

    def __format__(self, format_spec):
        return format(int(self), format_spec)


IntEnum._value_repr_ = lambda v: int.__repr__(int(v))


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class Flag(Enum):
    """Support for bit flags: members combine with |, &, ^ and ~."""

    _numeric_repr_ = repr
    _boundary_ = 'strict'

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        if not isinstance(high, int):
            raise TypeError('invalid flag value %r' % high)
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if cls._boundary_ == 'strict' and (value < 0 or value & ~mask):
            width = max(mask.bit_length(), value.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bin(value, width), _bin(mask, width)))
        if value < 0:
            value = value & mask if cls._boundary_ == 'strict' else value
        names = []
        rest = value
        for m in _single_bit_members(cls, value):
            names.append(m._name_)
            rest ^= m._value_
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        if names and rest:
            names.append(cls._numeric_repr_(rest))
        member._name_ = '|'.join(names) if names else None
        member.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, member)

    def __repr__(self):
        cls = self.__class__
        v = cls._numeric_repr_(self._value_) if cls._member_type_ is object \
            else int.__repr__(int(self._value_))
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, v)
        return "<%s.%s: %s>" % (cls.__name__, self._name_, v)

    def __str__(self):
        cls = self.__class__
        if self._name_ is None:
            return '%s(%r)' % (cls.__name__, self._value_)
        return "%s.%s" % (cls.__name__, self._name_)

    def __iter__(self):
        yield from _single_bit_members(self.__class__, self._value_)

    def __len__(self):
        return len(list(self.__iter__()))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, int):
            return int(other)
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


def _single_bit_members(cls, value):
    """The canonical one-bit members whose bit is in `value`, in definition order."""
    if value < 0:
        return []
    out = []
    for name in cls._member_names_:
        m = cls._member_map_[name]
        v = m._value_
        if v and v & (v - 1) == 0 and v & value:
            out.append(m)
    return out


def _bin(n, width):
    s = bin(n)[2:].rjust(width, '0')
    return '0b0 ' + s if n >= 0 else '0b1 ' + s


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(int(self._value_))

    def __format__(self, format_spec):
        return format(int(self._value_), format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


IntFlag._boundary_ = 'keep'
