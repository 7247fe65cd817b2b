"""concurrent.futures: Future objects, wait() and as_completed(), and two executors —
ThreadPoolExecutor (worker threads taking work items from a SimpleQueue) and ProcessPoolExecutor
(on a multiprocessing.Pool). The submodules _base, thread and process are small stubs in
src/stdlib/mod.rs that take their names from here."""

import collections
import itertools
import os
import queue
import threading
import time
import weakref
from types import GenericAlias

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states, and how its repr names them.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_SHOWN_STATE = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_OVER = (CANCELLED_AND_NOTIFIED, FINISHED)      # what wait() and as_completed() count as done


class Error(Exception):
    """Base class of this package's exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The Future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """An executor can no longer run work (a worker failed to start, or died)."""


class BrokenThreadPool(BrokenExecutor):
    """A worker thread's initializer failed."""


class BrokenProcessPool(BrokenExecutor):
    """A worker process ended abruptly or its initializer failed."""


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


# ---------------------------------------------------------------------------------------------
# Waiters: what wait() and as_completed() hang on every future they watch

class _Waiter(object):
    def __init__(self):
        self.event = threading.Event()
        self.arrived = []

    def add_result(self, future):
        self.arrived.append(future)

    add_exception = add_cancelled = add_result


class _EachWaiter(_Waiter):
    # Wakes up at every finished future (as_completed collects them under the lock).
    def __init__(self):
        super().__init__()
        self.guard = threading.Lock()

    def add_result(self, future):
        with self.guard:
            self.arrived.append(future)
            self.event.set()

    add_exception = add_cancelled = add_result


class _FirstWaiter(_Waiter):
    def add_result(self, future):
        self.arrived.append(future)
        self.event.set()

    add_exception = add_cancelled = add_result


class _CountingWaiter(_Waiter):
    # Wakes up when `pending` futures are over, or at the first exception if asked to.
    def __init__(self, pending, stop_early):
        super().__init__()
        self.left = pending
        self.stop_early = stop_early
        self.guard = threading.Lock()

    def _one_less(self):
        with self.guard:
            self.left -= 1
            if not self.left:
                self.event.set()

    def add_result(self, future):
        self.arrived.append(future)
        self._one_less()

    def add_exception(self, future):
        self.arrived.append(future)
        if self.stop_early:
            self.event.set()
        else:
            self._one_less()

    def add_cancelled(self, future):
        self.arrived.append(future)
        self._one_less()


class _Locked(object):
    # Holds the conditions of several futures at once (in a fixed order: no deadlock).
    def __init__(self, futures):
        self.held = sorted(futures, key=id)

    def __enter__(self):
        for fut in self.held:
            fut._condition.acquire()

    def __exit__(self, *exc):
        for fut in self.held:
            fut._condition.release()


def _install_waiter(futures, mode):
    if mode == _AS_COMPLETED:
        waiter = _EachWaiter()
    elif mode == FIRST_COMPLETED:
        waiter = _FirstWaiter()
    else:
        pending = sum(f._state not in _OVER for f in futures)
        if mode == FIRST_EXCEPTION:
            waiter = _CountingWaiter(pending, stop_early=True)
        elif mode == ALL_COMPLETED:
            waiter = _CountingWaiter(pending, stop_early=False)
        else:
            raise ValueError("Invalid return condition: %r" % mode)
    for fut in futures:
        fut._waiters.append(waiter)
    return waiter


