"""contextlib: helpers for `with` statements — contextmanager (a generator as a context manager),
ContextDecorator, closing, nullcontext, suppress, redirect_stdout/redirect_stderr, chdir, and
ExitStack (a dynamic stack of exit callbacks). and the asynchronous counterparts:
asynccontextmanager, AsyncContextDecorator, aclosing, AsyncExitStack."""

import abc
import os
import sys
from functools import wraps
from collections import deque
from types import GenericAlias

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'aclosing', 'chdir']


def _defines_all(cls, names):
    # True when every name is defined somewhere along cls's MRO (and not set to None there);
    # NotImplemented otherwise, which lets issubclass fall back to the usual rules.
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _bind(method, owner):
    # An __exit__ taken from the class, called as the bound method would be.
    return lambda *exc: method(owner, *exc)


class AbstractContextManager(abc.ABC):
    """Base for context managers: __enter__ gives back self; __exit__ must be supplied."""

    def __enter__(self):
        """Entering gives the manager itself."""
        return self

    @abc.abstractmethod
    def __exit__(self, kind, exc, tb):
        """Leaving lets the block's exception (if any) go on."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(other, ('__enter__', '__exit__'))


AbstractContextManager.__class_getitem__ = classmethod(GenericAlias)


class ContextDecorator:
    """Mixin for context managers that may also decorate a function: each call of the decorated
    function then runs inside the manager."""

    def _recreate_cm(self):
        # Each decorated call gets a manager of its own; plain managers can be reused as they are.
        return self

    def __call__(self, wrapped):
        @wraps(wrapped)
        def run_inside(*a, **kw):
            with self._recreate_cm():
                return wrapped(*a, **kw)
        return run_inside


class _FromGenerator:
    # What the (async) generator managers share: the generator made from the function and its
    # arguments, which are kept to make a fresh manager for each decorated call.

    def __init__(self, maker, a, kw):
        self._recipe = (maker, a, kw)
        self.gen = maker(*a, **kw)
        text = getattr(maker, '__doc__', None)
        self.__doc__ = type(self).__doc__ if text is None else text

    def _recreate_cm(self):
        return type(self)(*self._recipe)


class _GeneratorContextManager(_FromGenerator, ContextDecorator, AbstractContextManager):
    """What @contextmanager functions return: a generator driven by with."""

    def __enter__(self):
        # The recipe is no longer needed once the generator runs (and would keep objects alive).
        self._recipe = None
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, tb)
        except BaseException as failure:
            verdict = _thrown_outcome(failure, value, tb, StopIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


def _thrown_outcome(failure, value, tb, finished):
    # __exit__'s answer once throwing the block's exception `value` into the generator raised
    # `failure`: None means "let `failure` propagate".
    if isinstance(failure, finished):
        # The generator finished: the exception was swallowed unless it is this very one.
        return failure is not value
    if failure is value:
        failure.__traceback__ = tb
        return False
    # PEP 479 turns a StopIteration thrown in into RuntimeError: report the original.
    if (isinstance(failure, RuntimeError) and failure.__cause__ is value
            and isinstance(value, (StopIteration, StopAsyncIteration))):
        value.__traceback__ = tb
        return False
    return None


def contextmanager(genfunc):
    """@contextmanager decorator: the generator runs up to its yield on entry (what it yields is
    bound by `as`), and resumes on exit, with the block's exception thrown in at the yield."""
    @wraps(genfunc)
    def make_manager(*a, **kw):
        return _GeneratorContextManager(genfunc, a, kw)
    return make_manager


