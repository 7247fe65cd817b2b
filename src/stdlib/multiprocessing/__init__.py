"""Processes, queues, pipes, locks, pools and managers: CPython 3.11's multiprocessing API (the
fork start method by default, spawn on request), written in gilpy on the native
_multiprocessing module (fork, waitpid, kill, connections over Unix sockets and pipes,
semaphores and numbers in shared memory, and a serde wire format for values).

The package reads as CPython's: process (Process and the process tree), context (errors, start
methods, contexts), connection (Pipe, Listener, Client), synchronize (locks), queues, pool (Pool,
ThreadPool), sharedctypes (Value, Array), managers (BaseManager, SyncManager, proxies), util
(logging, finalizers, exit) and dummy (the same API on threads)."""

import os
from multiprocessing import context, process, util
from multiprocessing.context import (ProcessError, BufferTooShort, TimeoutError, AuthenticationError, Process,
                                     ForkProcess, SpawnProcess, get_context, get_start_method, set_start_method,
                                     get_all_start_methods)
from multiprocessing.process import current_process, parent_process, active_children
from multiprocessing.connection import Pipe
from multiprocessing.synchronize import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.pool import Pool
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from multiprocessing.managers import Manager
from multiprocessing.util import get_logger, log_to_stderr

__all__ = ['Array', 'AuthenticationError', 'BoundedSemaphore', 'BufferTooShort', 'Condition', 'Event',
           'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue', 'RLock',
           'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value', 'active_children',
           'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
           'get_logger', 'get_start_method', 'log_to_stderr', 'parent_process', 'set_start_method']


def cpu_count():
    return os.cpu_count()


def freeze_support():
    pass
