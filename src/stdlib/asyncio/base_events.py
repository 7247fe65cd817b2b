"""The event loop: a queue of ready callbacks, a heap of timers, and a selector for file
descriptors (plus a socket pair, so that other threads can wake the loop up). Coroutines run on
it as Tasks; blocking functions go to a thread pool (run_in_executor)."""

__all__ = ('BaseEventLoop', 'Server')

import collections
from concurrent.futures import ThreadPoolExecutor as _ThreadPool
import heapq
import os
import selectors
import socket
import sys
import threading
import time
import traceback
from .events import _get_running_loop as _running_here
from .events import _set_running_loop as _mark_running

from . import coroutines
from . import events
from . import futures
from . import tasks
from .pipe_transports import _PipeMethods
from .selector_connections import _ConnectionMethods
from .servers import Server

# A cancelled timer stays in the heap until it comes up, unless they are this many and more than
# half of the heap: then the heap is rebuilt without them.
_PURGE_AT_LEAST = 100

# Errors that go on up through the loop rather than to its exception handler.
_FATAL = (SystemExit, KeyboardInterrupt)
# What a non-blocking socket raises when it has to wait.
_WOULD_BLOCK = (BlockingIOError, InterruptedError)


def _clock_resolution():
    try:
        return time.get_clock_info('monotonic').resolution
    except (AttributeError, ValueError):
        return 1e-09


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._runnable = collections.deque()
        self._timers = []
        self._cancelled_timers = 0
        self._stopping = False
        self._closed = False
        self._owner_thread = None
        self._debug = False
        self._error_handler = None
        self._make_task = None
        self._pool = None
        self._pool_closed = False
        self._async_generators = set()
        self._agens_closed = False
        self._clock_tick = _clock_resolution()

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- state

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._owner_thread is not None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        """The loop's clock (time.monotonic)."""
        return time.monotonic()

    # ---- scheduling callbacks

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = events.Handle(callback, args, self, context)
        self._runnable.append(h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')  # as call_at's check, worded for delays
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context=context)
        heapq.heappush(self._timers, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, timer):
        if timer._scheduled:
            self._cancelled_timers += 1

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from any thread: the loop is woken up if it waits."""
        self._check_closed()
        h = events.Handle(callback, args, self, context)
        self._runnable.append(h)
        self._wake_up()
        return h

    def _wake_up(self):
        pass

    # ---- futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._make_task is not None:
            made = self._make_task(self, coro)
            if name is not None:
                made.set_name(name)
            return made
        return tasks.Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._make_task = factory

    def get_task_factory(self):
        return self._make_task  # None: plain Tasks

    # ---- running

    def _enter_running(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _running_here() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._owner_thread = threading.get_ident()
        _mark_running(self)

    def _leave_running(self):
        self._stopping = False
        self._owner_thread = None
        _mark_running(None)

    def run_forever(self):
        """Runs callbacks until stop() is called."""
        self._enter_running()
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._leave_running()

    def run_until_complete(self, future):
        """Runs until `future` (a future, or a coroutine made a task) is done; its result."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)  # a coroutine becomes a Task

        def stop_loop(done):
            done.get_loop().stop()

        future.add_done_callback(stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                # The error came out of the loop; the task's own is not reported again.
                future.exception()
            raise
        finally:
            future.remove_done_callback(stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stops run_forever after the callbacks already due have run."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._runnable.clear()
        self._timers.clear()
        executor, self._pool = self._pool, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _run_once(self):
        """One turn: wait for I/O (no longer than the next timer), then run what is due."""
        timers = self._timers
        if self._cancelled_timers > _PURGE_AT_LEAST and self._cancelled_timers * 2 > len(timers):
            live = [t for t in timers if not t._cancelled]
            for t in timers:
                if t._cancelled:
                    t._scheduled = False
            heapq.heapify(live)
            self._timers = timers = live
            self._cancelled_timers = 0
        else:
            while timers and timers[0]._cancelled:
                self._cancelled_timers -= 1
                heapq.heappop(timers)._scheduled = False

        if self._stopping or self._runnable:
            wait = 0
        elif timers:
            wait = min(max(0, timers[0]._when - self.time()), 86400)
        else:
            wait = None
        self._poll(wait)

        deadline = self.time() + self._clock_tick
        while timers and timers[0]._when < deadline:
            timer = heapq.heappop(timers)
            timer._scheduled = False
            if timer._cancelled:
                self._cancelled_timers -= 1
            else:
                self._runnable.append(timer)

        # Only what is ready now: callbacks these add wait for the next turn.
        for _ in range(len(self._runnable)):
            due = self._runnable.popleft()
            if not due._cancelled:
                due._run()
        due = None

    def _poll(self, timeout):
        if timeout:
            time.sleep(timeout)

    # ---- threads

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in a thread pool; an asyncio future of its result."""
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError('coroutines cannot be used with run_in_executor()')
        if executor is None:
            executor = self._pool
            if self._pool_closed:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = _ThreadPool(thread_name_prefix='asyncio')
                self._pool = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        if not isinstance(executor, _ThreadPool):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._pool = executor

    async def shutdown_default_executor(self):
        """Waits (in a helper thread) for the default executor's threads to finish."""
        self._pool_closed = True
        executor = self._pool
        if executor is None:
            return
        finished = self.create_future()

        def shut():
            try:
                executor.shutdown(wait=True)
            finally:
                if not self.is_closed():
                    self.call_soon_threadsafe(_finish_unless_done, finished)

        helper = threading.Thread(target=shut)
        helper.start()
        try:
            await finished
        finally:
            helper.join()

    # ---- async generators

    def _asyncgen_firstiter_hook(self, agen):
        self._async_generators.add(agen)

    async def shutdown_asyncgens(self):
        """Closes the async generators still open (those the loop was told about)."""
        self._agens_closed = True
        open_ones, self._async_generators = list(self._async_generators), set()
        if not open_ones:
            return
        outcomes = await tasks.gather(*[ag.aclose() for ag in open_ones], return_exceptions=True)
        for outcome, agen in zip(outcomes, open_ones):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    # ---- errors in callbacks

    def get_exception_handler(self):
        return self._error_handler  # None: the default handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._error_handler = handler

    def default_exception_handler(self, context):
        """Prints the message and the details of an error no one else handles."""
        message = context.get('message') or 'Unhandled exception in event loop'
        problem = context.get('exception')
        lines = [message]
        for key in sorted(context.keys()):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        if problem is not None:
            text += '\n' + ''.join(traceback.format_exception(type(problem), problem, problem.__traceback__)).rstrip('\n')
        sys.stdout.flush()
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._error_handler is None:
            try:
                self.default_exception_handler(context)
            except _FATAL:
                raise
            except BaseException:
                pass
            return
        try:
            self._error_handler(self, context)
        except _FATAL:
            raise
        except BaseException as problem:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': problem,
                    'context': context,
                })
            except _FATAL:
                raise
            except BaseException:
                pass


