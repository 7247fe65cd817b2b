"""Queues for coroutines: Queue (first in, first out), PriorityQueue and LifoQueue, with
task_done()/join() to wait until every item put has been processed."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

from .locks import _LoopBound


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


def _wake_first(waiters):
    """Wakes the longest-waiting future that is still pending."""
    while waiters:
        first = waiters.popleft()
        if not first.done():
            first.set_result(None)
            return


class Queue(_LoopBound):
    """A queue of at most `maxsize` items (0: unbounded); get() waits for an item, put() for
    room."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._loop = None
        self._getting = collections.deque()
        self._putting = collections.deque()
        self._open_items = 0
        self._all_processed = None
        self._init(maxsize)

    # How the items are kept (the subclasses change these three).
    def _init(self, maxsize):
        self._queue = collections.deque()  # appended on the right, taken from the left

    def _get(self):
        return self._queue.popleft()  # the oldest

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        kind = type(self).__name__
        return f'<{kind} at {id(self):#x} {self._format()}>'

    def __str__(self):
        kind = type(self).__name__
        return f'<{kind} {self._format()}>'

    def __class_getitem__(cls, item):
        return cls

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if self._queue:
            text += f' _queue={list(self._queue)!r}'
        if self._getting:
            text += f' _getters[{len(self._getting)}]'
        if self._putting:
            text += f' _putters[{len(self._putting)}]'
        if self._open_items:
            text += f' tasks={self._open_items}'
        return text

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return len(self._queue) >= self._maxsize

    async def _wait_in(self, line, blocked):
        """Waits in `line` (getters or putters) until woken; when it leaves early while the
        queue could serve it, the next one in line gets the turn."""
        waiter = self._get_loop().create_future()
        line.append(waiter)
        try:
            await waiter
        except BaseException:
            waiter.cancel()
            if waiter in line:
                line.remove(waiter)
            if not blocked() and not waiter.cancelled():
                _wake_first(line)
            raise

    async def put(self, item):
        """Puts item in, waiting while the queue is full."""
        while self.full():
            await self._wait_in(self._putting, self.full)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._open_items += 1
        if self._all_processed is not None:
            self._all_processed.clear()
        _wake_first(self._getting)

    async def get(self):
        """Takes the next item, waiting while the queue is empty."""
        while self.empty():
            await self._wait_in(self._getting, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putting)
        return item

    def task_done(self):
        """Marks one item taken from the queue as processed (for join())."""
        if not self._open_items > 0:
            raise ValueError('task_done() called too many times')
        self._open_items -= 1
        if self._open_items == 0 and self._all_processed is not None:
            self._all_processed.set()

    async def join(self):
        """Waits until every item put has been marked processed with task_done()."""
        if self._open_items > 0:
            if self._all_processed is None:
                from .locks import Event
                self._all_processed = Event()
            await self._all_processed.wait()


class PriorityQueue(Queue):
    """Takes the smallest item first (a heap)."""

    def _init(self, _maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Takes the newest item first (a stack)."""

    def _init(self, _maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
