"""multiprocessing.dummy: the multiprocessing API over threads — Process is a Thread, the
synchronisation tools are threading's, Pool is multiprocessing.pool.ThreadPool, Pipe is a pair of
queues, and the "manager" is this module itself."""

import array
import sys
import threading
import weakref
from queue import Queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

__all__ = ['Process', 'current_process', 'active_children', 'freeze_support', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Queue', 'Manager',
           'Pipe', 'Pool', 'JoinableQueue']


class DummyProcess(threading.Thread):
    """A thread with a Process's face: exitcode, and children tracked per starting thread."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._pid = None
        self._offspring = weakref.WeakKeyDictionary()
        self._launched = False
        self._starter = current_process()

    def start(self):
        here = current_process()
        if self._starter is not here:
            raise RuntimeError(f"Parent is {self._starter!r} but current_process is {here!r}")
        self._launched = True
        family = getattr(self._starter, '_offspring', None)
        if family is not None:
            family[self] = None
        super().start()

    @property
    def exitcode(self):
        # Threads have no exit status: 0 once finished, None before.
        return 0 if self._launched and not self.is_alive() else None


Process = DummyProcess
current_process = threading.current_thread
current_process()._offspring = weakref.WeakKeyDictionary()
JoinableQueue = Queue


def active_children():
    """The DummyProcesses this thread started that are still running."""
    family = current_process()._offspring
    for child in list(family):
        if not child.is_alive():
            family.pop(child, None)
    return list(family)


def freeze_support():
    """Nothing to do for threads."""


class Namespace(object):
    """A plain object with the given attributes; its repr lists the public ones."""

    def __init__(self, /, **kwds):
        vars(self).update(kwds)

    def __repr__(self):
        shown = sorted(f'{k}={v!r}' for k, v in self.__dict__.items() if not k.startswith('_'))
        return f"{type(self).__name__}({', '.join(shown)})"


dict = dict
list = list


def Array(typecode, sequence, lock=True):
    """A plain array.array (threads share memory anyway)."""
    return array.array(typecode, sequence)


class Value(object):
    """A box with a `value` attribute (the typecode is only remembered)."""

    def __init__(self, typecode, value, lock=True):
        self._code = typecode
        self._held = value

    @property
    def value(self):
        return self._held

    @value.setter
    def value(self, new):
        self._held = new

    def __repr__(self):
        return f'<{type(self).__name__}({self._code!r}, {self._held!r})>'


def Manager():
    """This module, which offers what a manager would (list, dict, Namespace, Value, ...)."""
    return sys.modules['multiprocessing.dummy']


def shutdown():
    """Nothing to shut down."""


def Pool(processes=None, initializer=None, initargs=()):
    """A pool of worker threads (multiprocessing.pool.ThreadPool)."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes=processes, initializer=initializer, initargs=initargs)


class Connection(object):
    """One end of a Pipe: sends into one queue, receives from the other."""

    def __init__(self, inbox, outbox):
        self._inbox, self._outbox = inbox, outbox
        self.send = self.send_bytes = outbox.put
        self.recv = self.recv_bytes = inbox.get

    def poll(self, timeout=0.0):
        """Whether something can be received, waiting up to `timeout` seconds."""
        box = self._inbox
        if box.qsize() == 0 and timeout > 0.0:
            with box.not_empty:
                box.not_empty.wait(timeout)
        return box.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def Pipe(duplex=True):
    """Two connected Connections (always two-way between threads)."""
    forward, backward = Queue(), Queue()
    return Connection(forward, backward), Connection(backward, forward)
