"""Callback handles, and which event loop is current: the running loop of each thread, the loop
set for a thread, and the policy object that hands out new loops."""

__all__ = ('AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle', 'AbstractEventLoopPolicy',
           'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_child_watcher',
           'set_child_watcher', 'get_running_loop',
           '_get_running_loop', '_set_running_loop')

import contextvars
import reprlib
import threading


def _callable_name(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return name if name else repr(fn)


class Handle:
    """A callback scheduled on a loop, with its arguments; cancel() stops it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback  # None once cancelled
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._repr = None
        # The callback runs in a copy of the context it was scheduled from (or the one given).
        self._context = contextvars.copy_context() if context is None else context

    def _describe(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._callback:
            shown = ', '.join(reprlib.repr(a) for a in self._args or ())
            parts.append(f'{_callable_name(self._callback)}({shown})')
        return parts

    def __repr__(self):
        return '<' + ' '.join(self._describe()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as problem:
            where = f'Exception in callback {_callable_name(self._callback)}()'
            self._loop.call_exception_handler({'message': where, 'exception': problem, 'handle': self})
        self = None  # drop the reference to a failed callback's frame sooner


class TimerHandle(Handle):
    """A Handle due at a time on the loop's clock; ordered by that time."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _describe(self):
        parts = super()._describe()
        parts.insert(2 if self._cancelled else 1, f'when={self._when}')
        return parts

    def when(self):
        return self._when

    def __hash__(self):
        return hash(self._when)

    # Ordered by due time; equal when everything about them is the same.
    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        return (self < other or self == other) if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        return (self > other or self == other) if isinstance(other, TimerHandle) else NotImplemented

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        mine = (self._when, self._callback, self._args, self._cancelled)
        return mine == (other._when, other._callback, other._args, other._cancelled)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)  # the loop counts them to purge its heap
        super().cancel()


def _missing(self, *args, **kwargs):
    raise NotImplementedError


class AbstractEventLoop:
    """The interface of event loops (BaseEventLoop implements it)."""

    run_forever = run_until_complete = stop = is_running = is_closed = close = _missing


class AbstractServer:
    """The interface of the servers loop.create_server returns."""

    close = get_loop = is_serving = _missing

    async def start_serving(self):
        """Starts accepting connections (it does nothing if already serving)."""
        raise NotImplementedError

    async def serve_forever(self):
        """Accepts connections until the coroutine is cancelled, then closes the server."""
        raise NotImplementedError

    async def wait_closed(self):
        """Waits until the server is closed and its connections are gone."""
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


# ---- the running loop, per thread

class _PerThread(threading.local):
    running = None
    running_pid = None


_per_thread = _PerThread()


def _get_running_loop():
    """The loop running in this thread, or None."""
    return _per_thread.running


def _set_running_loop(running):
    _per_thread.running = running


def get_running_loop():
    """The loop running in this thread; RuntimeError when there is none."""
    loop = _per_thread.running
    if loop is None:
        raise RuntimeError('no running event loop')  # not called from a coroutine or callback
    return loop


# ---- the policy: which loop a thread uses when none runs

class AbstractEventLoopPolicy:
    """What hands out event loops: get_event_loop, set_event_loop, new_event_loop."""

    get_event_loop = set_event_loop = new_event_loop = _missing


class _ThreadLoops(threading.local):
    loop = None
    set_called = False


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one made on first use."""

    def __init__(self):
        self._threads = _ThreadLoops()
        self._watcher = None

    def get_event_loop(self):
        mine = self._threads
        if mine.loop is None and not mine.set_called and threading.current_thread() is threading.main_thread():
            mine.loop = self.new_event_loop()
            mine.set_called = True
        if mine.loop is None:
            name = threading.current_thread().name
            raise RuntimeError(f'There is no current event loop in thread {name!r}.')
        return mine.loop

    def set_event_loop(self, loop):
        _check_kind(loop, AbstractEventLoop, 'loop')
        self._threads.set_called = True
        self._threads.loop = loop

    def new_event_loop(self):
        from . import base_events
        return base_events.SelectorEventLoop()

    def get_child_watcher(self):
        """The watcher of child processes (a ThreadedChildWatcher, made on first use)."""
        if self._watcher is None:
            from . import unix_events
            self._watcher = unix_events.ThreadedChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        from . import unix_events
        _check_kind(watcher, unix_events.AbstractChildWatcher, 'watcher')
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher


_policy = None
_policy_lock = threading.Lock()


def get_event_loop_policy():
    global _policy
    if _policy is None:
        with _policy_lock:
            if _policy is None:
                _policy = DefaultEventLoopPolicy()
    return _policy


def _check_kind(obj, cls, what):
    if obj is None or isinstance(obj, cls):
        return
    raise TypeError(f"{what} must be an instance of {cls.__name__} or None, not '{type(obj).__name__}'")


def set_event_loop_policy(policy):
    global _policy
    _check_kind(policy, AbstractEventLoopPolicy, 'policy')
    _policy = policy


def get_event_loop():
    """The running loop if there is one, else this thread's loop (made on first use in the
    main thread)."""
    running = _per_thread.running
    if running is None:
        running = get_event_loop_policy().get_event_loop()
    return running


def set_event_loop(loop):
    """Makes `loop` this thread's loop (None: none)."""
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def get_child_watcher():
    """The child watcher of the current policy."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Sets the child watcher of the current policy."""
    return get_event_loop_policy().set_child_watcher(watcher)


def new_event_loop():
    """A new event loop (not made current)."""
    policy = get_event_loop_policy()
    return policy.new_event_loop()
