"""Future: a result that will exist later, awaited by coroutines and completed by callbacks;
and wrap_future, which mirrors a concurrent.futures.Future (from another thread) on a loop."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import concurrent.futures as _cf
import reprlib as _reprlib
import sys

from . import events
from .exceptions import CancelledError, InvalidStateError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj behaves as an asyncio Future (a Future, a Task, or a look-alike)."""
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _callback_summary(callbacks):
    names = []
    for cb in callbacks:
        fn = cb[0]
        name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None) or repr(fn)
        names.append(name + '()')
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


class Future:
    """An eventual result. Coroutines `await` it; set_result / set_exception / cancel finish it
    and schedule its done-callbacks on its loop."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False
    # True while a coroutine waits on it through __await__ (the Task reads and resets it).
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_reprlib.repr(self._result)}')
        if self._callbacks:
            info.append(_callback_summary(self._callbacks))
        return info

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            made, self._cancelled_exc = self._cancelled_exc, None
            return made
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancels a pending future (True), or does nothing to a finished one (False)."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        waiting, self._callbacks = self._callbacks, []
        for fn, ctx in waiting:
            self._loop.call_soon(fn, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Calls fn(future) on the loop once the future is done (soon, if it is already)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Forgets every registration of fn; returns how many there were."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self  # the Task running us waits for this future
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _copy_outcome(source, target):
    """Moves a finished concurrent future's outcome onto an asyncio future (or the reverse)."""
    if target.done():
        return
    if source.cancelled():
        target.cancel()
        return
    problem = source.exception()
    if problem is not None:
        target.set_exception(problem)
    else:
        target.set_result(source.result())


def _chain(source, destination):
    """Completes `destination` when `source` completes; cancelling `destination` cancels `source`.
    Either may be an asyncio future or a concurrent.futures one (on another thread)."""
    src_loop = source._loop if isfuture(source) else None
    dst_loop = destination._loop if isfuture(destination) else None

    def deliver(done_source):
        if dst_loop is None or dst_loop is src_loop:
            _copy_outcome(done_source, destination)
        elif not dst_loop.is_closed():
            dst_loop.call_soon_threadsafe(_copy_outcome, done_source, destination)

    def propagate_cancel(done_destination):
        if not done_destination.cancelled():
            return
        if src_loop is None or src_loop is dst_loop:
            source.cancel()
        else:
            src_loop.call_soon_threadsafe(source.cancel)

    destination.add_done_callback(propagate_cancel)
    source.add_done_callback(deliver)


def wrap_future(future, *, loop=None):
    """An asyncio future on `loop` mirroring a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not isinstance(future, _cf.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    mirror = loop.create_future()
    _chain(future, mirror)
    return mirror
