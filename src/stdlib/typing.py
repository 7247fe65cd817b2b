"""typing: the names type hints use, so that annotated scripts run. Hints are evaluated (as in
CPython 3.11) but not checked: subscripting gives aliases with CPython's reprs, __origin__ and
__args__; TypeVar, Generic (with PEP 560 bases), Protocol, NamedTuple and TypedDict (functional
forms and class syntax, through their metaclasses), cast, overload, get_type_hints."""

import collections
import collections.abc
from abc import ABCMeta as _abstract_base_meta
import types as _types
from types import _type_repr

TYPE_CHECKING = False

_NoneType = type(None)


def _hint(arg):
    """An argument of a hint: None stands for NoneType, a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _tuple(params):
    return params if isinstance(params, tuple) else (params,)


class ForwardRef:
    """A hint written as a string, evaluated later by get_type_hints."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    """Hint objects: not instantiable, not usable with isinstance unless they say otherwise."""

    def __instancecheck__(self, obj):
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self!r} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """A hint with arguments: List[int], Union[int, str], Box[T]..."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(_hint(a) for a in _tuple(args))
        self._name = name
        self.__parameters__ = tuple(dict.fromkeys(
            p for a in self.__args__ for p in ((a,) if isinstance(a, (TypeVar, ParamSpec)) else getattr(a, '__parameters__', ()))))

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self.__origin__ is Union:
            if len(self.__args__) == 2 and _NoneType in self.__args__:
                other = [a for a in self.__args__ if a is not _NoneType][0]
                return f'typing.Optional[{_type_repr(other)}]'
            name = 'typing.Union'
        if self._name == 'Callable' and len(self.__args__) >= 1:
            *params, result = self.__args__
            if params == [...]:
                return f'typing.Callable[..., {_type_repr(result)}]'
            if len(params) == 1 and (isinstance(params[0], ParamSpec) or (
                    isinstance(params[0], _GenericAlias) and params[0].__origin__ is Concatenate)):
                return f'typing.Callable[{_type_repr(params[0])}, {_type_repr(result)}]'
            return f"typing.Callable[[{', '.join(_type_repr(a) for a in params)}], {_type_repr(result)}]"
        if not self.__args__:
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if isinstance(other, _types.UnionType) and self.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        """Fills the alias's type variables: Dict[str, T][int] is Dict[str, int]."""
        params = _tuple(params)
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} arguments for {self!r}")
        subst = dict(zip(self.__parameters__, params))

        def fill(a):
            if isinstance(a, TypeVar):
                return subst.get(a, a)
            if isinstance(a, _GenericAlias) and a.__parameters__:
                return a[tuple(subst.get(p, p) for p in a.__parameters__)]
            return a
        return _GenericAlias(self.__origin__, tuple(fill(a) for a in self.__args__), self._name)

    def __call__(self, *args, **kwargs):
        if self._name:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __mro_entries__(self, bases):
        # Generic[T] next to a user generic (class C(Box[T], Generic[T])) adds nothing.
        if self.__origin__ is Generic:
            for b in bases:
                origin = b.__origin__ if isinstance(b, _GenericAlias) else b
                if b is not self and isinstance(origin, type) and issubclass(origin, Generic):
                    return ()
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class _SpecialGenericAlias(_Final):
    """A bare generic standing for a class: typing.List is list, usable with isinstance."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _tuple(params)
        if self._name == 'Tuple':
            if params == ((),):
                params = ()
            return _GenericAlias(self.__origin__, params, self._name)
        if self._name == 'Callable':
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if args is ... or isinstance(args, ParamSpec) or (
                    isinstance(args, _GenericAlias) and args.__origin__ is Concatenate):
                return _GenericAlias(self.__origin__, (args, result), 'Callable')
            return _GenericAlias(self.__origin__, tuple(args) + (result,), 'Callable')
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self!r}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: names with a meaning of their own."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        if self._name == 'Any':
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")


def _union(form, params):
    params = _tuple(params)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = _hint(p)
        union = isinstance(p, _types.UnionType) or (isinstance(p, _GenericAlias) and p.__origin__ is Union)
        members = p.__args__ if union else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat))


def _optional(form, param):
    return Union[param, None]


def _one(form, param):
    return _GenericAlias(form, (param,), form._name)


def _literal(form, params):
    alias = _GenericAlias(form, (), form._name)
    alias.__args__ = _tuple(params)
    alias.__parameters__ = ()
    return alias


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one)
Final = _SpecialForm('Final', _one)
Literal = _SpecialForm('Literal', _literal)
TypeAlias = _SpecialForm('TypeAlias')


TypeGuard = _SpecialForm('TypeGuard', _one)
Required = _SpecialForm('Required', _one)
NotRequired = _SpecialForm('NotRequired', _one)


def _concatenate(form, params):
    params = _tuple(params)
    if not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not (isinstance(params[-1], ParamSpec) or params[-1] is ...):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    return _GenericAlias(form, params, form._name)


def _unpack(form, param):
    return _UnpackAlias(form, (param,), form._name)


Concatenate = _SpecialForm('Concatenate', _concatenate)
Unpack = _SpecialForm('Unpack', _unpack)


class _UnpackAlias(_GenericAlias):
    def __repr__(self):
        return '*' + _type_repr(self.__args__[0])


class _ParamSpecPart:
    """P.args or P.kwargs."""

    def __init__(self, origin, part):
        self.__origin__ = origin
        self._part = part

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        return type(other) is type(self) and self.__origin__ is other.__origin__

    def __hash__(self):
        return hash((self.__origin__, self._part))


class ParamSpecArgs(_ParamSpecPart):
    def __init__(self, origin):
        super().__init__(origin, 'args')


class ParamSpecKwargs(_ParamSpecPart):
    def __init__(self, origin):
        super().__init__(origin, 'kwargs')


class ParamSpec:
    """A parameter specification variable: P = ParamSpec('P'), shown as ~P; P.args and
    P.kwargs annotate *args and **kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = _hint(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeVarTuple:
    """A variadic type variable: Ts = TypeVarTuple('Ts'), written *Ts or Unpack[Ts]."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: the hint T carrying extra metadata; it acts as T when called."""

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {extras}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _annotated(form, params):
    params = _tuple(params)
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    origin = _hint(params[0])
    metadata = tuple(params[1:])
    if isinstance(origin, _AnnotatedAlias):
        metadata = origin.__metadata__ + metadata
        origin = origin.__origin__
    return _AnnotatedAlias(origin, metadata)


class Annotated:
    """Annotated[T, x, ...]: the type T with context-specific metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotated(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


def _strip_annotated(hint):
    if isinstance(hint, _AnnotatedAlias):
        return _strip_annotated(hint.__origin__)
    if isinstance(hint, _GenericAlias) and hint.__args__ and hint.__origin__ is not Literal:
        args = tuple(_strip_annotated(a) for a in hint.__args__)
        if args != hint.__args__:
            copy = _GenericAlias(hint.__origin__, args, hint._name)
            return copy
    return hint


class TypeVar:
    """A type variable: T = TypeVar('T'); its repr is ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_hint(c) for c in constraints)
        self.__bound__ = _hint(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """The base of user generics: class Box(Generic[T]) makes Box[int] an alias."""

    def __class_getitem__(cls, params):
        params = _tuple(params)
        if cls is Generic and not all(isinstance(p, (TypeVar, ParamSpec)) or isinstance(p, _UnpackAlias) for p in params):
            raise TypeError("Parameters to Generic[...] must all be type variables or parameter specification variables.")
        return _GenericAlias(cls, params)

    @classmethod
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The class's own type variables: those of Generic[...] when it is named, else every
        # variable its subscripted bases mention, in order of first appearance.
        found = []
        explicit = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                if base.__origin__ is Generic or base.__origin__ is Protocol and base.__args__:
                    explicit = base.__parameters__
                found.extend(p for p in base.__parameters__ if p not in found)
        cls.__parameters__ = tuple(explicit if explicit is not None else found)


_PROTOCOL_PLUMBING = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '__parameters__', '__orig_bases__', '__init_subclass__', '__protocol_attrs__',
    '_is_protocol', '_is_runtime_protocol', '_abc_impl', '__match_args__', '__firstlineno__'})


