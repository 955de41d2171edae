"""Data classes (mnemo's `dataclasses`, written for mnemo after CPython 3.11's documented API).

`@dataclass` reads the class's `__annotations__` (its own and its dataclass bases'), makes a
`Field` per name and adds the methods as closures over the field list (no generated source):
`__init__` binds arguments as a function with those parameters would, with CPython's messages
for missing or unexpected ones.

Left out: `kw_only` fields and `KW_ONLY`, `InitVar`, `slots=True`, `weakref_slot`,
`match_args` (set, but `match` is not supported), `unsafe_hash` beyond setting `__hash__`.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'fields', 'asdict',
           'astuple', 'make_dataclass', 'replace', 'is_dataclass', 'MISSING']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    marker = _classvar_marker()
    if marker is not None and (tp is marker or getattr(tp, '__origin__', None) is marker):
        return True
    return isinstance(tp, object) and type(tp).__module__ == 'typing' and \
        repr(tp).startswith('typing.ClassVar')


def _classvar_marker():
    try:
        import typing
        return typing.ClassVar
    except ImportError:
        return None


def _get_field(cls, name, tp):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = '_FIELD'
    if _is_classvar(tp):
        f._field_type = '_FIELD_CLASSVAR'
        return f
    if f.default is not MISSING and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed:'
                         ' use default_factory')
    return f


def _make_init(cls_fields, frozen, has_post_init, qualname):
    params = [f for f in cls_fields if f.init]
    names = [f.name for f in params]
    seen_default = False
    for f in params:
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        else:
            seen_default = True
    fname = qualname + '.__init__'
    n_required = sum(1 for f in params
                     if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            if n_required == len(params):
                takes = '%d positional argument%s' % (len(params) + 1,
                                                      '' if len(params) == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (n_required + 1,
                                                                len(params) + 1)
            raise TypeError('%s() takes %s but %d were given' % (fname, takes, len(args) + 1))
        values = dict(zip(names, args))
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(f"{fname}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{fname}() got multiple values for argument {k!r}")
            values[k] = v
        missing = [n for f, n in zip(params, names) if n not in values
                   and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            if len(missing) == 1:
                listed = repr(missing[0])
            else:
                listed = ', '.join(repr(m) for m in missing[:-1]) + ' and ' + repr(missing[-1])
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (fname, len(missing), '' if len(missing) == 1 else 's', listed))
        setter = object.__setattr__ if frozen else setattr
        for f in cls_fields:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.init or f.default is not MISSING:
                value = f.default
            else:
                continue
            setter(self, f.name, value)
        if has_post_init:
            self.__post_init__()

    __init__.__qualname__ = fname
    return __init__


def _make_repr(cls_fields, qualname):
    shown = [f.name for f in cls_fields if f.repr]
    busy = set()

    def __repr__(self):
        key = id(self)
        if key in busy:
            return '...'
        busy.add(key)
        try:
            inner = ', '.join(f'{n}={getattr(self, n)!r}' for n in shown)
        finally:
            busy.discard(key)
        return f'{self.__class__.__qualname__}({inner})'

    __repr__.__qualname__ = qualname + '.__repr__'
    return __repr__


def _tuple_of(self, cls_fields):
    return tuple(getattr(self, f.name) for f in cls_fields if f.compare)


def _make_compare(op, cls_fields, qualname, name):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(_tuple_of(self, cls_fields), _tuple_of(other, cls_fields))
        return NotImplemented

    method.__name__ = name
    method.__qualname__ = qualname + '.' + name
    return method


def _make_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args):
    all_fields = {}
    has_dc_base = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dc_base = True
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, tp in annotations.items():
        f = _get_field(cls, name, tp)
        all_fields[name] = f
        if f._field_type == '_FIELD':
            if isinstance(cls.__dict__.get(name), Field):
                if f.default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dc_base:
        for base in cls.__mro__[1:]:
            params = base.__dict__.get(_PARAMS)
            if params is not None:
                if params.frozen and not frozen:
                    raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
                if not params.frozen and frozen:
                    raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
                break
    setattr(cls, _FIELDS, all_fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    cls_fields = [f for f in all_fields.values() if f._field_type == '_FIELD']
    qualname = cls.__qualname__
    if init:
        cls.__init__ = _make_init(cls_fields, frozen, hasattr(cls, '__post_init__'), qualname)
    if repr and '__repr__' not in cls.__dict__:
        cls.__repr__ = _make_repr(cls_fields, qualname)
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _make_compare(lambda a, b: a == b, cls_fields, qualname, '__eq__')
    if order:
        ops = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
               ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]
        for name, op in ops:
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
            setattr(cls, name, _make_compare(op, cls_fields, qualname, name))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
        cls.__setattr__, cls.__delattr__ = _make_frozen(cls, set(all_fields))
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    hash_fields = [f for f in cls_fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hash_fields))

    if unsafe_hash or (eq and frozen):
        if has_own_hash and unsafe_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        if not has_own_hash or unsafe_hash:
            cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in cls_fields if f.init)
    if '__doc__' not in cls.__dict__ or cls.__dict__['__doc__'] is None:
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(
                _param_text(f) for f in cls_fields if f.init) + ')'
        except (TypeError, AttributeError):
            pass
    return cls


def _param_text(f):
    text = f.name + ': ' + _type_name(f.type)
    if f.default is not MISSING:
        text += ' = ' + repr(f.default)
    elif f.default_factory is not MISSING:
        text += ' = <factory>'
    return text


def _type_name(tp):
    if isinstance(tp, type):
        return tp.__name__ if tp.__module__ == 'builtins' else tp.__qualname__
    return repr(tp) if not isinstance(tp, str) else tp


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass (or of an instance of one), as a tuple of Field objects."""
    try:
        fs = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type != '_FIELD':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Make a dataclass from (name, type[, Field]) specs or bare names."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
