"""threading: Thread objects and the synchronisation tools (Condition, Semaphore, Event, Barrier,
Timer) over the native `_thread` module, which gives the OS threads, the locks, thread identity,
thread-local storage and the hooks into gilpy's GIL statistics (`_set_name`, `_exiting`) and
traceback printing (`_print_exception`). At exit the interpreter calls `_shutdown()`, which runs
the `_register_atexit` callables and then waits for every non-daemon thread."""

import _thread
import sys as _sys
from _collections import deque as _deque
from _time import monotonic as _time
from itertools import count as _count

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id',
           'getprofile', 'gettrace']

from _thread import (start_new_thread as _start_new_thread, allocate_lock as _allocate_lock,
                     get_ident, get_native_id, error as ThreadError, TIMEOUT_MAX,
                     _local as local, RLock as _CRLock)

_HAVE_THREAD_NATIVE_ID = True
Lock = _allocate_lock


def RLock(*a, **kw):
    """A re-entrant lock: the thread holding it may take it again; each acquire needs a release."""
    return _CRLock(*a, **kw)


def _warn_renamed(old, new):
    import warnings
    warnings.warn(f'{old}() is deprecated, {new} instead', DeprecationWarning, stacklevel=3)


# ---------------------------------------------------------------------------------------------
# Hooks given to threads started from now on

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Install `func` as sys.settrace hook in every thread started after this call."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """The hook given by the last settrace()."""
    return _trace_hook


def setprofile(func):
    """Install `func` as sys.setprofile hook in every thread started after this call."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """The hook given by the last setprofile()."""
    return _profile_hook


_stack_size = 0


def stack_size(size=0):
    """The stack size of threads made from now on (0: the platform's default). gilpy threads grow
    their stacks as needed, so the value is only checked and remembered."""
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    previous, _stack_size = _stack_size, size
    return previous


# ---------------------------------------------------------------------------------------------
# Condition variables

class Condition:
    """A condition variable over a lock (a new RLock by default): wait() gives up the lock until
    notify()/notify_all() from another thread, or the timeout."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A re-entrant lock must be given up entirely while waiting, and taken back to the same
        # depth: its own helpers do that. A plain lock gets the simple versions below.
        for helper in ('_release_save', '_acquire_restore', '_is_owned'):
            own = getattr(lock, helper, None)
            if own is not None:
                setattr(self, helper, own)
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: "owned" means it cannot be taken right now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or `timeout` seconds passed, take the lock
        back. False when the wait timed out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                try:
                    self._waiters.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (checked first, and after each wake-up), or until the
        timeout. Gives the predicate's last value."""
        deadline = None
        left = timeout
        verdict = predicate()
        while not verdict:
            if left is not None:
                if deadline is None:
                    deadline = _time() + left
                else:
                    left = deadline - _time()
                if left <= 0:
                    break
            self.wait(left)
            verdict = predicate()
        return verdict

    def notify(self, n=1):
        """Wake up to `n` of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        queue = self._waiters
        while queue and n > 0:
            gate = queue[0]
            try:
                gate.release()
            except RuntimeError:
                pass        # already woken by a timeout race: not counted
            else:
                n -= 1
            try:
                queue.remove(gate)
            except ValueError:
                pass

    def notify_all(self):
        """Wake every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated name of notify_all()."""
        _warn_renamed('notifyAll', 'use notify_all()')
        self.notify_all()


# ---------------------------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """A counter that acquire() decrements (waiting while it is zero) and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cv = Condition(Lock())
        self._value = value

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Take one unit: True once taken; False when not blocking or timed out."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cv:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cv.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back `n` units, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cv:
            self._value += n
            self._cv.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        kind = type(self)
        return (f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Give back `n` units; more than were taken is a ValueError."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cv:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cv.notify(n)


# ---------------------------------------------------------------------------------------------
# Events

class Event:
    """A flag threads can wait for: set() wakes every waiter, clear() lowers it again."""

    def __init__(self):
        self._cv = Condition(Lock())
        self._flag = False

    def __repr__(self):
        kind = type(self)
        state = 'set' if self._flag else 'unset'
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {state}>"

    def _at_fork_reinit(self):
        self._cv._at_fork_reinit()

    def is_set(self):
        """Whether the flag is raised."""
        return self._flag

    def isSet(self):
        """Deprecated name of is_set()."""
        _warn_renamed('isSet', 'use is_set()')
        return self.is_set()

    def set(self):
        """Raise the flag and wake all waiters."""
        with self._cv:
            self._flag = True
            self._cv.notify_all()

    def clear(self):
        """Lower the flag."""
        with self._cv:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is raised or the timeout passes; gives the flag."""
        with self._cv:
            raised = self._flag
            if not raised:
                raised = self._cv.wait(timeout)
            return raised


# ---------------------------------------------------------------------------------------------
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# Barrier phases.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """A meeting point for a fixed number of threads: each wait() blocks until `parties` threads
    are waiting, then all go on (one of them first runs `action`)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cv = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0

    def __repr__(self):
        kind = type(self)
        where = f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}"
        if self.broken:
            return where + ": broken>"
        return where + f": waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the other parties; gives this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cv:
            self._await_filling()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _await_filling(self):
        # Threads arriving while the previous round drains (or a reset runs) wait for it.
        while self._phase in (_DRAINING, _RESETTING):
            self._cv.wait()
        if self._phase < 0:
            raise BrokenBarrierError

    def _trip(self):
        # The last party: run the action, then let everybody go.
        try:
            if self._action:
                self._action()
            self._phase = _DRAINING
            self._cv.notify_all()
        except:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cv.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a drained (or reset) round opens the barrier for the next one.
        if self._count == 0 and self._phase in (_RESETTING, _DRAINING):
            self._phase = _FILLING
            self._cv.notify_all()

    def reset(self):
        """Back to the initial state; threads waiting now get BrokenBarrierError."""
        with self._cv:
            if self._count > 0:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cv.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise BrokenBarrierError."""
        with self._cv:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cv.notify_all()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting now."""
        return self._count if self._phase == _FILLING else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._phase == _BROKEN


# ---------------------------------------------------------------------------------------------
# The thread registry

_active_limbo_lock = RLock()
_active = {}        # ident -> Thread, for threads that are running
_limbo = {}         # Thread -> Thread, for threads started but not yet running
_counter = _count(1).__next__

# The done-locks of the running non-daemon threads: _shutdown waits on each.
_nondaemon_guard = _allocate_lock()
_nondaemon_done = set()


def _newname(template="Thread-%d"):
    return template % _counter()


# ---------------------------------------------------------------------------------------------
# Uncaught exceptions in threads

class ExceptHookArgs(tuple):
    """What threading.excepthook is called with: (exc_type, exc_value, exc_traceback, thread)."""

    def __new__(cls, fields):
        fields = tuple(fields)
        if len(fields) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(fields)}-sequence given)")
        return tuple.__new__(cls, fields)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))


ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'


