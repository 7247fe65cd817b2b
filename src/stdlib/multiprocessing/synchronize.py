"""multiprocessing.synchronize: locks between processes (Lock, RLock, Semaphore,
BoundedSemaphore, Condition, Event), all made of `_multiprocessing.SemLock`, a counting semaphore
in shared memory that a forked or spawned child inherits."""

import _multiprocessing as _mp
import _time as time
import os
import sys
import threading
from multiprocessing.context import assert_spawning

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event']

class _Inheritable:
    """What a lock-like object sends to a spawned child: its attributes (its semaphores travel
    as descriptors the child inherits)."""

    def __getstate__(self):
        assert_spawning(self)
        return dict(self.__dict__)


class Semaphore(_Inheritable):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._sem = _mp.SemLock(value)

    def acquire(self, block=True, timeout=None):
        return self._sem.acquire(block, timeout)

    def release(self):
        self._sem.release()

    def get_value(self):
        return self._sem._get_value()

    def __enter__(self):
        return self._sem.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return f"<{type(self).__name__}(value={self.get_value()})>"


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its start value."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._sem = _mp.SemLock(value, value)
        self._bound = value

    def __repr__(self):
        return f"<BoundedSemaphore(value={self.get_value()}, maxvalue={self._bound})>"


class Lock(Semaphore):
    def __init__(self):
        self._sem = _mp.SemLock(1, 1)

    def __repr__(self):
        return f"<Lock(owner={'unknown'})>"


class RLock(_Inheritable):
    """Re-entrant within one thread of one process; a token lock between processes."""

    def __init__(self):
        self._sem = _mp.SemLock(1)
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        me = (os.getpid(), threading.get_ident())
        if self._owner == me:
            self._count += 1
            return True
        if not self._sem.acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != (os.getpid(), threading.get_ident()):
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._sem.release()

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


class Condition(_Inheritable):
    """A condition variable between processes, on four shared semaphores: the lock; how many
    waiters went to sleep and how many woke (so that notify() can discount waits that timed out);
    and the one sleepers wait on."""

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._sleeping = _mp.SemLock(0)
        self._woken = _mp.SemLock(0)
        self._wakeup = _mp.SemLock(0)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, *args):
        self._lock.release()

    def _levels(self, message):
        """How many times this thread holds the lock (AssertionError if it does not, as CPython)."""
        if isinstance(self._lock, RLock):
            if self._lock._owner != (os.getpid(), threading.get_ident()):
                raise AssertionError(message)
            return self._lock._count
        if self._lock._sem._available():
            raise AssertionError(message)
        return 1

    def wait(self, timeout=None):
        levels = self._levels('must acquire() condition before using wait()')
        self._sleeping.release()
        for _ in range(levels):
            self._lock.release()
        try:
            return self._wakeup.acquire(True, timeout)
        finally:
            self._woken.release()
            for _ in range(levels):
                self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        deadline = None if timeout is None else time.monotonic() + timeout
        while not result:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        self._levels('lock is not owned')
        # Waits that timed out since the last notify woke themselves: forget them.
        while self._woken.acquire(False):
            self._sleeping.acquire(False)
        woken = 0
        while woken < n and self._sleeping.acquire(False):
            self._wakeup.release()
            woken += 1
        for _ in range(woken):
            self._woken.acquire()
        # A sleeper that timed out meanwhile leaves its wake-up unused: take it back.
        while self._wakeup.acquire(False):
            pass

    def notify_all(self):
        self.notify(sys.maxsize)

    notifyAll = notify_all


class Event:
    def __init__(self):
        self._sem = _mp.SemLock(0)

    def __getstate__(self):
        assert_spawning(self, 'Condition')   # CPython's Event fails on its Condition
        return dict(self.__dict__)

    def is_set(self):
        return self._sem._available()

    def set(self):
        if not self._sem._available():
            self._sem.release()

    def clear(self):
        while self._sem.acquire(False):
            pass

    def wait(self, timeout=None):
        return self._sem._wait_available(timeout)