def _remove_waiter(futures, waiter):
    for fut in futures:
        with fut._condition:
            fut._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they finish (finished or cancelled), those already done
    first. TimeoutError if some are still running after `timeout` seconds from the call."""
    deadline = None if timeout is None else time.monotonic() + timeout
    watched = set(fs)
    total = len(watched)
    with _Locked(watched):
        ready = [f for f in watched if f._state in _OVER]
        pending = watched - set(ready)
        waiter = _install_waiter(watched, _AS_COMPLETED)
    try:
        for fut in ready:
            yield fut
        while pending:
            if deadline is None:
                left = None
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(left)
            with waiter.guard:
                batch = waiter.arrived
                waiter.arrived = []
                waiter.event.clear()
            for fut in batch:
                if fut in pending:
                    pending.discard(fut)
                    yield fut
    finally:
        _remove_waiter(watched, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs`: until all are over (ALL_COMPLETED), the first is over
    (FIRST_COMPLETED) or one raised (FIRST_EXCEPTION), or the timeout. Gives the named pair of
    sets (done, not_done)."""
    watched = set(fs)
    with _Locked(watched):
        done = {f for f in watched if f._state in _OVER}
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, watched - done)
        if return_when == FIRST_EXCEPTION and done:
            if any(not f.cancelled() and f.exception() is not None for f in done):
                return DoneAndNotDoneFutures(done, watched - done)
        if len(done) == len(watched):
            return DoneAndNotDoneFutures(done, set())
        waiter = _install_waiter(watched, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(watched, waiter)
    done.update(waiter.arrived)
    return DoneAndNotDoneFutures(done, watched - done)


# ---------------------------------------------------------------------------------------------
# Future

class Future(object):
    """The result of an asynchronous call: pending, then running, then finished (with a result
    or an exception), unless cancelled before it ran."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._callbacks = []

    def _run_callbacks(self):
        for hook in self._callbacks:
            self._call_back(hook)

    def _call_back(self, callback):
        try:
            callback(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            head = f'<{type(self).__name__} at {id(self):#x} state={_SHOWN_STATE[self._state]}'
            if self._state == FINISHED:
                if self._exception:
                    return f'{head} raised {type(self._exception).__name__}>'
                return f'{head} returned {type(self._result).__name__}>'
            return head + '>'

    def cancel(self):
        """Cancel a call that has not started: True if the future is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        """Whether the future was cancelled."""
        return self._state in _CANCELLED_STATES

    def running(self):
        """Whether the call is running now."""
        return self._state == RUNNING

    def done(self):
        """Whether the future is over: finished or cancelled."""
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception:
            failure = self._exception
            try:
                raise failure
            finally:
                failure = None      # no reference cycle through the traceback
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is over (now, if it already is)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._callbacks.append(fn)
                return
        self._call_back(fn)

    def _await(self, timeout):
        # Under the condition: wait once for the future to be over.
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value (raising its exception), waiting up to `timeout` seconds.
        CancelledError if cancelled, TimeoutError if not over in time."""
        try:
            with self._condition:
                self._await(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting like result()."""
        with self._condition:
            self._await(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running (True), or, if it was cancelled, tell the
        waiters so and give False."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """For executors: the call returned `result`."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors: the call raised `exception`."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------------------------------------
# Executor

def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor(object):
    """Base of the executors: submit() schedules a call and gives its Future."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); give a Future for its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made concurrently: the results come in order.
        All calls are submitted at once; a result not ready `timeout` seconds after this call
        raises TimeoutError."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()       # pop() from the end gives them in order
                while futures:
                    if deadline is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(), deadline - time.monotonic())
            finally:
                for left in futures:
                    left.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once the pending calls are done (waiting for them
        with wait=True; cancelling those not started with cancel_futures=True)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return False


# ---------------------------------------------------------------------------------------------
# ThreadPoolExecutor

# Every live worker thread and its queue: at exit they are told to stop, then joined.
_threads_queues = weakref.WeakKeyDictionary()
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    workers = list(_threads_queues.items())
    for _thread, inbox in workers:
        inbox.put(None)
    for thread, _inbox in workers:
        thread.join()


threading._register_atexit(_python_exit)


def _refuse_if_closed(broken, broken_kind, closed):
    # What submit() checks first, in both executors.
    if broken:
        raise broken_kind(broken)
    if closed:
        raise RuntimeError('cannot schedule new futures after shutdown')
    if _shutdown:
        raise RuntimeError('cannot schedule new futures after interpreter shutdown')


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as failure:
            self.future.set_exception(failure)
            self = None
        else:
            self.future.set_result(value)

    __class_getitem__ = classmethod(GenericAlias)


def _worker(pool_ref, inbox, initializer, initargs):
    # A worker thread: run items until told to stop (None), which it passes on to the others.
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _logger().critical('Exception in initializer:', exc_info=True)
            pool = pool_ref()
            if pool is not None:
                pool._initializer_failed()
            return
    try:
        while True:
            item = inbox.get(block=True)
            if item is not None:
                item.run()
                del item
                pool = pool_ref()
                if pool is not None:
                    pool._idle.release()
                del pool
                continue
            pool = pool_ref()
            if _shutdown or pool is None or pool._shutdown:
                if pool is not None:
                    pool._shutdown = True
                inbox.put(None)
                return
            del pool
    except BaseException:
        _logger().critical('Exception in worker', exc_info=True)


class ThreadPoolExecutor(Executor):
    """Runs calls in up to max_workers threads (default min(32, CPUs + 4)), started as work
    arrives and reused when idle."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._inbox = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._guard = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{self._counter()}"
        self._init_fn = initializer
        self._init_args = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._guard, _global_shutdown_lock:
            _refuse_if_closed(self._broken, BrokenThreadPool, self._shutdown)
            fut = Future()
            self._inbox.put(_WorkItem(fut, fn, args, kwargs))
            self._grow()
            return fut

    submit.__doc__ = Executor.submit.__doc__

    def _grow(self):
        # An idle worker will take the item; else start one more, up to the maximum.
        if self._idle.acquire(timeout=0):
            return
        count = len(self._threads)
        if count >= self._max_workers:
            return
        inbox = self._inbox

        def pool_gone(_, inbox=inbox):
            inbox.put(None)
        worker = threading.Thread(name=f'{self._thread_name_prefix or self}_{count}', target=_worker,
                                  args=(weakref.ref(self, pool_gone), inbox, self._init_fn,
                                        self._init_args))
        worker.start()
        self._threads.add(worker)
        _threads_queues[worker] = inbox

    def _drain(self, reason):
        # Take every queued item off; `reason(future)` deals with each one's future.
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                reason(item.future)

    def _initializer_failed(self):
        with self._guard:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            self._drain(lambda fut: fut.set_exception(BrokenThreadPool(self._broken)))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._guard:
            self._shutdown = True
            if cancel_futures:
                self._drain(Future.cancel)
            self._inbox.put(None)      # wakes one worker; each passes it on
        if wait:
            for worker in self._threads:
                worker.join()

    shutdown.__doc__ = Executor.shutdown.__doc__


# ---------------------------------------------------------------------------------------------
# ProcessPoolExecutor

_process_pools = weakref.WeakSet()


def _python_exit_processes():
    # Only in the process that made the pools (a forked worker inherits this hook too).
    for pool in list(_process_pools):
        if pool._owner_pid == os.getpid():
            pool.shutdown(wait=True)


threading._register_atexit(_python_exit_processes)


class ProcessPoolExecutor(Executor):
    """Runs calls in up to max_workers worker processes (default: the number of CPUs); the
    functions and arguments must be picklable or reachable from the main module."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._context = mp_context
        self._init_fn = initializer
        self._init_args = initargs
        self._task_limit = max_tasks_per_child
        self._pool = None
        self._queued = set()        # futures handed to the pool that have not started
        self._broken = False
        self._closed = False
        self._guard = threading.Lock()
        self._owner_pid = os.getpid()
        _process_pools.add(self)

    def _workers(self):
        if self._pool is None and not self._closed:
            import multiprocessing
            maker = self._context or multiprocessing
            self._pool = maker.Pool(self._max_workers, self._init_fn, self._init_args,
                                    self._task_limit)
        return self._pool

    def submit(self, fn, /, *args, **kwargs):
        # The workers are forked outside the lock: a child must not inherit it held.
        workers = self._workers()
        with self._guard:
            _refuse_if_closed(self._broken, BrokenProcessPool, self._closed)
            fut = Future()
            self._queued.add(fut)

            def started():
                # The pool answered: a future cancelled meanwhile takes no result.
                with self._guard:
                    self._queued.discard(fut)
                return fut.set_running_or_notify_cancel()

            def returned(value):
                if started():
                    fut.set_result(value)

            def raised(failure):
                if started():
                    fut.set_exception(failure)

            workers.apply_async(fn, args, kwargs, callback=returned, error_callback=raised)
            return fut

    submit.__doc__ = Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._guard:
            if self._closed and self._pool is None:
                return
            self._closed = True
            if cancel_futures:
                for fut in list(self._queued):
                    fut.cancel()
            pool = self._pool
        if pool is not None:
            pool.close()
            if wait:
                pool.join()
                self._pool = None
        _process_pools.discard(self)

    shutdown.__doc__ = Executor.shutdown.__doc__


# Where CPython defines them (it shows in reprs and tracebacks).
for _kind in (Error, CancelledError, InvalidStateError, BrokenExecutor, Future, Executor,
              DoneAndNotDoneFutures):
    _kind.__module__ = 'concurrent.futures._base'
for _kind in (ThreadPoolExecutor, BrokenThreadPool, _WorkItem):
    _kind.__module__ = 'concurrent.futures.thread'
for _kind in (ProcessPoolExecutor, BrokenProcessPool):
    _kind.__module__ = 'concurrent.futures.process'
del _kind

import concurrent.futures._base as _base_module       # noqa: E402 (the stub submodules)
import concurrent.futures.thread as _thread_module     # noqa: E402
import concurrent.futures.process as _process_module   # noqa: E402
del _base_module, _thread_module, _process_module