def _show_exception(exc_type, exc_value, exc_tb, stream):
    if exc_value is None:
        print(exc_type.__name__, file=stream, flush=True)
    elif stream is _sys.__stderr__:
        _thread._print_exception(exc_value)
    elif exc_tb is not exc_value.__traceback__:
        import traceback
        traceback.print_exception(exc_type, exc_value, exc_tb, file=stream)
    else:
        _thread._print_exception(exc_value, stream)


def excepthook(args, /):
    """The default handling of an exception that ends a thread: its traceback on stderr,
    after "Exception in thread NAME:" (SystemExit is ignored)."""
    if args.exc_type == SystemExit:
        return
    stream = _sys.stderr if _sys is not None else None
    if stream is None and args.thread is not None:
        stream = args.thread._stderr
    if stream is None:
        return
    who = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {who}:", file=stream, flush=True)
    _show_exception(args.exc_type, args.exc_value, args.exc_traceback, stream)
    stream.flush()


__excepthook__ = excepthook


def _report_uncaught(thread):
    # Called in the failing thread, inside its `except`: hand the exception to threading's hook;
    # if the hook itself fails, say so and fall back on sys.excepthook.
    try:
        hook = excepthook if excepthook is not None else __excepthook__
        hook(ExceptHookArgs([*_sys.exc_info(), thread]))
    except Exception as failure:
        failure.__suppress_context__ = True
        stream = _sys.stderr if _sys.stderr is not None else thread._stderr
        print("Exception in threading.excepthook:", file=stream, flush=True)
        fallback = getattr(_sys, 'excepthook', None) or getattr(_sys, '__excepthook__', None)
        if fallback is not None:
            fallback(*_sys.exc_info())
        else:
            _show_exception(type(failure), failure, failure.__traceback__, stream)
        del failure


# ---------------------------------------------------------------------------------------------
# Threads

