"""unittest.mock for gilpy: stand-in objects that record how they are used.

Mock and MagicMock record their calls (call_args, call_args_list,
method_calls, mock_calls) and answer them from return_value / side_effect;
attributes spring into existence as child mocks.  MagicMock also answers the
protocol (magic) methods with sensible defaults.  spec / spec_set restrict
the attributes to those of a real object; create_autospec also checks call
signatures.  patch (with .object, .dict, .multiple) swaps objects in and out
as a decorator, class decorator or context manager.

gilpy has no coroutines, so AsyncMock is minimal: calling one returns an
awaitable whose __await__ runs the mock and records the await.
"""

__all__ = (
    'Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call',
    'create_autospec', 'AsyncMock', 'FILTER_DIR', 'NonCallableMock',
    'NonCallableMagicMock', 'mock_open', 'PropertyMock', 'seal',
)

import builtins
import contextlib
import functools
import inspect
import io
import pprint
import sys
import threading
from types import FunctionType, MethodType, ModuleType

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Raised for a spec that cannot be used (a mock, for one)."""


# ------------------------------------------------------------------ sentinels

class _SentinelObject:
    """A unique named object (sentinel.NAME)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinels:
    """sentinel.NAME gives the same unique object for the same NAME."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # Keep introspection tools from mistaking this for a class.
            raise AttributeError
        return self._made.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinels()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyValue:
    """Equal to everything (for call comparisons)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _AnyValue()


# ------------------------------------------------------------ magic methods

_ARITHMETIC = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'.split()
_PROTOCOL = ('lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof '
             'enter exit divmod rdivmod neg pos abs invert complex int float index round '
             'trunc floor ceil bool next fspath aiter').split()

_magics = {'__%s__' % word for word in _PROTOCOL}
_magics |= {'__%s__' % word for word in _ARITHMETIC}
_magics |= {'__i%s__' % word for word in _ARITHMETIC}
_magics |= {'__r%s__' % word for word in _ARITHMETIC}

# Supported, but only when set explicitly.
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
    '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
    '__getformat__', '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__',
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

# Fixed default results of MagicMock's magic methods.
_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__aexit__': False,
}

# Defaults computed from the owning mock.
_calculate_return_value = {
    '__hash__': lambda owner: object.__hash__(owner),
    '__str__': lambda owner: repr(owner),     # what object.__str__ gives
    '__sizeof__': lambda owner: _plain_size(owner),
    '__fspath__': lambda owner: f"{type(owner).__name__}/{owner._extract_mock_name()}/{id(owner)}",
}


def _plain_size(owner):
    # object.__sizeof__ where the VM has it, else what sys.getsizeof reports.
    native = getattr(object, '__sizeof__', None)
    if native is not None:
        return native(owner)
    return sys.getsizeof(owner)


def _equality_effect(owner):
    def effect(other):
        chosen = owner.__eq__._mock_return_value
        if chosen is not DEFAULT:
            return chosen
        return True if owner is other else NotImplemented
    return effect


def _inequality_effect(owner):
    def effect(other):
        if owner.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if owner is other else NotImplemented
    return effect


def _iteration_effect(owner):
    def effect():
        chosen = owner.__iter__._mock_return_value
        return iter([]) if chosen is DEFAULT else iter(chosen)
    return effect


def _async_iteration_effect(owner):
    def effect():
        chosen = owner.__aiter__._mock_return_value
        return _AsyncIterator(iter([]) if chosen is DEFAULT else iter(chosen))
    return effect


# Defaults that depend on state at call time, as side effects.
_side_effect_methods = {
    '__eq__': _equality_effect,
    '__ne__': _inequality_effect,
    '__iter__': _iteration_effect,
    '__aiter__': _async_iteration_effect,
}


def _is_magic(name):
    return name[:2] == name[-2:] == '__' and len(name) > 4 and name[2:-2].strip('_') == name[2:-2]