def _protocol_members(cls):
    """The names a structural check looks for: every attribute and annotation the protocol
    classes of cls's MRO define (not those of Protocol, Generic or object)."""
    names = []
    for klass in cls.__mro__:
        if klass.__name__ in ('Protocol', 'Generic', 'object') or not klass.__dict__.get('_is_protocol'):
            continue
        for name in list(klass.__dict__) + list(klass.__dict__.get('__annotations__', {})):
            if name not in _PROTOCOL_PLUMBING and not name.startswith('_abc_') and name not in names:
                names.append(name)
    return names


def _methods_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _protocol_members(cls))


class _ProtocolMeta(_abstract_base_meta):
    """Protocol classes' metaclass: isinstance on a runtime-checkable protocol looks at the
    object's attributes instead of its classes."""

    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol') and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if (not cls.__dict__.get('_is_protocol') or _methods_only(cls)) and issubclass(type(instance), cls):
            return True
        if cls.__dict__.get('_is_protocol'):
            def present(name):
                if not hasattr(instance, name):
                    return False
                return not callable(getattr(cls, name, None)) or getattr(instance, name) is not None
            if all(present(name) for name in _protocol_members(cls)):
                return True
        return _abstract_base_meta.__instancecheck__(cls, instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A structural base: a class listing what an object must have, checked at run time by
    isinstance/issubclass once decorated with @runtime_checkable."""
    _is_protocol = True
    _is_runtime_protocol = False

    @classmethod
    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_protocol_subclasshook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_protocol_init

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol'):
            raise TypeError("Protocols cannot be instantiated")
        return object.__new__(cls)


def _no_protocol_init(self, *args, **kwargs):
    if type(self).__dict__.get('_is_protocol'):
        raise TypeError('Protocols cannot be instantiated')


def _protocol_subclasshook(cls, other):
    if not cls.__dict__.get('_is_protocol'):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
    if not _methods_only(cls):
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for name in _protocol_members(cls):
        for klass in other.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
            annotations = getattr(klass, '__annotations__', {})
            if isinstance(annotations, dict) and name in annotations and isinstance(other, _ProtocolMeta) \
                    and other.__dict__.get('_is_protocol'):
                break
        else:
            return NotImplemented
    return True


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol'):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method):
    """One of the single-method runtime protocols (SupportsInt and its kin)."""
    def stub(self):
        pass
    stub.__name__ = method
    cls = _ProtocolMeta(name, (Protocol,), {method: stub, '__module__': 'typing', '__slots__': ()})
    return runtime_checkable(cls)


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple')
Type = _SpecialGenericAlias(type, 1, 'Type')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Text = str


class _Protocolish:
    """What an abstract collection type checks with isinstance: the methods it needs."""
    _methods = ()

    @classmethod
    def _has(cls, klass):
        return all(any(m in k.__dict__ for k in klass.__mro__) for m in cls._methods)


class _AbstractAlias(_SpecialGenericAlias):
    def __subclasscheck__(self, cls):
        return self.__origin__._has(cls)


def _abstract(name, methods, nparams=1):
    return _AbstractAlias(type(name, (_Protocolish,), {'_methods': methods}), nparams, name)


# The abstract collection types stand for the ABCs of collections.abc (isinstance asks them;
# as a base class they give the ABC and its mixin methods).
_abc = collections.abc


class _AbcAlias(_SpecialGenericAlias):
    """A bare typing name for an ABC: calling it calls the ABC (which refuses, being abstract)."""

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


Hashable = _AbcAlias(_abc.Hashable, 0, 'Hashable')
Sized = _AbcAlias(_abc.Sized, 0, 'Sized')
Container = _AbcAlias(_abc.Container, 1, 'Container')
Iterable = _AbcAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _AbcAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _AbcAlias(_abc.Reversible, 1, 'Reversible')
Generator = _AbcAlias(_abc.Generator, 3, 'Generator')
Collection = _AbcAlias(_abc.Collection, 1, 'Collection')
Sequence = _AbcAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _AbcAlias(_abc.MutableSequence, 1, 'MutableSequence')
AbstractSet = _AbcAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _AbcAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _AbcAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _AbcAlias(_abc.MutableMapping, 2, 'MutableMapping')
KeysView = _AbcAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _AbcAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _AbcAlias(_abc.ValuesView, 1, 'ValuesView')
MappingView = _AbcAlias(_abc.MappingView, 1, 'MappingView')


class _CallableAlias(_AbcAlias):
    def __instancecheck__(self, obj):
        return callable(obj)


Callable = _CallableAlias(_abc.Callable, -1, 'Callable')
Awaitable = _AbcAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _AbcAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _AbcAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _AbcAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
ContextManager = _abstract('ContextManager', ('__enter__', '__exit__'))
AsyncContextManager = _abstract('AsyncContextManager', ('__aenter__', '__aexit__'))
AsyncGenerator = _AbcAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
ByteString = _AbcAlias(_abc.ByteString, 0, 'ByteString')


def cast(typ, val):
    """Returns val unchanged (it tells a type checker what val is)."""
    return val


# module -> qualname -> first line -> the @overload-decorated function (for get_overloads).
_overloads = {}


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return getattr(func, '__module__', None), getattr(func, '__qualname__', None)


def get_overloads(func):
    """The @overload variants defined so far for func's name, in definition order."""
    module, name = _overload_key(func)
    found = _overloads.get(module, {}).get(name, {})
    return [found[line] for line in sorted(found)]


def clear_overloads():
    _overloads.clear()


def overload(func):
    module, name = _overload_key(func)
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    if code is not None:
        _overloads.setdefault(module, {}).setdefault(name, {})[code.co_firstlineno] = func

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-decorated.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def assert_type(val, typ, /):
    """Returns val (a type checker checks that it is of type typ)."""
    return val


def no_type_check_decorator(decorator):
    """Makes decorator's results carry no_type_check."""
    import functools

    @functools.wraps(decorator)
    def wrapped(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes."""
    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return mark


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return _eval_hint(eval(value.__forward_arg__, globalns, localns), globalns, localns)
    if isinstance(value, _GenericAlias) and value.__origin__ is not Literal and not isinstance(value, _AnnotatedAlias):
        args = tuple(_eval_hint(a, globalns, localns) for a in value.__args__)
        if args != value.__args__:
            return _GenericAlias(value.__origin__, args, value._name)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class (with its bases') or module, strings evaluated."""
    import sys
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = globalns if globalns is not None else getattr(sys.modules.get(base.__module__), '__dict__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, localns if localns is not None else dict(vars(base)))
        return hints if include_extras else {k: _strip_annotated(v) for k, v in hints.items()}
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, (type(len), type(sys))):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is None:
        globalns = getattr(obj, '__globals__', None) or getattr(obj, '__dict__', {})
    hints = {name: _eval_hint(value, globalns, localns) for name, value in ann.items()}
    return hints if include_extras else {k: _strip_annotated(v) for k, v in hints.items()}


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _types.GenericAlias, _types.UnionType)):
        args = tp.__args__
        # Callable[[int], str] answers ([int], str): its parameters come back as a list.
        if getattr(tp, '__origin__', None) is collections.abc.Callable and args and args[0] is not Ellipsis:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def _caller_module(depth=2):
    import sys
    if hasattr(sys, '_getframe'):
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    return '__main__'


