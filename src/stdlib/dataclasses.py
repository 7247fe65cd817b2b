"""dataclasses: @dataclass writes __init__, __repr__, __eq__ (and on request the ordering
methods, __hash__, frozen attributes, __match_args__) from a class's annotated fields, as
CPython 3.11 does; field(), fields(), asdict(), astuple(), replace(), is_dataclass(). As in
CPython, __init__ is generated as source and made with exec."""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


import types as _types


class FrozenInstanceError(AttributeError):
    __module__ = 'dataclasses'


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'


class _FieldKind:
    """What a class attribute is to the dataclass (a field, a ClassVar, an InitVar); shown
    by its name in Field's repr."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')


class Field:
    """One field of a dataclass: its name, type, default, and what it takes part in."""

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _types.MappingProxyType({} if metadata is None else metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field: its default (or a factory for it) and what it takes part in."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    return getattr(tp, '__origin__', None) is not None and repr(getattr(tp, '__origin__')) == 'typing.ClassVar' \
        or (isinstance(tp, str) and (tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')))


def _get_field(cls, name, tp, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(tp, InitVar) or tp is InitVar:
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type == _FIELD or f._field_type == _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and f.default is not MISSING and type(f.default) in (list, dict, set):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _tuple_of(obj_name, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in flds) + ',)'


def _make_function(name, args, body, namespace, qualname):
    src = f"def {name}({', '.join(args)}):\n" + '\n'.join('    ' + line for line in (body or ['pass'])) + '\n'
    local = {}
    exec(src, namespace, local)
    fn = local[name]
    fn.__qualname__ = f'{qualname}.{name}'
    return fn


def _init_fn(cls, flds, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    namespace = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '__dataclass_builtins_object__': object}
    args = ['self']

    def param(f):
        if f.default_factory is not MISSING:
            namespace[f'_dflt_{f.name}'] = f.default_factory
            return f'{f.name}=_HAS_DEFAULT_FACTORY' if f.init else None
        if f.default is not MISSING:
            namespace[f'_dflt_{f.name}'] = f.default
            return f'{f.name}=_dflt_{f.name}'
        return f.name

    for f in std_fields:
        if f.init:
            args.append(param(f))
    if kw_only_fields:
        args.append('*')
        for f in kw_only_fields:
            if f.init:
                args.append(param(f))
    body = []
    for f in flds:
        if f._field_type != _FIELD:
            continue
        if f.default_factory is not MISSING:
            namespace[f'_dflt_{f.name}'] = f.default_factory
            value = (f'_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
                     if f.init else f'_dflt_{f.name}()')
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            namespace[f'_dflt_{f.name}'] = f.default
            value = f'_dflt_{f.name}'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__(self, {f.name!r}, {value})')
        else:
            body.append(f'self.{f.name} = {value}')
    if has_post_init:
        init_vars = ', '.join(f.name for f in flds if f._field_type == _FIELD_INITVAR)
        body.append(f'self.__post_init__({init_vars})')
    return _make_function('__init__', args, body, namespace, cls.__qualname__)


def _cmp_fn(name, op, flds, qualname):
    self_tuple = _tuple_of('self', flds)
    other_tuple = _tuple_of('other', flds)
    return _make_function(name, ['self', 'other'],
                          ['if other.__class__ is self.__class__:',
                           f'    return {self_tuple}{op}{other_tuple}',
                           'return NotImplemented'], {}, qualname)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot=False):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                all_fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    kw = kw_only
    for name, tp in annotations.items():
        if tp is KW_ONLY or tp is _KW_ONLY_TYPE:
            kw = True
            continue
        own.append(_get_field(cls, name, tp, kw))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    cls.__dataclass_fields__ = all_fields
    flds = list(all_fields.values())
    fields_ = [f for f in flds if f._field_type == _FIELD]
    qualname = cls.__qualname__
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        std = [f for f in flds if f._field_type in (_FIELD, _FIELD_INITVAR) and not f.kw_only]
        kwo = [f for f in flds if f._field_type in (_FIELD, _FIELD_INITVAR) and f.kw_only]
        cls.__init__ = _init_fn(cls, flds, std, kwo, frozen, has_post_init)
    if repr and '__repr__' not in cls.__dict__:
        shown = [f for f in fields_ if f.repr]
        parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
        cls.__repr__ = _make_function('__repr__', ['self'],
                                      [f'return self.__class__.__qualname__ + f"({parts})"'], {}, qualname)
    compared = [f for f in fields_ if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _cmp_fn('__eq__', '==', compared, qualname)
    if order:
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering')
            setattr(cls, name, _cmp_fn(name, op, compared, qualname))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
        field_names = tuple(f.name for f in fields_)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            raise AttributeError(name)
        __setattr__.__qualname__ = f'{qualname}.__setattr__'
        __delattr__.__qualname__ = f'{qualname}.__delattr__'
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    hashed = [f for f in fields_ if (f.compare if f.hash is None else f.hash)]
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if has_own_hash and unsafe_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_function('__hash__', ['self'], [f'return hash({_tuple_of("self", hashed)})'], {}, qualname)
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only)
    if slots:
        cls = _with_slots(cls, [f.name for f in fields_], weakref_slot)
    return cls


def _with_slots(cls, names, weakref_slot):
    # A class's slots are fixed when it is made: make the class again, with __slots__ for the
    # fields its bases do not already store.
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    ns = dict(cls.__dict__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(base.__dict__.get('__slots__', ()))
    wanted = [n for n in names if n not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        wanted.append('__weakref__')
    ns['__slots__'] = tuple(wanted)
    for n in wanted:
        ns.pop(n, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new.__qualname__ = qualname
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds the generated special methods to a class with annotated fields."""
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        if weakref_slot and not slots:
            raise TypeError('weakref_slot is True but slots is False')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (not ClassVars or InitVars) of a dataclass or one of its instances."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type == _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, dict_factory, as_tuple):
    if _is_dataclass_instance(obj):
        values = [(f.name, _convert(getattr(obj, f.name), dict_factory, as_tuple)) for f in fields(obj)]
        return tuple(v for _, v in values) if as_tuple else dict_factory(values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, dict_factory, as_tuple), _convert(v, dict_factory, as_tuple)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's fields as a tuple, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_convert(obj, dict, True))


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    """Makes a dataclass from a list of names, (name, type) or (name, type, Field)."""
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
    return dataclass(cls, **options)