def _give_magic_default(owner, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    compute = _calculate_return_value.get(name)
    if compute is not None:
        method.return_value = compute(owner)
        return
    make_effect = _side_effect_methods.get(name)
    if make_effect is not None:
        method.side_effect = make_effect(owner)


def _as_method(name, func):
    # A plain function set as a magic method is called with the mock first.
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# ------------------------------------------------------------------ helpers

def _is_instance_mock(obj):
    # Any mock instance (per-instance subclasses included).
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_list(obj):
    return type(obj) in (list, tuple)


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return callable(obj)


def _instance_callable(obj):
    # Whether instances of obj (a class, or the class of obj) are callable.
    klass = obj if isinstance(obj, type) else type(obj)
    return any('__call__' in base.__dict__ for base in klass.__mro__)


def _is_async_func(obj):
    return inspect.iscoroutinefunction(obj) if callable(obj) else False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = getattr(obj, '__func__')
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _extract_mock(obj):
    # An autospecced function stands for its mock.
    if isinstance(obj, FunctionType) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _adopt(parent, value, name, new_name):
    """Make value (a mock without a parent or name) a child of parent.

    Returns whether it was adopted.  A mock is never made its own
    descendant."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    state = value.__dict__
    if (state['_mock_name'] or state['_mock_new_name'] or state['_mock_parent'] is not None
            or state['_mock_new_parent'] is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor.__dict__['_mock_new_parent']
    if new_name:
        state['_mock_new_parent'] = parent
        state['_mock_new_name'] = new_name
    if name:
        state['_mock_parent'] = parent
        state['_mock_name'] = name
    return True


def _signature_for_spec(spec, as_instance, eat_self):
    """(callable, Signature) describing calls to a mock specced on spec,
    or None when no signature can be had."""
    if isinstance(spec, type) and not as_instance:
        target = spec.__init__
        eat_self = True
    elif isinstance(spec, (classmethod, staticmethod)):
        target = spec.__func__
        if isinstance(spec, classmethod):
            eat_self = True     # cls is supplied by the binding
    elif not isinstance(spec, (FunctionType, MethodType)):
        try:
            target = spec.__call__
        except AttributeError:
            return None
    else:
        target = spec
    probe = functools.partial(target, None) if eat_self else target
    try:
        return target, inspect.signature(probe)
    except (ValueError, TypeError):
        return None


def _format_call(name, args, kwargs):
    shown = [repr(arg) for arg in args]
    shown += ['%s=%r' % (key, value) for key, value in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(shown))


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


# ------------------------------------------------------------- call objects

class _Call(tuple):
    """A recorded (or expected) call: (name, args, kwargs), or (args, kwargs)
    for call_args.  `call` builds them: call(1, a=2), call.method(3),
    call(1).attr(2)."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        size = len(value)
        if size == 3:
            name, args, kwargs = value
        elif size == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif size == 1:
            only, = value
            if isinstance(only, str):
                name = only
            elif isinstance(only, tuple):
                args = only
            else:
                kwargs = only
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            other_size = len(other)
        except TypeError:
            return NotImplemented
        mine_name, mine_args, mine_kwargs = self._parts()
        my_parent = getattr(self, '_mock_parent', None)
        their_parent = getattr(other, '_mock_parent', None)
        if my_parent and their_parent and my_parent != their_parent:
            return False
        their_name = ''
        if other_size == 0:
            their_args, their_kwargs = (), {}
        elif other_size == 3:
            their_name, their_args, their_kwargs = other
        elif other_size == 1:
            only, = other
            their_args, their_kwargs = (), {}
            if isinstance(only, tuple):
                their_args = only
            elif isinstance(only, str):
                their_name = only
            else:
                their_kwargs = only
        elif other_size == 2:
            first, second = other
            if isinstance(first, str):
                their_name = first
                if isinstance(second, tuple):
                    their_args, their_kwargs = second, {}
                else:
                    their_args, their_kwargs = (), second
            else:
                their_args, their_kwargs = first, second
        else:
            return False
        if mine_name and their_name != mine_name:
            return False
        # The expected side goes first so that ANY in it compares equal.
        return (their_args, their_kwargs) == (mine_args, mine_kwargs)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('_mock_') or (attr.startswith('__') and attr.endswith('__')):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    # The tuple methods' names are call attributes too: call.count(1).
    count = property(lambda self: self.__getattr__('count'))
    index = property(lambda self: self.__getattr__('index'))

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            label = self._mock_name or 'call'
            return 'call' + label if label.startswith('()') else label
        name, args, kwargs = self._parts()
        if not name:
            label = 'call'
        elif name.startswith('()'):
            label = 'call' + name
        else:
            label = 'call.' + name
        return _format_call(label, args, kwargs)

    def call_list(self):
        """The calls of a chained call, outermost first, as a list."""
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a sub-list of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


def _match_any_order(expected, recorded):
    # Pair each expected call with an equal recorded one (each used once):
    # the expected ones left unpaired, and the recorded ones left over.
    left = list(recorded)
    unpaired = []
    for wanted in expected:
        if wanted in left:
            left.remove(wanted)
        else:
            unpaired.append(wanted)
    return unpaired, left


class _AnyComparer(list):
    """A list whose `in` compares with the expected call on the left (so
    ANY works inside recorded values too)."""

    def __contains__(self, item):
        for recorded in self:
            if len(item) == len(recorded) and all(
                    want == got for want, got in zip(item, recorded)):
                return True
        return False


# ------------------------------------------------------------ spec states

class _SpecState:
    """A not yet built autospec child (built on first access)."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None, instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


# -------------------------------------------------------------- the mocks

def _delegated(name):
    # State kept on the mock, or on the autospecced function standing for it.
    key = '_mock_' + name

    def get(self):
        stand_in = self.__dict__['_mock_delegate']
        if stand_in is None:
            return self.__dict__[key]
        return getattr(stand_in, name)

    def put(self, value):
        stand_in = self.__dict__['_mock_delegate']
        if stand_in is None:
            self.__dict__[key] = value
        else:
            setattr(stand_in, name, value)

    return property(get, put)


# Attribute names set straight on the instance.
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect',
    '_mock_parent', '_mock_new_parent', '_mock_name', '_mock_new_name',
    'called', 'call_count', 'call_args', 'call_args_list', 'mock_calls',
    'await_args', 'await_args_list', 'await_count',
}

_mock_lock = threading.RLock()


class Base:
    """Swallows constructor arguments at the end of the mixin chain."""

    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that cannot be called (see Mock for the arguments)."""

    def __new__(cls, /, *args, **kw):
        # Each mock gets a class of its own, so that magic methods can be
        # set on it without touching other mocks.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get('spec_set', kw.get('spec'))
            if spec is None and args:
                spec = args[0]
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        own_class = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return super().__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    called = _delegated('called')
    call_count = _delegated('call_count')
    call_args = _delegated('call_args')
    call_args_list = _delegated('call_args_list')
    mock_calls = _delegated('mock_calls')

    def attach_mock(self, mock, attribute):
        """Make mock a child of this one as `attribute` (its calls then show
        in this mock's method_calls and mock_calls)."""
        inner = _extract_mock(mock)
        inner.__dict__.update(_mock_parent=None, _mock_new_parent=None,
                              _mock_name='', _mock_new_name=None)
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec (an object or a
        list of names); only attributes already set stay."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        spec_signature = None
        async_names = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            found = _signature_for_spec(spec, _spec_as_instance, _eat_self)
            spec_signature = found[1] if found else None
            # (no coroutine functions in gilpy: _spec_asyncs stays empty)
            spec = dir(spec)
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = spec_signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = async_names

    def _get_return_value(self):
        value = self._mock_return_value
        stand_in = self.__dict__['_mock_delegate']
        if stand_in is not None:
            value = stand_in.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        stand_in = self.__dict__['_mock_delegate']
        if stand_in is not None:
            stand_in.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _adopt(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value,
                            doc="What calling the mock returns (a child mock by default).")

    @property
    def __class__(self):
        klass = self.__dict__.get('_spec_class')
        return type(self) if klass is None else klass

    def _get_side_effect(self):
        stand_in = self.__dict__['_mock_delegate']
        if stand_in is None:
            return self._mock_side_effect
        return stand_in.side_effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not _callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        stand_in = self.__dict__['_mock_delegate']
        if stand_in is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            stand_in.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect,
                           doc="An exception to raise, an iterable of results or a function to call.")

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget all calls (of this mock and its children); with
        return_value / side_effect, forget those too."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        result = self.__dict__.get('_mock_return_value', DEFAULT)
        if _is_instance_mock(result) and result is not self:
            result.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes, dotted names reaching into children:
        m.configure_mock(**{'method.return_value': 3})."""
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count('.')):
            path = dotted.split('.')
            last = path.pop()
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, value)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_children', '_mock_delegate'}:
            raise AttributeError(name)
        allowed = self.__dict__.get('_mock_methods')
        if allowed is not None:
            if name not in allowed or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self.__dict__.get('_mock_unsafe') and (not allowed or name not in allowed):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec for the mock if "
                    f"{name!r} is meant to be an attribute.")
        with _mock_lock:
            children = self.__dict__['_mock_children']
            found = children.get(name)
            if found is _deleted:
                raise AttributeError(name)
            if found is None:
                wrapped = self.__dict__['_mock_wraps']
                inner = getattr(wrapped, name) if wrapped is not None else None
                found = self._get_child_mock(parent=self, name=name, wraps=inner,
                                             _new_name=name, _new_parent=self)
                children[name] = found
            elif isinstance(found, _SpecState):
                try:
                    found = create_autospec(found.spec, found.spec_set, found.instance,
                                            found.parent, found.name)
                except InvalidSpecError:
                    target = found.parent.__dict__['_mock_methods']
                    raise InvalidSpecError(
                        f'Cannot autospec attr {found.name!r} from target {target!r} as it '
                        f'has already been mocked out. [target={self!r}, attr={found.spec!r}]')
                children[name] = found
        return found

    def _extract_mock_name(self):
        # The dotted path of this mock from its root, e.g. mock.a().b.
        segments = []
        node = self
        root = self
        while node is not None:
            root = node
            segments.append(node.__dict__['_mock_new_name'])
            node = node.__dict__['_mock_new_parent']
        segments.pop()          # the root is shown by its own name
        text = root.__dict__['_mock_name'] or 'mock'
        for segment in reversed(segments):
            if segment is None:
                segment = ''
            if segment.startswith('()'):
                text += segment
            else:
                text += '.' + segment
        return text

    def __repr__(self):
        label = self._extract_mock_name()
        shown = ''
        if label not in ('mock', 'mock.'):
            shown = ' name=%r' % label
        klass = self.__dict__.get('_spec_class')
        spec_text = ''
        if klass is not None:
            spec_text = (' spec_set=%r' if self.__dict__.get('_spec_set') else ' spec=%r') % klass.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, shown, spec_text, id(self))

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self.__dict__.get('_mock_methods') or []
        from_type = [name for name in dir(type(self)) if not name.startswith('_')]
        from_dict = [name for name in self.__dict__ if not name.startswith('_') or _is_magic(name)]
        from_children = [name for name, child in self._mock_children.items() if child is not _deleted]
        return sorted(set(list(extras) + from_type + from_dict + from_children))

    def __setattr__(self, name, value):
        state = self.__dict__
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        allowed = state.get('_mock_methods')
        if state.get('_spec_set') and allowed is not None and name not in allowed and name not in state:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if allowed is not None and name not in allowed:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _as_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _adopt(self, value, None, name)
                setattr(type(self), name, value)
                state['_mock_children'][name] = value
        elif name == '_mock_methods':
            state['_spec_class'] = None
        elif name == '__class__':
            state['_spec_class'] = value
            return
        elif _adopt(self, value, name, name):
            state['_mock_children'][name] = value
        if state.get('_mock_sealed') and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        state = self.__dict__
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in state:
                # Still the class-level placeholder: nothing on the instance.
                return
        children = state['_mock_children']
        known = children.get(name, _missing)
        if name in state:
            del state[name]
        elif known is _deleted:
            raise AttributeError(name)
        children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (action, expected, actual)

    def _signature_for_name(self, name):
        # The spec signature of the child a recorded call's dotted name
        # leads to (as far as the children are known).
        if not name:
            return self.__dict__['_spec_signature']
        found = None
        children = self.__dict__['_mock_children']
        for part in name.split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState) or child is _deleted:
                break
            child = _extract_mock(child)
            children = child.__dict__['_mock_children']
            found = child.__dict__.get('_spec_signature')
        return found

    def _call_matcher(self, recorded):
        # With a spec signature, calls compare by what they bind to, so that
        # f(1, b=2) matches f(1, 2).
        if isinstance(recorded, tuple) and len(recorded) > 2:
            sig = self._signature_for_name(recorded[0])
        else:
            sig = self.__dict__['_spec_signature']
        if sig is None:
            return recorded
        if len(recorded) == 2:
            name = ''
            args, kwargs = recorded
        else:
            name, args, kwargs = recorded
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as exc:
            return exc.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return f'\n{prefix}: {_safe_repr(self.mock_calls)}.'

    def _label(self):
        return self._mock_name or 'mock'

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._label())

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._label(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds these calls (consecutively and in
        order, or in any order with any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        recorded = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in recorded:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\nErrors: {}'
                               .format([e if isinstance(e, Exception) else None for e in expected]))
                raise AssertionError(
                    f'{problem}\nExpected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}') from cause
            return
        missing, remaining = _match_any_order(expected, recorded)
        if missing:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._label(), tuple(missing), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (not only the last) had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        recorded = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(recorded):
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def _get_child_mock(self, /, **kw):
        """Make a child mock (an attribute or the return value)."""
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self.__dict__['_mock_sealed']:
            suffix = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + suffix)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if new_name in _all_sync_magics or (self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            klass = MagicMock if issubclass(own, NonCallableMagicMock) else Mock
        else:
            # The class the user asked for (ours is a per-instance subclass).
            klass = own.__mro__[1]
        return klass(**kw)

    def _mock_check_sig(self, /, *args, **kwargs):
        # Replaced per instance by create_autospec.
        pass


class CallableMixin(Base):
    """What makes a mock callable: recording calls and answering them."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        record = _Call((args, kwargs), two=True)
        self.call_args = record
        self.call_args_list.append(record)

        # Report the call up the chain of parents: method_calls follows
        # attribute parents only, mock_calls every link (return values too).
        self.mock_calls.append(_Call(('', args, kwargs)))
        state = self.__dict__
        method_path = state['_mock_name']
        to_methods = state['_mock_parent'] is not None
        path = state['_mock_new_name']
        path_is_call = path == '()'
        up = state['_mock_new_parent']
        while up is not None:
            up_state = up.__dict__
            if to_methods:
                up.method_calls.append(_Call((method_path, args, kwargs)))
                to_methods = up_state['_mock_parent'] is not None
                if to_methods:
                    method_path = up_state['_mock_name'] + '.' + method_path
            up.mock_calls.append(_Call((path, args, kwargs)))
            up_name = up_state['_mock_new_name']
            if up_name:
                path = up_name + ('' if path_is_call else '.') + path
                path_is_call = up_name == '()'
            up = up_state['_mock_new_parent']

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                outcome = next(effect)
                if _is_exception(outcome):
                    raise outcome
            else:
                outcome = effect(*args, **kwargs)
            if outcome is not DEFAULT:
                return outcome
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        stand_in = self.__dict__['_mock_delegate']
        if stand_in is not None and stand_in.return_value is not DEFAULT:
            return self.return_value
        wrapped = self.__dict__['_mock_wraps']
        if wrapped is not None:
            return wrapped(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object.

    spec: an object (or list of names) whose attributes are the only ones
    allowed; isinstance() then passes for its class.  spec_set: the same,
    for setting attributes too.  side_effect: an exception to raise, an
    iterable of results (or exceptions) or a function called with the
    arguments (its result is returned unless it is DEFAULT).
    return_value: what calls return (a child mock by default).  wraps: an
    object the calls (and attribute children) pass through to.  name: shown
    in the repr.  unsafe: allow attributes starting with "assert".  Other
    keyword arguments configure attributes (see configure_mock).
    """


class MagicMixin(Base):
    """Installs placeholders for the magic methods on the mock's class."""

    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        allowed = getattr(self, '_mock_methods', None)
        own = type(self)
        if allowed is not None:
            kept = wanted.intersection(allowed)
            for name in wanted - kept:
                if name in own.__dict__:
                    delattr(self, name)
            wanted = kept
        for name in wanted - set(own.__dict__):
            setattr(own, name, _MagicPlaceholder(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        """As NonCallableMock.mock_add_spec, then re-install the magics."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: len() is 0, iter() empty,
    bool() True, int() 1, float() 1.0, `in` False, == identity, with
    returns the mock's __enter__ result, and so on."""

    def mock_add_spec(self, spec, spec_set=False):
        """As Mock.mock_add_spec, then re-install the magics."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class _MagicPlaceholder(Base):
    """Class attribute that turns into the real magic child mock the first
    time it is looked up."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        owner = self.parent
        child = owner._get_child_mock(name=self.name, _new_name=self.name, _new_parent=owner)
        setattr(owner, self.name, child)
        _give_magic_default(owner, child, self.name)
        return child

    def __get__(self, obj, _type=None):
        return self.create_mock()


class PropertyMock(Mock):
    """A mock used as a property on a class: reading the attribute calls it
    with no arguments, setting it calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ------------------------------------------------------------- async mocks

class _AsyncIterator:
    """Asynchronous iteration over a plain iterator."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Awaitable(lambda: self._step())

    def _step(self):
        try:
            return next(self.iterator)
        except StopIteration:
            raise StopAsyncIteration


class _Awaitable:
    """Runs `produce` when awaited (through __await__)."""

    def __init__(self, produce):
        self._produce = produce

    def __await__(self):
        return self._produce()
        yield  # noqa: the function must be a generator


class AsyncMockMixin(Base):
    """Await bookkeeping for AsyncMock."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()

    await_count = _delegated('await_count')
    await_args = _delegated('await_args')
    await_args_list = _delegated('await_args_list')

    def _execute_mock_call(self, /, *args, **kwargs):
        run = super()._execute_mock_call

        def produce():
            record = _Call((args, kwargs), two=True)
            self.await_count += 1
            self.await_args = record
            self.await_args_list.append(record)
            return run(*args, **kwargs)
        return _Awaitable(produce)

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._label()} to have been awaited.")

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._label()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        if self._call_matcher(self.await_args) != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await'))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._label()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        if expected not in [self._call_matcher(c) for c in self.await_args_list]:
            raise AssertionError('%s await not found' % self._format_mock_call_signature(args, kwargs))

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds these calls."""
        expected = [self._call_matcher(c) for c in calls]
        recorded = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in recorded:
                raise AssertionError(f'Awaits not found.\nExpected: {_CallList(calls)}\n'
                                     f'Actual: {self.await_args_list}')
            return
        missing, _remaining = _match_any_order(expected, recorded)
        if missing:
            raise AssertionError('%r not all found in await list' % (tuple(missing),))

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._label()} to not have been awaited. "
                                 f"Awaited {self.await_count} times.")

    def reset_mock(self, /, *args, **kwargs):
        """As Mock.reset_mock, forgetting awaits too."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return awaitables (see the module doc)."""


# --------------------------------------------------------------- autospec

def _method_takes_self(spec, entry, is_type):
    # Whether spec.entry, looked up as it will be, receives self first.
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = type(spec)
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, (FunctionType, MethodType)):
            return is_type
        return False
    return is_type


