"""Child watchers: what tells the loop that a child process it started has exited (CPython
3.11's asyncio.unix_events names). ThreadedChildWatcher, the default, waits for each child in
a thread of its own; SafeChildWatcher, FastChildWatcher and MultiLoopChildWatcher react to
SIGCHLD in the main thread; PidfdChildWatcher watches a pidfd (Linux 5.3+) with the loop."""

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
           'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher',
           'DefaultEventLoopPolicy')

import itertools
import os
import signal
import threading

from . import events
from .base_events import SelectorEventLoop
from .events import DefaultEventLoopPolicy


def _reap(pid, block):
    """Collects child `pid` (-1: any child): (pid, return code), or None while it still runs
    (when not blocking). A child that is not ours (already collected) counts as 255."""
    try:
        got, status = os.waitpid(pid, 0 if block else os.WNOHANG)
    except ChildProcessError:
        return (pid, 255) if pid > 0 else None
    if got == 0:
        return None
    return got, os.waitstatus_to_exitcode(status)


class AbstractChildWatcher:
    """The interface of child watchers: register a callback for a child's pid, and it is
    called as callback(pid, returncode, *args) once that child has ended."""

    def add_child_handler(self, pid, callback, *args):
        """Calls callback(pid, returncode, *args) when the child `pid` ends."""
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        """Forgets the callback of `pid`; whether there was one."""
        raise NotImplementedError()

    def attach_loop(self, loop):
        """Reports to `loop` from now on (None: to no loop)."""
        raise NotImplementedError()

    def close(self):
        """Stops watching and lets go of what the watcher holds."""
        raise NotImplementedError()

    def is_active(self):
        """Whether new children can be watched now."""
        raise NotImplementedError()

    def __enter__(self):
        """Entered around starting a child process."""
        raise NotImplementedError()

    def __exit__(self, a, b, c):
        """Left once the child's handler is added."""
        raise NotImplementedError()


class ThreadedChildWatcher(AbstractChildWatcher):
    """A thread per child, blocked in waitpid() until it ends; the callback then runs in the
    loop that was running when the handler was added."""

    def __init__(self):
        self._serial = itertools.count(0)
        self._threads = {}

    def is_active(self):
        return True

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def attach_loop(self, loop):
        pass

    def add_child_handler(self, pid, callback, *args):
        running = events.get_running_loop()
        waiter = threading.Thread(target=self._wait_for, args=(running, pid, callback, args),
                                  name=f'waitpid-{next(self._serial)}', daemon=True)
        self._threads[pid] = waiter
        waiter.start()

    def remove_child_handler(self, pid):
        # Its thread already waits in waitpid(): nothing can be taken back.
        return True

    def _wait_for(self, loop, pid, callback, args):
        got, code = _reap(pid, block=True)
        if not loop.is_closed():
            loop.call_soon_threadsafe(callback, got, code, *args)
        self._threads.pop(pid, None)