def _make_nmtuple(typename, fields, module, defaults=()):
    fields = [(n, _hint(t)) for n, t in fields]
    cls = collections.namedtuple(typename, [n for n, _ in fields], defaults=defaults, module=module)
    cls.__annotations__ = dict(fields)
    return cls


# Attributes a NamedTuple class body may not define (they belong to the namedtuple itself).
_prohibited_nt = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_nt = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


class NamedTupleMeta(type):
    """The metaclass behind `class P(NamedTuple): x: int`: the class made is a namedtuple
    whose fields are the annotated names, with the body's defaults and methods."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), ns.get('__module__', '__main__'),
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _prohibited_nt:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """NamedTuple('P', [('x', int), ('y', float)]), or as a base class: a namedtuple whose
    fields carry types."""
    if fields is None:
        fields = kwargs.items()
    return _make_nmtuple(typename, fields, _caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    """The metaclass behind `class Movie(TypedDict): name: str`: a dict subclass whose
    annotations (with its TypedDict bases') list the keys; calling it makes a plain dict."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = {n: _hint(t) for n, t in ns.get('__annotations__', {}).items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, hint in own.items():
            marker = hint.__origin__ if isinstance(hint, _GenericAlias) else None
            if marker is Required or (marker is not NotRequired and total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('Movie', {'name': str}), or as a base class: a dict type whose annotations
    list the keys."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class NewType:
    """A distinct name for a type checkers; at run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__name__} = NewType({self.__name__!r}, {self.__name__})`")


class IO(Generic[AnyStr]):
    """The generic base of the file types open() returns (TextIO, BinaryIO)."""

    __slots__ = ()

    @property
    def mode(self):
        raise NotImplementedError

    @property
    def name(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    @property
    def closed(self):
        raise NotImplementedError

    def fileno(self):
        raise NotImplementedError

    def flush(self):
        raise NotImplementedError

    def isatty(self):
        raise NotImplementedError

    def read(self, n=-1):
        raise NotImplementedError

    def readable(self):
        raise NotImplementedError

    def readline(self, limit=-1):
        raise NotImplementedError

    def readlines(self, hint=-1):
        raise NotImplementedError

    def seek(self, offset, whence=0):
        raise NotImplementedError

    def seekable(self):
        raise NotImplementedError

    def tell(self):
        raise NotImplementedError

    def truncate(self, size=None):
        raise NotImplementedError

    def writable(self):
        raise NotImplementedError

    def write(self, s):
        raise NotImplementedError

    def writelines(self, lines):
        raise NotImplementedError

    def __enter__(self):
        raise NotImplementedError

    def __exit__(self, type, value, traceback):
        raise NotImplementedError


class BinaryIO(IO[bytes]):
    """A binary file."""

    __slots__ = ()


class TextIO(IO[str]):
    """A text file."""

    __slots__ = ()

    @property
    def buffer(self):
        raise NotImplementedError

    @property
    def encoding(self):
        raise NotImplementedError

    @property
    def errors(self):
        raise NotImplementedError

    @property
    def line_buffering(self):
        raise NotImplementedError

    @property
    def newlines(self):
        raise NotImplementedError


def _regex_aliases():
    import re
    return _SpecialGenericAlias(re.Pattern, 1, 'Pattern'), _SpecialGenericAlias(re.Match, 1, 'Match')


Pattern, Match = _regex_aliases()
del _regex_aliases


# The type variables CPython's typing module uses for its own generic aliases (importable).
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)

# Re-exported as CPython's typing has them in its namespace.
ABCMeta = _abstract_base_meta
from abc import abstractmethod  # noqa: E402
GenericAlias = _types.GenericAlias

# The kinds of callables of builtin classes, as gilpy's builtins are typed (gilpy has one
# type, builtin_function_or_method, where CPython has several descriptor types).
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)

# Attributes a Protocol's members check leaves out.
EXCLUDED_ATTRIBUTES = ['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
                       '_is_runtime_protocol', '__final__', '__abstractmethods__',
                       '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
                       '__new__', '__slots__', '__subclasshook__', '__weakref__',
                       '__class_getitem__', '_MutableMapping__marker']