def _install_sig_check(spec, mock, skipfirst, instance=False):
    found = _signature_for_spec(spec, instance, skipfirst)
    if found is None:
        return
    _func, sig = found

    def checksig(self, /, *args, **kwargs):
        sig.bind(*args, **kwargs)
    type(mock)._mock_check_sig = checksig
    type(mock).__signature__ = sig


def _autospec_function(mock, original, skipfirst=False):
    """A real function with original's signature that calls mock (so it
    binds like a method), carrying the mock's API."""
    found = _signature_for_spec(original, False, skipfirst)
    if found is None:
        return mock
    _func, sig = found

    def stand_in(*args, **kwargs):
        sig.bind(*args, **kwargs)
        return mock(*args, **kwargs)

    for attr in ('__name__', '__qualname__', '__doc__', '__module__'):
        try:
            setattr(stand_in, attr, getattr(original, attr))
        except (AttributeError, TypeError):
            pass
    stand_in.__signature__ = sig
    stand_in.mock = mock
    stand_in.called = False
    stand_in.call_count = 0
    stand_in.call_args = None
    stand_in.call_args_list = _CallList()
    stand_in.method_calls = _CallList()
    stand_in.mock_calls = _CallList()
    stand_in.return_value = mock.return_value
    stand_in.side_effect = mock.side_effect
    stand_in._mock_children = mock._mock_children

    def reset_mock():
        stand_in.method_calls = _CallList()
        stand_in.mock_calls = _CallList()
        mock.reset_mock()
        result = stand_in.return_value
        if _is_instance_mock(result) and result is not mock:
            result.reset_mock()

    for name in ('assert_called_with', 'assert_called_once_with', 'assert_has_calls',
                 'assert_any_call', 'assert_called', 'assert_not_called',
                 'assert_called_once'):
        setattr(stand_in, name, getattr(mock, name))
    stand_in.reset_mock = reset_mock
    mock.__dict__['_mock_delegate'] = stand_in
    return stand_in


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *,
                    unsafe=False, **kwargs):
    """A mock shaped like spec: only spec's attributes exist, and calls to
    it and its methods are checked against the real signatures.  A class
    spec gives a mock whose return value is shaped like an instance
    (instance=True makes that instance directly)."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    options = {'spec': spec}
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        options = {}
    if options and instance:
        options['_spec_as_instance'] = True
    options.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        options = {}
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    if _is_async_func(spec):
        klass = AsyncMock

    _name = options.pop('name', _name)
    new_name = _name if _parent is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=_name, **options)

    is_function = isinstance(spec, FunctionType)
    if is_function:
        mock = _autospec_function(mock, spec)
    else:
        _install_sig_check(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        owner = _extract_mock(mock)
        if not isinstance(original, (FunctionType, MethodType)):
            owner._mock_children[entry] = _SpecState(original, spec_set, owner, entry, instance=instance)
            continue
        skipfirst = _method_takes_self(spec, entry, is_type)
        child_class = AsyncMock if inspect.iscoroutinefunction(original) else MagicMock
        child = child_class(parent=owner, name=entry, _new_name=entry, _new_parent=owner,
                            spec=original, _eat_self=skipfirst)
        owner._mock_children[entry] = child
        child.return_value = child_class()
        _install_sig_check(original, child, skipfirst=skipfirst)
    return mock


# ------------------------------------------------------------- mock_open

_file_spec = None


class _OpenedData:
    """The read position over read_data shared by one mock_open's handles."""

    def __init__(self, data):
        self.data = data
        self.reset()

    def reset(self):
        if isinstance(self.data, bytes):
            self.stream = io.BytesIO(self.data)
        else:
            self.stream = io.StringIO(self.data)