class closing(AbstractContextManager):
    """`with closing(x) as y`: y is x, and x.close() is called when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A manager that does nothing: entering gives `enter_result`, leaving changes nothing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        return None


class suppress(AbstractContextManager):
    """Swallows the given exception types raised in the block (execution goes on after it)."""

    def __init__(self, *kinds):
        self._kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, kind, exc, tb):
        return kind is not None and issubclass(kind, self._kinds)


class _StreamSwap(AbstractContextManager):
    # Replaces one of sys's streams for the block; re-entrant (a stack of the replaced ones).
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, *exc):
        previous = self._saved.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_StreamSwap):
    """sys.stdout is the given file for the duration of the block."""
    _stream = 'stdout'


class redirect_stderr(_StreamSwap):
    """sys.stderr is the given file for the duration of the block."""
    _stream = 'stderr'


class chdir(AbstractContextManager):
    """The working directory is `path` for the duration of the block (process-wide, so not
    something to use from several threads at once)."""

    def __init__(self, path):
        self.path = path
        self._back_to = []

    def __enter__(self):
        self._back_to.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc):
        where = self._back_to.pop()
        os.chdir(where)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks and context managers, unwound (last in, first out) when the
    `with` block of the stack ends or close() is called."""

    def __init__(self):
        self._hooks = deque()

    def pop_all(self):
        """Move every registered callback to a new stack (returned); this one is left empty."""
        heir = type(self)()
        heir._hooks = self._hooks
        self._hooks = deque()
        return heir

    def _add(self, hook):
        self._hooks.append(hook)

    def push(self, exit):
        """Add an __exit__-like callable (or an object with __exit__, whose method is added)."""
        try:
            method = type(exit).__exit__
        except AttributeError:
            self._add(exit)              # a bare callable, called as an __exit__ would be
        else:
            self._add(_bind(method, exit))
        return exit

    def enter_context(self, cm):
        """Enter `cm` now and add its __exit__ to the stack; gives what __enter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__enter__
            leave = kind.__exit__
        except AttributeError:
            what = f"{kind.__module__}.{kind.__qualname__}"
            raise TypeError(f"'{what}' object does not support the context manager protocol") from None
        entered = enter(cm)
        self._add(_bind(leave, cm))
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Add `callback(*args, **kwds)`, run when the stack unwinds (it cannot swallow errors)."""
        def run_callback(kind, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._add(run_callback)
        return callback

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # The exception being handled around the `with`, if any: chains stop there.
        outer = sys.exc_info()[1]
        swallowed = False
        must_raise = False
        while self._hooks:
            hook = self._hooks.pop()
            try:
                if hook(*exc_details):
                    swallowed = True
                    must_raise = False
                    exc_details = (None,) * 3
            except:
                fresh = sys.exc_info()
                _relink(fresh[1], exc_details[1], outer)
                must_raise = True
                exc_details = fresh
        if must_raise:
            _reraise(exc_details[1])
        return had_exception and swallowed


def _relink(new, old, outer):
    # Make `old` the context of the chain that `new` starts, without looping back to it and
    # without reaching past `outer`, what was already being handled around the stack.
    while True:
        ctx = new.__context__
        if ctx is None or ctx is old:
            return
        if ctx is outer:
            break
        new = ctx
    new.__context__ = old


def _reraise(pending):
    keep = pending.__context__
    try:
        raise pending
    except BaseException:
        # Raising sets __context__ to what is being handled here: put back ours.
        pending.__context__ = keep
        raise


# ---------------------------------------------------------------------------------------------
# The asynchronous counterparts

class AbstractAsyncContextManager(abc.ABC):
    """Base for asynchronous context managers: __aenter__ gives back self; __aexit__ must be
    supplied."""

    async def __aenter__(self):
        """Entering gives the manager itself."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, kind, exc, tb):
        """Leaving lets the block's exception (if any) go on."""
        return None

    @classmethod
    def __subclasshook__(cls, other):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _defines_all(other, ('__aenter__', '__aexit__'))


AbstractAsyncContextManager.__class_getitem__ = classmethod(GenericAlias)


class AsyncContextDecorator:
    """Mixin for asynchronous context managers that may also decorate a coroutine function."""

    def _recreate_cm(self):
        return self

    def __call__(self, wrapped):
        @wraps(wrapped)
        async def run_inside(*a, **kw):
            async with self._recreate_cm():
                return await wrapped(*a, **kw)
        return run_inside


class _AsyncGeneratorContextManager(_FromGenerator, AsyncContextDecorator,
                                    AbstractAsyncContextManager):
    """What @asynccontextmanager functions return: an async generator driven by async with."""

    async def __aenter__(self):
        self._recipe = None
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, tb)
        except BaseException as failure:
            verdict = _thrown_outcome(failure, value, tb, StopAsyncIteration)
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(genfunc):
    """@asynccontextmanager decorator: like contextmanager, for an async generator function
    used with `async with`."""
    @wraps(genfunc)
    def make_manager(*a, **kw):
        return _AsyncGeneratorContextManager(genfunc, a, kw)
    return make_manager


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(x) as y`: y is x, and `await x.aclose()` runs when the block ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc):
        await self.thing.aclose()


class _Awaited:
    # An exit hook of an AsyncExitStack that is a coroutine function.
    __slots__ = ('call',)

    def __init__(self, call):
        self.call = call


class AsyncExitStack(ExitStack, AbstractAsyncContextManager):
    """An ExitStack that also takes asynchronous context managers and callbacks; unwound by
    `async with` or aclose()."""

    async def enter_async_context(self, cm):
        """Enter the asynchronous context manager `cm` now and add its __aexit__."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            what = f"{kind.__module__}.{kind.__qualname__}"
            raise TypeError(f"'{what}' object does not support the asynchronous "
                            f"context manager protocol") from None
        entered = await enter(cm)
        self._add(_Awaited(_bind(leave, cm)))
        return entered

    def push_async_exit(self, exit):
        """Add a coroutine function with __aexit__'s signature (or an object's __aexit__)."""
        try:
            method = type(exit).__aexit__
        except AttributeError:
            self._add(_Awaited(exit))
        else:
            self._add(_Awaited(_bind(method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Add `await callback(*args, **kwds)`, run when the stack unwinds."""
        async def run_callback(kind, exc, tb):
            await callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._add(_Awaited(run_callback))
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        swallowed = False
        must_raise = False
        while self._hooks:
            hook = self._hooks.pop()
            try:
                if isinstance(hook, _Awaited):
                    verdict = await hook.call(*exc_details)
                else:
                    verdict = hook(*exc_details)
            except:
                fresh = sys.exc_info()
                _relink(fresh[1], exc_details[1], outer)
                must_raise = True
                exc_details = fresh
                continue
            if verdict:
                swallowed = True
                must_raise = False
                exc_details = (None,) * 3
        if must_raise:
            _reraise(exc_details[1])
        return had_exception and swallowed
