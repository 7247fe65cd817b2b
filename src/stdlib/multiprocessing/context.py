"""multiprocessing.context: the errors, the start methods ('fork', the default, and 'spawn'), the
Process classes bound to one (Process, ForkProcess, SpawnProcess), and the contexts whose methods
make every multiprocessing object with their start method (get_context())."""

import _multiprocessing as _mp
import os
from multiprocessing import process
from multiprocessing.process import BaseProcess

__all__ = ()


class ProcessError(Exception):
    """The base of multiprocessing's own errors."""


class BufferTooShort(ProcessError):
    """recv_bytes_into() was given a buffer too small for the message (held in args[0])."""


class TimeoutError(ProcessError):
    """A result was not ready in time."""


class AuthenticationError(ProcessError):
    """A connection's peer did not prove it holds the authentication key."""


def assert_spawning(obj, name=None):
    """Locks, queues and shared values travel only to a child being spawned (which inherits
    their shared memory and pipes); anywhere else, as in CPython, they cannot."""
    if not _mp.spawning():
        raise RuntimeError(f"{name or type(obj).__name__} objects should only be shared "
                           "between processes through inheritance")


_start_method = None


_METHODS = ('fork', 'spawn')


def get_all_start_methods():
    return list(_METHODS)


def get_start_method(allow_none=False):
    """The start method set (None with allow_none when there is none yet); asking without
    allow_none fixes it, at 'fork' if none was set."""
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = 'fork'
    return _start_method


def set_start_method(method, force=False):
    """Sets the program's start method, once (again only with force)."""
    global _start_method
    if not force and _start_method is not None:
        raise RuntimeError('context has already been set')
    if method is not None and method not in _METHODS:
        raise ValueError(f"cannot find context for {method!r}")
    _start_method = method


class Process(BaseProcess):
    """A process started with the program's start method (see set_start_method())."""


class ForkProcess(BaseProcess):
    """A process started by forking this one."""
    _start_method = 'fork'


class SpawnProcess(BaseProcess):
    """A process started as a fresh interpreter."""
    _start_method = 'spawn'


def _part(module, name):
    """multiprocessing.<module>.<name>, imported when first used (the submodules import this
    one)."""
    import importlib
    return getattr(importlib.import_module('multiprocessing.' + module), name)


class BaseContext:
    """Makes multiprocessing's objects; a Process it makes starts with the context's method."""

    Process = Process
    _name = None

    def cpu_count(self):
        return os.cpu_count()

    def get_start_method(self, allow_none=False):
        if self._name is None:
            return get_start_method(allow_none)
        return self._name

    def get_context(self, method=None):
        return get_context(method) if method is not None else self

    # Queues and pipes.
    def Queue(self, maxsize=0):
        return _part('queues', 'Queue')(maxsize)

    def SimpleQueue(self):
        return _part('queues', 'SimpleQueue')()

    def JoinableQueue(self, maxsize=0):
        return _part('queues', 'JoinableQueue')(maxsize)

    def Pipe(self, duplex=True):
        return _part('connection', 'Pipe')(duplex)

    # Synchronization.
    def Lock(self):
        return _part('synchronize', 'Lock')()

    def RLock(self):
        return _part('synchronize', 'RLock')()

    def Semaphore(self, value=1):
        return _part('synchronize', 'Semaphore')(value)

    def BoundedSemaphore(self, value=1):
        return _part('synchronize', 'BoundedSemaphore')(value)

    def Event(self):
        return _part('synchronize', 'Event')()

    def Condition(self, lock=None):
        return _part('synchronize', 'Condition')(lock)

    # Workers, shared memory, managers.
    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return _part('pool', 'Pool')(processes, initializer, initargs, maxtasksperchild, context=self)

    def Value(self, typecode_or_type, *args, lock=True):
        return _part('sharedctypes', 'Value')(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return _part('sharedctypes', 'Array')(typecode_or_type, size_or_initializer, lock=lock)

    def RawValue(self, typecode_or_type, *args):
        return _part('sharedctypes', 'RawValue')(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return _part('sharedctypes', 'RawArray')(typecode_or_type, size_or_initializer)

    def Manager(self):
        """A started SyncManager (its server runs in a new process)."""
        manager = _part('managers', 'SyncManager')(ctx=self)
        manager.start()
        return manager

    # Logging and the rest.
    def get_logger(self):
        return _part('util', 'get_logger')()

    def log_to_stderr(self, level=None):
        return _part('util', 'log_to_stderr')(level)

    def freeze_support(self):
        """Nothing to do: programs are not frozen into Windows executables here."""


# What every context shares with the module: the errors and the process queries.
for _shared in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    setattr(BaseContext, _shared.__name__, _shared)
for _shared in (process.current_process, process.parent_process, process.active_children):
    setattr(BaseContext, _shared.__name__, staticmethod(_shared))
del _shared


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
    """The context of a start method (the program's when None)."""
    found = _concrete_contexts.get(get_start_method() if method is None else method)
    if found is None:
        raise ValueError(f"cannot find context for {method!r}")
    return found