def mock_open(mock=None, read_data=''):
    """A mock to replace open(): the handle it returns reads read_data
    (read, readline, readlines, iteration) and records writes."""
    global _file_spec
    if _file_spec is None:
        names = set()
        for kind in (io.TextIOWrapper, io.BytesIO):
            names.update(dir(kind))
        _file_spec = sorted(names)
    content = _OpenedData(read_data)
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    def lines_left():
        fixed = handle.readline.return_value
        if fixed is not None:
            while True:
                yield fixed
        yield from content.stream

    def readline_results():
        yield from lines_left()
        while True:
            yield content.stream.readline()

    def read(*args, **kwargs):
        fixed = handle.read.return_value
        return fixed if fixed is not None else content.stream.read(*args, **kwargs)

    def readlines(*args, **kwargs):
        fixed = handle.readlines.return_value
        return fixed if fixed is not None else content.stream.readlines(*args, **kwargs)

    def next_line():
        fixed = handle.readline.return_value
        return fixed if fixed is not None else next(content.stream)

    readline_source = [readline_results()]
    handle.read.side_effect = read
    handle.readline.side_effect = readline_source[0]
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines_left
    handle.__next__.side_effect = next_line

    def reopen(*args, **kwargs):
        content.reset()
        if handle.readline.side_effect == readline_source[0]:
            readline_source[0] = readline_results()
            handle.readline.side_effect = readline_source[0]
        return DEFAULT

    mock.side_effect = reopen
    mock.return_value = handle
    return mock


