"""multiprocessing.context: the errors, the start methods ('fork', the default, and 'spawn'), the
Process classes bound to one (Process, ForkProcess, SpawnProcess), and the contexts whose methods
make every multiprocessing object with their start method (get_context())."""

import _multiprocessing as _mp
import os
from multiprocessing import process
from multiprocessing.process import BaseProcess

__all__ = ()


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def assert_spawning(obj, name=None):
    """Locks, queues and shared values travel only to a child being spawned (which inherits
    their shared memory and pipes); anywhere else, as in CPython, they cannot."""
    if not _mp.spawning():
        raise RuntimeError(f"{name or type(obj).__name__} objects should only be shared "
                           "between processes through inheritance")


_start_method = None


def get_all_start_methods():
    return ['fork', 'spawn']


def get_start_method(allow_none=False):
    if _start_method is None and not allow_none:
        return 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if method not in ('fork', 'spawn', None):
        raise ValueError(f"cannot find context for {method!r}")
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    _start_method = method


class Process(BaseProcess):
    """A process started with the program's start method (see set_start_method())."""


class ForkProcess(BaseProcess):
    _start_method = 'fork'


class SpawnProcess(BaseProcess):
    _start_method = 'spawn'


class BaseContext:
    """Makes multiprocessing's objects; a Process it makes starts with the context's method."""

    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError
    Process = Process
    _name = None

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        return os.cpu_count()

    def get_start_method(self, allow_none=False):
        return self._name if self._name is not None else get_start_method(allow_none)

    def get_context(self, method=None):
        return self if method is None else get_context(method)

    def Queue(self, maxsize=0):
        from multiprocessing.queues import Queue
        return Queue(maxsize)

    def SimpleQueue(self):
        from multiprocessing.queues import SimpleQueue
        return SimpleQueue()

    def JoinableQueue(self, maxsize=0):
        from multiprocessing.queues import JoinableQueue
        return JoinableQueue(maxsize)

    def Pipe(self, duplex=True):
        from multiprocessing.connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from multiprocessing.synchronize import Lock
        return Lock()

    def RLock(self):
        from multiprocessing.synchronize import RLock
        return RLock()

    def Semaphore(self, value=1):
        from multiprocessing.synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from multiprocessing.synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Event(self):
        from multiprocessing.synchronize import Event
        return Event()

    def Condition(self, lock=None):
        from multiprocessing.synchronize import Condition
        return Condition(lock)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def Value(self, typecode_or_type, *args, lock=True):
        from multiprocessing.sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from multiprocessing.sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def RawValue(self, typecode_or_type, *args):
        from multiprocessing.sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from multiprocessing.sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Manager(self):
        from multiprocessing.managers import SyncManager
        m = SyncManager(ctx=self)
        m.start()
        return m

    def get_logger(self):
        from multiprocessing.util import get_logger
        return get_logger()

    def log_to_stderr(self, level=None):
        from multiprocessing.util import log_to_stderr
        return log_to_stderr(level)

    def freeze_support(self):
        pass


class DefaultContext(BaseContext):
    """The program's context: its start method is set_start_method()'s (fork if never set)."""


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


_default_context = DefaultContext()
_concrete_contexts = {'fork': ForkContext(), 'spawn': SpawnContext()}


def get_context(method=None):
    if method is None:
        method = get_start_method()
    context = _concrete_contexts.get(method)
    if context is None:
        raise ValueError(f"cannot find context for {method!r}")
    return context
