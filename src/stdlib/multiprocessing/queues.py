"""multiprocessing.queues: Queue (a pipe fed by a thread of the putting process), SimpleQueue
(written to directly) and JoinableQueue (task_done() and join()); items travel in gilpy's wire
format (serialised in put(), so what cannot travel fails in the sender)."""

import _multiprocessing as _mp
import _time as time
import os
import threading
import queue as _queue
from multiprocessing import util
from multiprocessing.context import assert_spawning

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_feeding = []   # Queues whose feeder thread runs in this process (flushed at exit)


class Queue:
    """A FIFO between processes: put() serialises the item (so what cannot travel fails in the
    sender) and hands it to a feeder thread, which writes it to a pipe; a semaphore per direction
    keeps messages whole, another counts the items in the pipe, and one more bounds maxsize."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize if maxsize > 0 else 0
        self._reader, self._writer = _mp.pipe()
        self._rlock = _mp.SemLock(1)
        self._wlock = _mp.SemLock(1)
        self._slots = _mp.SemLock(maxsize) if maxsize > 0 else None
        self._count = _mp.SemLock(0)
        self._closed = False
        self._reset_feeder()

    def __getstate__(self):
        assert_spawning(self)
        return (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._slots,
                self._count, self._closed)

    def __setstate__(self, state):
        (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._slots,
         self._count, self._closed) = state
        self._reset_feeder()

    def _reset_feeder(self):
        self._pid = os.getpid()
        self._buffer = []
        self._notempty = threading.Condition(threading.Lock())
        self._thread = None

    def _feed(self):
        while True:
            with self._notempty:
                while not self._buffer and not self._closed:
                    self._notempty.wait()
                batch = self._buffer
                self._buffer = []
                if not batch and self._closed:
                    return
            with self._wlock:
                for data in batch:
                    self._writer.send_bytes(data)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        data = _mp.dumps(obj)
        if self._slots is not None and not self._slots.acquire(block, timeout):
            raise _queue.Full
        if self._pid != os.getpid():
            self._reset_feeder()   # a forked child: the parent's feeder thread is not here
        with self._notempty:
            if self._thread is None:
                self._thread = threading.Thread(target=self._feed, name='QueueFeederThread', daemon=True)
                self._thread.start()
                _feeding.append(self)
                _flush_at_exit()
            self._buffer.append(data)
            # Counted now (qsize() and empty() see the item at once, as in CPython); a reader that
            # takes the token waits for the feeder to write the message.
            self._count.release()
            self._notempty.notify()

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise _queue.Empty
        with self._rlock:
            data = self._reader.recv_bytes()
        if self._slots is not None:
            self._slots.release()
        return _mp.loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._count._available()

    def full(self):
        return self._slots is not None and not self._slots._available()

    def qsize(self):
        """Items put and not yet taken, by every process (approximate while others run)."""
        return self._count._get_value()

    def close(self):
        """No more puts from this process; the feeder writes what is buffered, then ends."""
        self._closed = True
        if self._pid == os.getpid() and self._thread is not None:
            with self._notempty:
                self._notempty.notify()

    def join_thread(self):
        """Waits until the feeder has written everything (call after close())."""
        if self._pid == os.getpid() and self._thread is not None:
            self._thread.join()

    def cancel_join_thread(self):
        if self in _feeding:
            _feeding.remove(self)


_flush_registered = None   # the pid whose exit flushes _feeding (a child registers its own)


def _flush_at_exit():
    """The queues fed by this process are flushed when it exits (before its children are
    joined, as CPython closes its queues with a finalizer of priority 10)."""
    global _flush_registered
    if _flush_registered != os.getpid():
        _flush_registered = os.getpid()
        util.Finalize(None, _flush_queues, exitpriority=10)


def _flush_queues():
    for q in list(_feeding):
        if q._pid == os.getpid() and q._thread is not None:
            q.close()
            q._thread.join()
    _feeding.clear()


class SimpleQueue(Queue):
    """A Queue without a feeder thread: put() writes to the pipe itself (as CPython's)."""

    def __init__(self):
        Queue.__init__(self)

    def put(self, obj):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        data = _mp.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)
        self._count.release()


class JoinableQueue(Queue):
    """A Queue whose consumers call task_done(); join() waits until every item was done."""

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = _mp.SemLock(0)

    def put(self, obj, block=True, timeout=None):
        self._unfinished.release()
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            self._unfinished.acquire(False)
            raise

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._unfinished,)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-1])
        self._unfinished = state[-1]

    def task_done(self):
        if not self._unfinished.acquire(False):
            raise ValueError('task_done() called too many times')

    def join(self):
        pause = 0.0005
        while self._unfinished._available():
            time.sleep(pause)
            pause = min(pause * 2, 0.01)


def _after_fork():
    """A new child feeds none of its parent's queues."""
    _feeding.clear()


util._after_fork_hooks.append(_after_fork)
