"""contextvars: context-local state (PEP 567), as CPython 3.11's module behaves.

A Context maps ContextVars to values. Each thread has its own current context (a new
empty one when the thread starts, as in CPython 3.11); ContextVar.set changes the
current context and returns a Token that reset() uses to restore the old value;
Context.run makes a context current for the duration of one call.
"""

import _thread

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()
_per_thread = _thread._local()


def _current():
    ctx = getattr(_per_thread, 'context', None)
    if ctx is None:
        ctx = _per_thread.context = Context()
    return ctx


class Context:
    """An immutable-looking mapping of ContextVar -> value; run() makes it current."""

    __slots__ = ('_values', '_entered', '_outer')

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._values = {}
        self._entered = False
        self._outer = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        """Calls `callable` with this context current; changes it makes stay here."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._outer = getattr(_per_thread, 'context', None)
        self._entered = True
        _per_thread.context = self
        try:
            return callable(*args, **kwargs)
        finally:
            _per_thread.context = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        twin = Context()
        twin._values = dict(self._values)
        return twin

    def _key(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        return self._values[self._key(var)]

    def __contains__(self, var):
        return self._key(var) in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def get(self, var, default=None):
        return self._values.get(self._key(var), default)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None

    def __repr__(self):
        return f'<_contextvars.Context object at {id(self):#x}>'


def copy_context():
    """A copy of the current context."""
    return _current().copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *default):
        """The value in the current context, else `default`, else the variable's default;
        LookupError when there is none."""
        if len(default) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(default)}')
        values = _current()._values
        if self in values:
            return values[self]
        if default:
            return default[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the value in the current context; the Token restores the previous one."""
        ctx = _current()
        old = ctx._values.get(self, _MISSING)
        ctx._values[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        """Restores the value a Token from this variable's set() replaced."""
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old is _MISSING:
            ctx._values.pop(self, None)
        else:
            ctx._values[self] = token._old

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        shown = f'<ContextVar name={self._name!r}'
        if self._default is not _MISSING:
            shown += f' default={self._default!r}'
        return shown + f' at {id(self):#x}>'

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Token:
    """What ContextVar.set returns: the variable, and the value it had before."""

    __slots__ = ('_context', '_var', '_old', '_used')

    MISSING = _MISSING

    def __init__(self, context, var, old):
        self._context = context
        self._var = var
        self._old = old
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


for _kind in (Context, ContextVar, Token):
    _kind.__module__ = '_contextvars'
del _kind