class Thread:
    """A thread of control: give a `target` callable (with `args` and `kwargs`) or override
    run(), then start() it. join() waits for it to end."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name += f" ({label})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._done = None           # held by the thread while it runs (join waits on it)
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def _need_init(self):
        assert self._initialized, "Thread.__init__() not called"

    def _take_identity(self):
        # Called in the thread itself.
        self._ident = get_ident()
        self._native_id = get_native_id()

    def _reset_internal_locks(self, is_alive):
        # After fork: the parent's locks may be held by threads that no longer exist.
        self._started._at_fork_reinit()
        if is_alive:
            if self._done is not None:
                self._done._at_fork_reinit()
                self._done.acquire()
        else:
            self._is_stopped = True
            self._done = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        state = "started" if self._started.is_set() else "initial"
        self.is_alive()
        if self._is_stopped:
            state = "stopped"
        if self._daemonic:
            state += " daemon"
        if self._ident is not None:
            state += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {state})>"

    def start(self):
        """Start the thread's run() in a new thread of control (once per Thread object)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """What the thread does: by default calls the target with the given arguments."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # The thread object may outlive the run: do not keep the arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # A daemon thread may still run while the interpreter goes down: stay quiet then.
            if self._daemonic and _sys is None:
                return
            raise

    def _bootstrap_inner(self):
        self._take_identity()
        _thread._set_name(self._name)
        done = _allocate_lock()
        done.acquire()
        self._done = done
        if not self._daemonic:
            with _nondaemon_guard:
                _nondaemon_done.add(done)
        with _active_limbo_lock:
            _active[self._ident] = self
            _limbo.pop(self, None)
        self._started.set()
        # The hooks go on after the start is announced, so they see run() first (as CPython).
        if _trace_hook is not None:
            _sys.settrace(_trace_hook)
        if _profile_hook is not None:
            _sys.setprofile(_profile_hook)
        try:
            try:
                self.run()
            except:
                _report_uncaught(self)
        finally:
            self._delete()

    def _delete(self):
        # The thread's last steps: out of the registry, statistics flushed, joiners released.
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
        _thread._exiting()
        self._is_stopped = True
        done = self._done
        if done is not None:
            with _nondaemon_guard:
                _nondaemon_done.discard(done)
            done.release()

    def join(self, timeout=None):
        """Wait until the thread ends, or at most `timeout` seconds (then see is_alive())."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        done = self._done
        if self._is_stopped or done is None:
            return
        if timeout is None:
            got = done.acquire()
        else:
            got = done.acquire(True, max(timeout, 0))
        if got:
            done.release()

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        self._need_init()
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        """The thread's name (need not be unique)."""
        self._need_init()
        return self._name

    @name.setter
    def name(self, name):
        self._need_init()
        self._name = str(name)
        if self._ident is not None and self._ident == get_ident():
            _thread._set_name(self._name)

    @property
    def ident(self):
        """The thread's identifier from get_ident(), None before it starts."""
        self._need_init()
        return self._ident

    @property
    def native_id(self):
        """The operating system's id for the thread, None before it starts."""
        self._need_init()
        return self._native_id

    @property
    def daemon(self):
        """Daemon threads are not waited for when the program ends."""
        self._need_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter of `daemon`."""
        _warn_renamed('isDaemon', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter of `daemon`."""
        _warn_renamed('setDaemon', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter of `name`."""
        _warn_renamed('getName', 'get the name attribute')
        return self.name

    def setName(self, name):
        """Deprecated setter of `name`."""
        _warn_renamed('setName', 'set the name attribute')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds, unless cancel()
    comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _enlist(thread):
    # A thread that was running before threading knew of it: mark it started and register it.
    thread._started.set()
    thread._take_identity()
    with _active_limbo_lock:
        _active[thread._ident] = thread


class _MainThread(Thread):
    # The thread the program started in.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._done = _allocate_lock()
        self._done.acquire()
        _enlist(self)


class _DummyThread(Thread):
    # Stands for a thread started directly with _thread: always alive, daemonic, not joinable.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        _enlist(self)

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not made by threading)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated name of current_thread()."""
    _warn_renamed('currentThread', 'use current_thread()')
    return current_thread()


def active_count():
    """How many Thread objects are alive (started and not finished)."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated name of active_count()."""
    _warn_renamed('activeCount', 'use active_count()')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """The Thread objects alive now: the main thread, started threads, dummy threads."""
    with _active_limbo_lock:
        return _enumerate()


def main_thread():
    """The Thread object of the thread the interpreter started in."""
    return _main_thread


# ---------------------------------------------------------------------------------------------
# Exit and fork

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) when the main thread ends, before non-daemon threads are joined
    (later registrations run first)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: the threading atexit hooks, then wait for every
    non-daemon thread to finish."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for hook in reversed(_threading_atexits):
        hook()
    main = _main_thread
    main._is_stopped = True
    if main._done is not None and main._done.locked():
        main._done.release()
    # Threads may start more threads while we wait: loop until none is left.
    while True:
        with _nondaemon_guard:
            pending = list(_nondaemon_done)
            _nondaemon_done.clear()
        if not pending:
            break
        for done in pending:
            done.acquire()
            done.release()


def _after_fork():
    """In a forked child: only the thread that forked survives; everything else is stopped and
    the registry and locks are made anew."""
    global _active_limbo_lock, _main_thread, _nondaemon_guard, _nondaemon_done
    _active_limbo_lock = RLock()
    _nondaemon_guard = _allocate_lock()
    _nondaemon_done = set()
    me = _active.get(get_ident())
    if me is None:
        me = _MainThread()
    _main_thread = me
    survivors = {}
    with _active_limbo_lock:
        for thread in set(_enumerate()):
            if thread is me:
                thread._reset_internal_locks(True)
                thread._take_identity()
                survivors[thread._ident] = thread
            else:
                thread._reset_internal_locks(False)
        _limbo.clear()
        _active.clear()
        _active.update(survivors)


_main_thread = _MainThread()