# ------------------------------------------------------------------- seal

def seal(mock):
    """Forbid new attributes on mock and its child mocks (reading an unset
    one raises AttributeError)."""
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            child = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(mock._mock_children.get(attr), _SpecState):
            continue
        if child.__dict__['_mock_new_parent'] is mock:
            seal(child)


# ------------------------------------------------------------------ patch

def _resolve_dotted(path):
    """Import the object a dotted path names, importing packages on the way."""
    parts = path.split('.')
    so_far = parts[0]
    found = __import__(so_far)
    for part in parts[1:]:
        so_far += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(so_far)
            found = getattr(found, part)
    return found


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return functools.partial(_resolve_dotted, owner), attribute


_SPEC_TYPOS = ('autospect', 'auto_spec', 'set_spec')


def _refuse_spec_typos(kwargs):
    for typo in _SPEC_TYPOS:
        if typo in kwargs:
            raise RuntimeError(f"{typo!r} might be a typo; use unsafe=True if this is intended")


class _Patcher:
    """What every patcher shares: use as a decorator (of a function, or of
    a class: each test method), and start()/stop()."""

    _active_patches = []

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, attr)
            if callable(value):
                setattr(klass, attr, self.copy()(value))
        return klass

    def start(self):
        """Activate the patch (undo with stop())."""
        result = self.__enter__()
        _Patcher._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch started with start()."""
        try:
            _Patcher._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


class _patch(_Patcher):
    """One patching of `attribute` on the object getter() returns."""

    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _refuse_spec_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec '
                                   f'has already been mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(f'Cannot spec attr {attribute!r} as the spec_set '
                                   f'target has already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin


    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                made = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(made)
                elif patching.new is DEFAULT:
                    extra.append(made)
            yield args + tuple(extra), keywargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (all_args, all_kwargs):
                return func(*all_args, **all_kwargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtin_names and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def _make_new(self, original):
        # The replacement object when `new` was not given.
        spec, spec_set = self.spec, self.spec_set
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set, spec = original, None
        elif spec is not None:
            if spec_set is True:
                spec_set, spec = spec, None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                inherit = True
        klass = AsyncMock if spec is None and _is_async_obj(original) else MagicMock
        options = {}
        if self.new_callable is not None:
            klass = self.new_callable
        elif spec is not None or spec_set is not None:
            shape = spec_set if spec_set is not None else spec
            if _is_list(shape):
                not_callable = '__call__' not in shape
            else:
                not_callable = not callable(shape)
            if _is_async_func(shape):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        new = klass(**options)
        if inherit and _is_instance_mock(new):
            # Patching a class with a spec: instances are specced too.
            shape = spec_set if spec_set is not None else spec
            if not _is_list(shape) and not _instance_callable(shape):
                klass = NonCallableMagicMock
            options.pop('name', None)
            new.return_value = klass(_new_parent=new, _new_name='()', **options)
        return new

    def __enter__(self):
        """Perform the patch; return the replacement (or a dict of them for
        patch.multiple)."""
        new, autospec = self.new, self.autospec
        self.target = self.getter()
        spec, spec_set = self.spec, self.spec_set
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            new = self._make_new(original)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} as the patch '
                                       f'target has already been mocked out. '
                                       f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(f'Cannot autospec attr {self.attribute!r} from target '
                                       f'{target_name!r} as it has already been mocked out. '
                                       f'[target={self.target!r}, attr={autospec!r}]')
            new = create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute,
                                  **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")

        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            made = {}
            if self.new is DEFAULT:
                made[self.attribute_name] = new
            for other in self.additional_patchers:
                result = self._exit_stack.enter_context(other)
                if other.new is DEFAULT:
                    made.update(result)
            return made
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in (
                    '__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                # The attribute came from elsewhere (a proxy object, say): put it back.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)



_builtin_names = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch an attribute of an object
    given directly."""
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): several patches at once;
    values given as DEFAULT become mocks, passed as keyword arguments."""
    if type(target) is str:
        getter = functools.partial(_resolve_dotted, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    pairs = list(kwargs.items())
    first = None
    for attribute, new in pairs:
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        one.attribute_name = attribute
        if first is None:
            first = one
        else:
            first.additional_patchers.append(one)
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object a dotted path names ("package.module.Name") with
    `new` (a MagicMock by default) while a decorated function runs, inside a
    with block, or between start() and stop()."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _empty_mapping(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


class _patch_dict(_Patcher):
    """patch.dict(in_dict, values=(), clear=False, **kwargs): set keys of a
    dictionary (or a dotted path to one) and restore it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None


    def decorate_callable(self, f):
        @functools.wraps(f)
        def inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return inner

    def copy(self):
        return _patch_dict(self.in_dict, self.values, self.clear)

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_dotted(self.in_dict)
        mapping = self.in_dict
        try:
            saved = mapping.copy()
        except AttributeError:
            saved = {key: mapping[key] for key in mapping}
        self._original = saved
        if self.clear:
            _empty_mapping(mapping)
        try:
            mapping.update(self.values)
        except AttributeError:
            for key in self.values:
                mapping[key] = self.values[key]

    def _unpatch_dict(self):
        mapping = self.in_dict
        saved = self._original
        _empty_mapping(mapping)
        try:
            mapping.update(saved)
        except AttributeError:
            for key in saved:
                mapping[key] = saved[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False



def _stop_all():
    """Stop every patch started with start()."""
    for active in reversed(_Patcher._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _stop_all
patch.TEST_PREFIX = 'test'