def _finish_unless_done(fut, value=None):
    if not fut.done():
        fut.set_result(value)


# What the selector holds for the wake-up socket, in place of a reader's handle.
_WAKER = object()


class _UnixSelectorEventLoop(_ConnectionMethods, _PipeMethods, BaseEventLoop):
    """The loop on a selector (epoll): readers and writers of file descriptors, and the
    self-pipe call_soon_threadsafe writes to."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = selector if selector is not None else selectors.DefaultSelector()
        self._waker_read, self._waker_write = socket.socketpair()
        self._waker_read.setblocking(False)
        self._waker_write.setblocking(False)
        self._selector.register(self._waker_read.fileno(), selectors.EVENT_READ, (_WAKER, None))

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        super().close()
        if self._waker_read is not None:
            try:
                self._selector.unregister(self._waker_read.fileno())
            except (KeyError, ValueError, OSError):
                pass
            self._waker_read.close()
            self._waker_write.close()
            self._waker_read = self._waker_write = None
        self._selector.close()

    def _wake_up(self):
        writer = self._waker_write
        if writer is None:
            return
        try:
            writer.send(b'\0')
        except OSError:
            pass  # full: the loop has wake-ups pending anyway

    def _drain_waker(self):
        while True:
            try:
                if not self._waker_read.recv(4096):
                    break
            except _WOULD_BLOCK:
                break
            except OSError:
                break

    def _poll(self, timeout):
        for key, mask in self._selector.select(timeout):
            reader, writer = key.data
            if reader is not None and mask & selectors.EVENT_READ:
                if reader is _WAKER:
                    self._drain_waker()
                elif not reader._cancelled:
                    self._runnable.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None and not writer._cancelled:
                self._runnable.append(writer)

    # ---- readers and writers

    @staticmethod
    def _fd_of(fileobj):
        if type(fileobj) is int or isinstance(fileobj, int):
            return int(fileobj)
        try:
            return int(fileobj.fileno())
        except (TypeError, ValueError, AttributeError):
            raise ValueError(f'Invalid file object: {fileobj!r}') from None

    def _watch(self, fd, slot, handle):
        fd = self._fd_of(fd)
        try:
            key = self._selector.get_key(fd)  # KeyError: not watched yet
        except KeyError:
            pair = [None, None]
            pair[slot] = handle
            mask = selectors.EVENT_READ if slot == 0 else selectors.EVENT_WRITE
            self._selector.register(fd, mask, tuple(pair))
            return
        pair = list(key.data)
        old = pair[slot]
        pair[slot] = handle
        mask = key.events | (selectors.EVENT_READ if slot == 0 else selectors.EVENT_WRITE)
        self._selector.modify(fd, mask, tuple(pair))
        if old is not None:
            old.cancel()

    def _unwatch(self, fd, slot):
        if self.is_closed():
            return False
        fd = self._fd_of(fd)
        try:
            key = self._selector.get_key(fd)  # KeyError: not watched yet
        except KeyError:
            return False
        pair = list(key.data)
        old = pair[slot]
        pair[slot] = None
        mask = key.events & ~(selectors.EVENT_READ if slot == 0 else selectors.EVENT_WRITE)
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(pair))
        if old is None:
            return False
        old.cancel()
        return True

    def add_reader(self, fd, callback, *args):
        self._check_closed()
        self._watch(fd, 0, events.Handle(callback, args, self))

    def remove_reader(self, fd):
        return self._unwatch(fd, 0)

    def add_writer(self, fd, callback, *args):
        self._check_closed()
        self._watch(fd, 1, events.Handle(callback, args, self))

    def remove_writer(self, fd):
        return self._unwatch(fd, 1)

    # ---- sockets (non-blocking, through readers and writers)

    async def sock_recv(self, sock, n):
        while True:
            try:
                return sock.recv(n)
            except _WOULD_BLOCK:
                await self._until_ready(sock, 0)

    async def sock_sendall(self, sock, data):
        view = memoryview(data)
        sent = 0
        while sent < len(view):
            try:
                sent += sock.send(view[sent:])
            except _WOULD_BLOCK:
                await self._until_ready(sock, 1)

    async def sock_accept(self, sock):
        while True:
            try:
                accepted = sock.accept()
                accepted[0].setblocking(False)
                return accepted
            except _WOULD_BLOCK:
                await self._until_ready(sock, 0)

    async def sock_connect(self, sock, address):
        try:
            sock.connect(address)
            return
        except _WOULD_BLOCK:
            pass
        await self._until_ready(sock, 1)
        failure = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if failure:
            raise OSError(failure, os.strerror(failure))

    async def _until_ready(self, sock, slot):
        ready = self.create_future()
        fd = sock.fileno()
        self._watch(fd, slot, events.Handle(_finish_unless_done, (ready,), self))
        try:
            await ready
        finally:
            self._unwatch(fd, slot)


SelectorEventLoop = _UnixSelectorEventLoop
