"""multiprocessing.dummy: multiprocessing's API on threads of this process (Process is a thread,
Pool a ThreadPool, Queue the queue module's; values are shared, not copied)."""

import array
import sys
import threading
import queue as _queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from queue import Queue

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool',
           'JoinableQueue']

_children = {}   # thread that started them -> the DummyProcesses it started


class DummyProcess(threading.Thread):
    """A thread with the parts of the Process API that make sense for one (exitcode, pid None)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError(f"Parent is {self._parent!r} but current_process is {current_process()!r}")
        self._start_called = True
        _children.setdefault(self._parent, set()).add(self)
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread
JoinableQueue = Queue


def active_children():
    children = _children.get(current_process(), set())
    for p in list(children):
        if not p.is_alive():
            children.discard(p)
    return list(children)


def freeze_support():
    pass


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in sorted(self.__dict__.items()) if not k.startswith('_'))
        return f'Namespace({items})'


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return f'<{type(self).__name__}({self._typecode!r}, {self._value!r})>'


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


class Connection:
    """One end of a dummy Pipe: two queue.Queues, one per direction."""

    def __init__(self, inbox, outbox):
        self._in = inbox
        self._out = outbox
        self.send = self.send_bytes = outbox.put
        self.recv = self.recv_bytes = inbox.get

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout is not None and timeout <= 0.0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)
