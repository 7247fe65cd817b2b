"""Synchronisation between coroutines of one loop: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier. Waiters queue as futures and are woken in arrival order."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

import collections
import enum

from . import events
from . import exceptions
from .exceptions import CancelledError


class _LoopBound:
    _loop = None

    def _get_loop(self):
        running = events.get_running_loop()
        if self._loop is None:
            self._loop = running
        elif self._loop is not running:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running


class _AsyncWith:
    """`async with lock:` acquires, and releases at the end."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc_info):
        self.release()


def _anyone_waiting(sleepers):
    return any(not w.cancelled() for w in (sleepers or ()))


async def _queue_up(owner, holder):
    """Waits at the end of owner's line of sleepers until woken; the future waited on is
    appended to `holder` (for the caller's clean-up when cancelled)."""
    if owner._sleepers is None:
        owner._sleepers = collections.deque()
    waiter = owner._get_loop().create_future()
    owner._sleepers.append(waiter)
    holder.append(waiter)
    try:
        await waiter
    finally:
        owner._sleepers.remove(waiter)


def _describe(obj, state):
    waiting = getattr(obj, '_sleepers', None)
    if waiting:
        state += f', waiters:{len(waiting)}'
    return f'<{type(obj).__module__}.{type(obj).__qualname__} object at {id(obj):#x} [{state}]>'


class Lock(_AsyncWith, _LoopBound):
    """A mutual-exclusion lock; acquire() waits while another coroutine holds it."""

    def __init__(self):
        self._sleepers = None
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return _describe(self, state)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not _anyone_waiting(self._sleepers):
            self._locked = True
            return True
        try:
            await _queue_up(self, [])
        except CancelledError:
            if not self._locked:
                self._hand_over()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._hand_over()

    def _hand_over(self):
        for waiter in self._sleepers or ():
            if not waiter.done():
                waiter.set_result(True)
                return


class Event(_LoopBound):
    """A flag coroutines can wait for."""

    def __init__(self):
        self._sleepers = collections.deque()
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        return _describe(self, state)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for waiter in self._sleepers:
            if not waiter.done():
                waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        waiter = self._get_loop().create_future()
        self._sleepers.append(waiter)
        try:
            await waiter
            return True
        finally:
            self._sleepers.remove(waiter)


class Condition(_AsyncWith, _LoopBound):
    """Waiting for a notification while holding a lock (released while waiting)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self._sleepers = collections.deque()

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return _describe(self, state)

    async def wait(self):
        """Releases the lock, waits for notify(), and takes the lock back."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            waiter = self._get_loop().create_future()
            self._sleepers.append(waiter)
            try:
                await waiter
                return True
            finally:
                self._sleepers.remove(waiter)
        finally:
            # The lock is taken back even when cancelled.
            interrupted = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as stop:
                    interrupted = stop
            if interrupted is not None:
                raise interrupted

    async def wait_for(self, predicate):
        """Waits until predicate() is true; its last value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wakes up to n waiters."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for waiter in self._sleepers:
            if woken >= n:
                break
            if not waiter.done():
                woken += 1
                waiter.set_result(False)

    def notify_all(self):
        self.notify(n=len(self._sleepers))


class Semaphore(_AsyncWith, _LoopBound):
    """A counter: acquire() takes one (waiting at zero), release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._sleepers = None
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _describe(self, state)

    def locked(self):
        return self._value == 0 or _anyone_waiting(self._sleepers)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        mine = []
        try:
            await _queue_up(self, mine)
        except CancelledError:
            if mine and mine[0].done() and not mine[0].cancelled():
                # It had been given a unit: give it back.
                self._value += 1
            self._wake_next()
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        for waiter in self._sleepers or ():
            if not waiter.done() and self._value > 0:
                self._value -= 1
                waiter.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._value >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _Phase(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier(_LoopBound):
    """Waits until `parties` coroutines have called wait()."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._phase = _Phase.FILLING
        self._count = 0

    def __repr__(self):
        return _describe(self, f'{self._phase.value}, waiters:{self.n_waiting}/{self.parties}')

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        async with self._cond:
            while self._phase in (_Phase.DRAINING, _Phase.RESETTING):
                await self._cond.wait()
            if self._phase is _Phase.BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._phase = _Phase.DRAINING
                    self._cond.notify_all()
                else:
                    while self._phase is _Phase.FILLING:
                        await self._cond.wait()
                    if self._phase is _Phase.BROKEN:
                        raise exceptions.BrokenBarrierError('Barrier aborted')
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._phase is _Phase.DRAINING:
                    self._phase = _Phase.FILLING
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                self._phase = _Phase.RESETTING
            else:
                self._phase = _Phase.FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._phase = _Phase.BROKEN
            self._cond.notify_all()

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count if self._phase is _Phase.FILLING else 0)
    broken = property(lambda self: self._phase is _Phase.BROKEN)