class PidfdChildWatcher(AbstractChildWatcher):
    """Watches a pidfd of each child with the running loop's reader: no thread, no signal."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def is_active(self):
        return True

    def close(self):
        pass

    def attach_loop(self, loop):
        pass

    def add_child_handler(self, pid, callback, *args):
        running = events.get_running_loop()
        fd = os.pidfd_open(pid)
        running.add_reader(fd, self._ended, running, pid, fd, callback, args)

    def _ended(self, loop, pid, fd, callback, args):
        _, code = _reap(pid, block=True)
        loop.remove_reader(fd)
        os.close(fd)
        callback(pid, code, *args)

    def remove_child_handler(self, pid):
        # The pidfd is closed once the child is collected.
        return True


class BaseChildWatcher(AbstractChildWatcher):
    """What the SIGCHLD watchers share: the loop they report to, and the handlers."""

    def __init__(self):
        self._loop = None
        self._callbacks = {}

    def close(self):
        self.attach_loop(None)

    def is_active(self):
        return self._loop is not None and self._loop.is_running()

    def _do_waitpid(self, expected_pid):
        raise NotImplementedError()

    def _do_waitpid_all(self):
        raise NotImplementedError()

    def attach_loop(self, loop):
        if loop is None and self._loop is not None and self._callbacks:
            import warnings
            warnings.warn('A loop is being detached from a child watcher with pending handlers',
                          RuntimeWarning)
        if self._loop is not None:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        self._loop = loop
        if loop is None:
            return
        signal.signal(signal.SIGCHLD, self._sig_chld)
        # A child may have ended before the handler was in place.
        self._do_waitpid_all()

    def _sig_chld(self, signum=None, frame=None):
        try:
            self._do_waitpid_all()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as problem:
            self._loop.call_exception_handler({'message': 'Unknown exception in SIGCHLD handler',
                                               'exception': problem})

    def _report(self, callback, pid, code, args):
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(callback, pid, code, *args)


class SafeChildWatcher(BaseChildWatcher):
    """On SIGCHLD, polls each registered child with waitpid(pid, WNOHANG): other children
    are left alone."""

    def close(self):
        self._callbacks.clear()
        super().close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def add_child_handler(self, pid, callback, *args):
        self._callbacks[pid] = callback, args
        self._do_waitpid(pid)

    def remove_child_handler(self, pid):
        return self._callbacks.pop(pid, None) is not None

    def _do_waitpid_all(self):
        for pid in tuple(self._callbacks):
            self._do_waitpid(pid)

    def _do_waitpid(self, expected_pid):
        ended = _reap(expected_pid, block=False)
        if ended is None:
            return
        entry = self._callbacks.pop(ended[0], None)
        if entry is not None:
            self._report(entry[0], ended[0], ended[1], entry[1])


class FastChildWatcher(BaseChildWatcher):
    """On SIGCHLD, collects every ended child with waitpid(-1, WNOHANG); the return codes of
    children whose handler is not added yet are kept (while a child is being started) until
    it is."""

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self._unclaimed = {}
        self._starting = 0

    def close(self):
        self._callbacks.clear()
        self._unclaimed.clear()
        super().close()

    def __enter__(self):
        with self._lock:
            self._starting += 1
        return self

    def __exit__(self, *exc):
        with self._lock:
            self._starting -= 1
            if not self._starting:
                self._unclaimed.clear()

    def add_child_handler(self, pid, callback, *args):
        with self._lock:
            if pid not in self._unclaimed:
                self._callbacks[pid] = callback, args
                return
            code = self._unclaimed.pop(pid)
        self._report(callback, pid, code, args)

    def remove_child_handler(self, pid):
        return self._callbacks.pop(pid, None) is not None

    def _do_waitpid_all(self):
        while True:
            ended = _reap(-1, block=False)
            if ended is None:
                return
            pid, code = ended
            with self._lock:
                entry = self._callbacks.pop(pid, None)
                if entry is None:
                    if self._starting:
                        self._unclaimed[pid] = code
                    continue
            self._report(entry[0], pid, code, entry[1])


class MultiLoopChildWatcher(AbstractChildWatcher):
    """A SIGCHLD handler of its own (no loop attached); each child's callback runs in the loop
    that was running when it was registered."""

    def __init__(self):
        self._callbacks = {}
        self._previous = None

    def is_active(self):
        return self._previous is not None

    def close(self):
        self._callbacks.clear()
        if self._previous is None:
            return
        if signal.getsignal(signal.SIGCHLD) == self._sig_chld:
            signal.signal(signal.SIGCHLD, self._previous)
        self._previous = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def add_child_handler(self, pid, callback, *args):
        self._callbacks[pid] = events.get_running_loop(), callback, args
        self._do_waitpid(pid)

    def remove_child_handler(self, pid):
        return self._callbacks.pop(pid, None) is not None

    def attach_loop(self, loop):
        if self._previous is None:
            before = signal.signal(signal.SIGCHLD, self._sig_chld)
            self._previous = signal.SIG_DFL if before is None else before

    def _do_waitpid(self, expected_pid):
        ended = _reap(expected_pid, block=False)
        if ended is None:
            return
        entry = self._callbacks.pop(ended[0], None)
        if entry is not None and not entry[0].is_closed():
            entry[0].call_soon_threadsafe(entry[1], ended[0], ended[1], *entry[2])

    def _sig_chld(self, signum, frame):
        for pid in tuple(self._callbacks):
            self._do_waitpid(pid)
