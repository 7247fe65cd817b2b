"""Tasks (a coroutine stepped by the loop, each step until it waits on a future) and the
functions that combine awaitables: sleep, gather, wait, wait_for, as_completed, shield,
ensure_future, run_coroutine_threadsafe, current_task and all_tasks."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks')

import concurrent.futures
import contextvars
import itertools

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .exceptions import CancelledError, InvalidStateError

FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED

_task_numbers = itertools.count(1)
# Tasks not finished yet (all_tasks), and the task each running loop is stepping.
_unfinished = set()
_stepping = {}


def current_task(loop=None):
    """The task running on `loop` (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _stepping.get(loop)


def all_tasks(loop=None):
    """The set of the loop's tasks that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_unfinished) if t._loop is loop and not t.done()}


def _enter_task(loop, task):
    running = _stepping.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {running!r} is being executed.')
    _stepping[loop] = task


def _leave_task(loop, task):
    running = _stepping.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {running!r}.')
    del _stepping[loop]


def _coroutine_summary(coro, code):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    frame = getattr(coro, 'cr_frame', None)
    if frame is not None:
        return f'{name}() running at {frame.f_code.co_filename}:{frame.f_lineno}'
    if code is not None:
        return f'{name}() done, defined at {code.co_filename}:{code.co_firstlineno}'
    return f'{name}()'


class Task(futures.Future):
    """Runs a coroutine on the loop: each step sends into it (or throws an exception into it)
    until it waits on a future, whose completion schedules the next step."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._coro_code = getattr(coro, 'cr_code', None)
        self._name = f'Task-{next(_task_numbers)}' if name is None else str(name)
        self._waiting_on = None
        # cancel() was called while no future was being awaited: the next step throws.
        self._cancel_pending = False
        self._cancel_requests = 0
        # Every step runs in the task's context: a copy of the creator's unless one is given.
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._advance, context=self._context)
        _unfinished.add(self)

    def _repr_info(self):
        info = [self._state.lower()]
        if self._cancel_pending:
            info[0] = 'cancelling'
        info.append(f'name={self._name!r}')
        info.append(f'coro=<{_coroutine_summary(self._coro, self._coro_code)}>')
        if self._state == futures._FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={futures._reprlib.repr(self._result)}')
        if self._waiting_on is not None:
            info.append(f'wait_for={self._waiting_on!r}')
        if self._callbacks:
            info.append(futures._callback_summary(self._callbacks))
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None else [frame]

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        """Asks the coroutine to stop: CancelledError is raised where it waits."""
        self._log_traceback = False
        if self.done():
            return False
        self._cancel_requests += 1
        if self._waiting_on is not None and self._waiting_on.cancel(msg=msg):
            # The awaited future's CancelledError wakes the coroutine up.
            return True
        self._cancel_pending = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def _advance(self, problem=None):
        """One step of the coroutine."""
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {problem!r}')
        if self._cancel_pending:
            if not isinstance(problem, CancelledError):
                problem = self._make_cancelled_error()
            self._cancel_pending = False
        self._waiting_on = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            if problem is None:
                awaited = self._coro.send(None)
            else:
                awaited = self._coro.throw(problem)
        except StopIteration as finished:
            if self._cancel_pending:
                # Cancelled while finishing: it ends cancelled all the same.
                self._cancel_pending = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(finished.value)
        except CancelledError as stopped:
            self._cancelled_exc = stopped
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            raise
        except BaseException as failure:
            super().set_exception(failure)
        else:
            self._wait_on(awaited)
        finally:
            _leave_task(loop, self)
            if self.done():
                _unfinished.discard(self)
        problem = None

    def _wait_on(self, awaited):
        """The coroutine yielded `awaited`: wake up when it is done."""
        loop = self._loop
        blocking = getattr(awaited, '_asyncio_future_blocking', None)
        if blocking is None:
            if awaited is None:
                # A bare yield (sleep(0)): let the other callbacks run first.
                loop.call_soon(self._advance, context=self._context)
            else:
                loop.call_soon(self._advance, RuntimeError(f'Task got bad yield: {awaited!r}'), context=self._context)
            return
        if awaited.get_loop() is not loop:
            wrong = RuntimeError(f'Task {self!r} got Future {awaited!r} attached to a different loop')
        elif not blocking:
            wrong = RuntimeError(f'yield was used instead of yield from in task {self!r} with {awaited!r}')
        elif awaited is self:
            wrong = RuntimeError(f'Task cannot await on itself: {self!r}')
        else:
            awaited._asyncio_future_blocking = False
            awaited.add_done_callback(self._resume, context=self._context)
            self._waiting_on = awaited
            if self._cancel_pending and awaited.cancel(msg=self._cancel_message):
                self._cancel_pending = False
            return
        loop.call_soon(self._advance, wrong, context=self._context)

    def _resume(self, awaited):
        try:
            awaited.result()
        except BaseException as problem:
            self._advance(problem)
        else:
            self._advance()


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine as a Task on the running loop."""
    return events.get_running_loop().create_task(coro, name=name, context=context)


def _finish_unless_done(fut, value=None):
    if not fut.done():
        fut.set_result(value)


class _YieldOnce:
    """Awaiting it yields once to the loop (what sleep(0) does)."""

    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Waits `delay` seconds (at least one turn of the loop), then returns `result`."""
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    wake = loop.create_future()
    timer = loop.call_later(delay, _finish_unless_done, wake, result)
    try:
        return await wake
    finally:
        timer.cancel()


