"""queue: synchronised FIFO, LIFO and priority queues for passing work between threads.

Every Queue keeps its items in `self.queue` behind one lock (`mutex`) shared by three conditions:
`not_empty` (getters wait on it), `not_full` (putters wait on it when a maxsize is set) and
`all_tasks_done` (join() waits on it until every put item has been marked done). Subclasses only
change how items are stored, through the four storage hooks _init/_qsize/_put/_get.
"""

import threading
from types import GenericAlias as _GenericAlias
from _collections import deque
from heapq import heappop, heappush
from _time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Raised by get() when the queue has nothing to give and waiting is not allowed.'
    # CPython's Empty lives in its C helper module; reprs and pickles name that one.
    __module__ = '_queue'


class Full(Exception):
    'Raised by put() when a bounded queue stays full and waiting is not allowed.'


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ready, block, timeout, failure):
    """With cond held: return once ready() is true, or raise failure.

    block=False fails at once; timeout=None waits for ever; otherwise wait at most timeout seconds
    in total, however many spurious wake-ups happen on the way."""
    if not block:
        if not ready():
            raise failure
        return
    if timeout is None:
        while not ready():
            cond.wait()
        return
    _check_timeout(timeout)
    give_up_at = time() + timeout
    while not ready():
        left = give_up_at - time()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue:
    '''A first-in first-out queue that threads may share.

    maxsize <= 0 means no bound; otherwise put() waits (or raises Full) while maxsize items wait.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        lock = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (threading.Condition(lock) for _ in range(3))
        # items put but not yet marked done by task_done()
        self.unfinished_tasks = 0

    # -- the bookkeeping of task_done()/join()

    def task_done(self):
        '''Mark one item taken by get() as fully handled.

        When the count of unhandled items drops to zero, join() returns in every thread waiting
        in it. Calling this more often than items were put raises ValueError.
        '''
        done = self.all_tasks_done
        with done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if not left:
                done.notify_all()

    def join(self):
        '''Wait until every item ever put has been got and marked with task_done().'''
        done = self.all_tasks_done
        with done:
            done.wait_for(lambda: not self.unfinished_tasks)

    # -- approximate views (another thread may change the answer at once)

    def qsize(self):
        '''How many items wait now (not reliable once the lock is released).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''True when no item waits now (not reliable once the lock is released).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''True when a bounded queue holds maxsize items now (not reliable either).'''
        with self.mutex:
            bound = self.maxsize
            return bound > 0 and self._qsize() >= bound

    # -- putting and getting

    def put(self, item, block=True, timeout=None):
        '''Add item, waiting for room in a bounded queue.

        block=False raises Full at once when there is no room; a timeout (seconds, >= 0) bounds
        the wait and raises Full when it runs out.
        '''
        with self.not_full:
            if self.maxsize > 0:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks = self.unfinished_tasks + 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return the next item, waiting for one if need be.

        block=False raises Empty at once when nothing waits; a timeout (seconds, >= 0) bounds the
        wait and raises Empty when it runs out.
        '''
        with self.not_empty:
            _wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''put(item, block=False): Full unless there is room now.'''
        return self.put(item, False)

    def get_nowait(self):
        '''get(block=False): Empty unless an item waits now.'''
        return self.get(False)

    def _has_room(self):
        return self._qsize() < self.maxsize

    # -- storage hooks, called with the lock held; subclasses replace these

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        oldest = self.queue.popleft()
        return oldest

    __class_getitem__ = classmethod(_GenericAlias)


class PriorityQueue(Queue):
    '''A Queue handing out its smallest item first (items are often (priority, data) tuples).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''A Queue handing out its newest item first (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class _PySimpleQueue:
    '''An unbounded FIFO queue without task tracking: put() never waits.

    get() waits on a semaphore counting the items, so put() stays cheap and never blocks.
    '''

    def __init__(self):
        self._queue = deque()
        self._count = threading.Semaphore(value=0)

    def put(self, item, block=True, timeout=None):
        '''Add item; never waits (block and timeout exist for Queue compatibility).'''
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        '''Remove and return the oldest item, waiting as Queue.get() does; Empty if none came.'''
        if block:
            _check_timeout(timeout)
        if self._count.acquire(block, timeout):
            return self._queue.popleft()
        raise Empty

    def put_nowait(self, item):
        '''put(item, block=False).'''
        return self.put(item, False)

    def get_nowait(self):
        '''get(block=False).'''
        return self.get(False)

    def empty(self):
        '''True when no item waits now (not reliable).'''
        return not self._queue

    def qsize(self):
        '''How many items wait now (not reliable).'''
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)


class SimpleQueue(_PySimpleQueue):
    __doc__ = _PySimpleQueue.__doc__
    __module__ = '_queue'
    __slots__ = ()