async def _await_it(awaitable):
    return await awaitable


def ensure_future(obj, *, loop=None):
    """A future for obj: itself if it is one, a Task for a coroutine or another awaitable."""
    if futures.isfuture(obj):
        if loop is not None and loop is not obj.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return obj
    if not coroutines.iscoroutine(obj):
        if not hasattr(type(obj), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(obj)


class _GatheredFuture(futures.Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            self._cancel_asked = True
        return any_cancelled


def gather(*aws, return_exceptions=False):
    """A future of the list of the awaitables' results, in their order. The first error
    finishes it (unless return_exceptions, which puts errors in the list instead)."""
    if not aws:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty
    loop = None
    by_identity = {}
    children = []
    for aw in aws:
        fut = by_identity.get(id(aw))
        if fut is None:
            fut = ensure_future(aw, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            by_identity[id(aw)] = fut
        children.append(fut)
    distinct = {id(f): f for f in children}
    outstanding = len(distinct)
    outer = _GatheredFuture(children, loop=loop)

    def child_done(child):
        nonlocal outstanding
        outstanding -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()  # seen: no "never retrieved" report
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            problem = child.exception()
            if problem is not None:
                outer.set_exception(problem)
                return
        if outstanding:
            return
        results = []
        for c in children:
            if c.cancelled():
                results.append(CancelledError('' if c._cancel_message is None else c._cancel_message))
            else:
                problem = c.exception()
                results.append(c.result() if problem is None else problem)
        if outer._cancel_asked:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result(results)

    for fut in distinct.values():
        fut.add_done_callback(child_done)
    return outer


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures until return_when says; the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait_for_set(fs, timeout, return_when, loop)


def _enough(fs, return_when):
    done = [f for f in fs if f.done()]
    if len(done) == len(fs):
        return True
    if return_when == FIRST_COMPLETED:
        return bool(done)
    if return_when == FIRST_EXCEPTION:
        return any(not f.cancelled() and f.exception() is not None for f in done)
    return False


async def _wait_for_set(fs, timeout, return_when, loop):
    if not _enough(fs, return_when):
        wake = loop.create_future()
        timer = None
        if timeout is not None:
            timer = loop.call_later(timeout, _finish_unless_done, wake)

        def on_done(f):
            if not wake.done() and _enough(fs, return_when):
                wake.set_result(None)

        for f in fs:
            f.add_done_callback(on_done)
        try:
            await wake
        finally:
            if timer is not None:
                timer.cancel()
            for f in fs:
                f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def _cancel_and_wait(fut):
    """Cancels fut and waits until it has finished (not itself cancellable meanwhile)."""
    finished = fut.get_loop().create_future()

    def release(_fut):
        _finish_unless_done(finished)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it after `timeout` seconds (then TimeoutError)."""
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as stopped:
            raise exceptions.TimeoutError() from stopped
    from . import timeouts
    async with timeouts.timeout(timeout):
        return await fut


def as_completed(fs, *, timeout=None):
    """Coroutines to await in turn, each giving the next result to come in."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    loop = events.get_event_loop()
    pending = {ensure_future(f, loop=loop) for f in set(fs)}
    arrivals = Queue()
    timer = None

    def on_done(f):
        if f not in pending:
            return
        pending.discard(f)
        arrivals.put_nowait(f)
        if not pending and timer is not None:
            timer.cancel()

    def on_timeout():
        for f in pending:
            f.remove_done_callback(on_done)
            arrivals.put_nowait(None)
        pending.clear()

    for f in pending:
        f.add_done_callback(on_done)
    if pending and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)

    async def next_result():
        f = await arrivals.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for _ in range(len(pending)):
        yield next_result()


_shielded = set()


def shield(arg):
    """A future for arg that can be cancelled without cancelling arg itself."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    _shielded.add(inner)

    def inner_done(inner):
        _shielded.discard(inner)
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
            return
        problem = inner.exception()
        if problem is not None:
            outer.set_exception(problem)
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)
            _shielded.discard(inner)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Runs coro on `loop` (from another thread); a concurrent.futures.Future of its result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    result = concurrent.futures.Future()

    def start():
        try:
            futures._chain(ensure_future(coro, loop=loop), result)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as problem:
            if result.set_running_or_notify_cancel():
                result.set_exception(problem)
            raise

    loop.call_soon_threadsafe(start)
    return result
