"""Processes, queues, pipes, locks and pools (CPython 3.11's multiprocessing API, fork start
method), written in gilpy on the native _multiprocessing module: fork, waitpid, kill, connections
over Unix socket pairs, semaphores made of tokens in a socket, and a serde wire format for values."""

import _multiprocessing as _mp
import _thread
import os
import sys
import threading
import _time as time
import queue as _queue

__all__ = ['Process', 'current_process', 'parent_process', 'active_children', 'cpu_count', 'Queue',
           'SimpleQueue', 'JoinableQueue', 'Pipe', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Event', 'Pool', 'TimeoutError', 'ProcessError', 'get_context', 'set_start_method',
           'get_start_method', 'get_all_start_methods']


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    return os.cpu_count()


# ---------------------------------------------------------------------------- processes

class _MainProcess:
    def __init__(self):
        self.name = "MainProcess"
        self.daemon = False
        self._identity = ()
        self._pid = os.getpid()

    @property
    def pid(self):
        return self._pid

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return f"<_MainProcess name='{self.name}' parent=None started>"


class _ParentProcess:
    def __init__(self, name, pid):
        self.name = name
        self._pid = pid
        self.daemon = False

    @property
    def pid(self):
        return self._pid

    ident = pid

    def is_alive(self):
        return os.getppid() == self._pid

    def __repr__(self):
        return f"<_ParentProcess name='{self.name}' parent=None started>"


_current_process = _MainProcess()
_parent_process = None
_children = set()
_counter = 0


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    for p in list(_children):
        p.is_alive()
    return list(_children)


def _exit_code_of(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr, flush=True)
    return 1


class Process:
    """A child process that runs run() (by default target(*args, **kwargs)); started by fork."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        global _counter
        assert group is None, 'group argument must be None for now'
        _counter += 1
        self._identity = _current_process._identity + (_counter,)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity))
        self._daemonic = _current_process.daemon if daemon is None else daemon
        self._pid = None
        self._parent_pid = os.getpid()
        self._exitcode = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    _start_method = None

    def start(self):
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process.daemon, 'daemonic processes are not allowed to have children'
        if _bootstrapping:
            raise RuntimeError(_BOOTSTRAP_MESSAGE)
        sys.stdout.flush()
        if (self._start_method or get_start_method()) == 'spawn':
            main = getattr(sys.modules['__main__'], '__file__', '')
            self._pid = _mp.spawn(main, self)
            _children.add(self)
            return
        pid = _mp.fork()
        if pid == 0:
            self._child_main()
        self._pid = pid
        _children.add(self)

    def _child_main(self):
        global _current_process, _parent_process, _children, _counter
        _parent_process = _ParentProcess(_current_process.name, self._parent_pid)
        _current_process = self
        _children = set()
        _counter = 0
        _feeding.clear()
        self._pid = os.getpid()
        threading._after_fork()
        code = 1
        try:
            self.run()
            code = 0
        except SystemExit as e:
            code = _exit_code_of(e)
        except BaseException as e:
            print(f"Process {self.name}:", file=sys.stderr, flush=True)
            _thread._print_exception(e)
            code = 1
        finally:
            try:
                threading._shutdown()
                _exit_function()
            except BaseException:
                pass
        _mp._exit(code)

    def _poll(self, timeout):
        if self._pid is None or self._exitcode is not None or self is _current_process:
            return
        code = _mp.waitpid(self._pid, timeout)
        if code is not None:
            self._exitcode = code
            _children.discard(self)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        self._poll(None if timeout is None else max(timeout, 0))

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        if self._pid is None:
            return False
        self._poll(0)
        return self._exitcode is None

    def terminate(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            _mp.kill(self._pid, 15)

    def kill(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            _mp.kill(self._pid, 9)

    def close(self):
        if self._pid is not None and self._exitcode is None:
            self._poll(0)
            if self._exitcode is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def exitcode(self):
        self._check_closed()
        self._poll(0)
        return self._exitcode

    @property
    def pid(self):
        self._check_closed()
        return self._pid

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = daemonic

    def __repr__(self):
        if self._pid is None:
            status = 'initial'
        elif self._exitcode is None:
            status = 'started'
        elif self._exitcode == 0:
            status = 'stopped'
        else:
            status = f'stopped exitcode={self._exitcode}'
        daemon = ' daemon' if self._daemonic else ''
        return f"<{type(self).__name__} name='{self._name}' {status}{daemon}>"


_bootstrapping = False
_BOOTSTRAP_MESSAGE = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        '''


def freeze_support():
    pass


def _spawn_main(job):
    """The body of a child started by spawn (see gilpy's --mp-spawn): run the Process it was sent."""
    process = _mp.loads(job)
    process._child_main()


def _exit_function():
    """At exit (of the main process or a child): flush queue feeders, terminate daemonic children,
    join the others."""
    _flush_queues()
    for p in list(_children):
        if p._daemonic and p.is_alive():
            p.terminate()
    for p in list(_children):
        p.join()


# ---------------------------------------------------------------------------- connections

class Connection:
    """One end of a Pipe: send()/recv() whole values, send_bytes()/recv_bytes() raw messages."""

    def __init__(self, handle, readable=True, writable=True):
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def _check(self, reading):
        if self._handle._closed():
            raise OSError("handle is closed")
        if reading and not self._readable:
            raise OSError("connection is write-only")
        if not reading and not self._writable:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check(False)
        self._handle.send_bytes(_mp.dumps(obj))

    def recv(self):
        self._check(True)
        return _mp.loads(self._handle.recv_bytes())

    def send_bytes(self, buf, offset=0, size=None):
        self._check(False)
        buf = bytes(buf)
        end = len(buf) if size is None else offset + size
        self._handle.send_bytes(buf[offset:end])

    def recv_bytes(self, maxlength=None):
        self._check(True)
        return self._handle.recv_bytes()

    def poll(self, timeout=0.0):
        self._check(True)
        return self._handle.poll(timeout)

    def close(self):
        self._handle.close()

    @property
    def closed(self):
        return self._handle._closed()

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        return self._handle.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    if duplex:
        a, b = _mp.socketpair()
        return Connection(a), Connection(b)
    r, w = _mp.pipe()
    return Connection(r, True, False), Connection(w, False, True)


# ---------------------------------------------------------------------------- locks

def _assert_spawning(obj, name=None):
    """Locks, queues and shared values travel only to a child being spawned (which inherits
    their shared memory and pipes); anywhere else, as in CPython, they cannot."""
    if not _mp.spawning():
        raise RuntimeError(f"{name or type(obj).__name__} objects should only be shared "
                           "between processes through inheritance")


class _Inheritable:
    """What a lock-like object sends to a spawned child: its attributes (its semaphores travel
    as descriptors the child inherits)."""

    def __getstate__(self):
        _assert_spawning(self)
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
        _assert_spawning(self, 'Condition')   # CPython's Event fails on its Condition
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


# ---------------------------------------------------------------------------- queues

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
        _assert_spawning(self)
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


# ---------------------------------------------------------------------------- pools

def _mapstar(func, chunk):
    return [func(x) for x in chunk]


def _starmapstar(func, chunk):
    return [func(*x) for x in chunk]


def _pool_worker(tasks, results, initializer, initargs, maxtasks, slot):
    if initializer is not None:
        initializer(*initargs)
    done = 0
    while maxtasks is None or done < maxtasks:
        task = tasks.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        # The slot tells the parent which task this worker holds, should the worker die.
        slot.set(0, job)
        slot.set(1, i + 1)
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            results.put((job, i, result))
        except Exception as e:
            results.put((job, i, (False, e)))
        slot.set(1, 0)
        done += 1


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._value = None
        self._success = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError(f"{self!r} not ready")
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, result):
        self._success, self._value = result
        if self._success and self._callback is not None:
            self._callback(self._value)
        elif not self._success and self._error_callback is not None:
            self._error_callback(self._value)
        self._event.set()
        return True


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunks, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._parts = [None] * chunks
        self._left = chunks
        self._error = None
        if chunks == 0:
            self._success = True
            self._value = []
            self._event.set()

    def _set(self, i, result):
        ok, value = result
        if ok:
            self._parts[i] = value
        elif self._error is None:
            self._error = value
        self._left -= 1
        if self._left:
            return False
        if self._error is None:
            self._success = True
            self._value = [x for part in self._parts for x in part]
            if self._callback is not None:
                self._callback(self._value)
        else:
            self._success = False
            self._value = self._error
            if self._error_callback is not None:
                self._error_callback(self._error)
        self._event.set()
        return True


class IMapIterator:
    def __init__(self, pool, ordered):
        self._cond = threading.Condition(threading.Lock())
        self._ordered = ordered
        self._items = {}
        self._arrived = []
        self._next = 0
        self._length = None

    def __iter__(self):
        return self

    def _set(self, i, result):
        with self._cond:
            self._items[i] = result
            self._arrived.append(i)
            self._cond.notify_all()
        return self._length is not None and len(self._items) == self._length

    def _set_length(self, n):
        with self._cond:
            self._length = n
            self._cond.notify_all()

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._length is not None and self._next >= self._length:
                    raise StopIteration
                key = self._next if self._ordered else (self._arrived[self._next] if self._next < len(self._arrived) else None)
                if key is not None and key in self._items:
                    ok, value = self._items.pop(key)
                    self._next += 1
                    if ok:
                        return value
                    raise value
                if not self._cond.wait(timeout):
                    raise TimeoutError

    __next__ = next


class _ChunkedIMap:
    """Flattens the chunks an IMapIterator yields."""

    def __init__(self, inner):
        self._inner = inner
        self._buffer = []

    def __iter__(self):
        return self

    def __next__(self):
        while not self._buffer:
            self._buffer = list(next(self._inner))
        return self._buffer.pop(0)

    next = __next__


class Pool:
    """Worker processes (forked when the pool is made) fed through a task queue; results come back
    through a result queue to a handler thread in the parent, which runs the callbacks."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasks = maxtasksperchild
        if context is None:
            context = get_context()
        self._process_class = context.Process
        self._worker_prefix = 'SpawnPoolWorker-' if context.get_start_method() == 'spawn' else 'ForkPoolWorker-'
        self._tasks = SimpleQueue()
        self._results = SimpleQueue()
        self._cache = {}
        self._cache_lock = threading.Lock()
        self._job = 0
        self._state = 'RUN'
        self._workers = []
        for _ in range(processes):
            self._add_worker()
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()
        self._keeper = threading.Thread(target=self._maintain, daemon=True)
        self._keeper.start()

    def _add_worker(self):
        slot = _mp.SharedArray(2)
        w = self._process_class(target=_pool_worker, args=(self._tasks, self._results, self._initializer,
                                                        self._initargs, self._maxtasks, slot))
        w.name = self._worker_prefix + ':'.join(str(i) for i in w._identity)
        w.daemon = True
        w.start()
        w._slot = slot
        self._workers.append(w)

    def _maintain(self):
        """Replaces workers that exited (maxtasksperchild) or died; a task a dead worker held
        fails with a clear error instead of leaving its result waiting for ever."""
        pause = 0.001
        while self._state == 'RUN':
            for w in list(self._workers):
                code = w.exitcode
                if code is None:
                    continue
                self._workers.remove(w)
                if w._slot.get(1):
                    job, i = w._slot.get(0), w._slot.get(1) - 1
                    with self._cache_lock:
                        target = self._cache.get(job)
                    if target is not None:
                        err = ProcessError(f"worker process {w.pid} ({w.name}) died with exit code "
                                           f"{code} while running a task")
                        if target._set(i, (False, err)):
                            with self._cache_lock:
                                self._cache.pop(job, None)
                if self._state == 'RUN':
                    self._add_worker()
                pause = 0.001
            time.sleep(pause)
            pause = min(pause * 2, 0.05)

    def _handle_results(self):
        while True:
            msg = self._results.get()
            if msg is None:
                return
            job, i, result = msg
            with self._cache_lock:
                target = self._cache.get(job)
            if target is None:
                continue
            try:
                finished = target._set(i, result)
            except Exception as e:
                print("Exception in pool result callback:", file=sys.stderr)
                _thread._print_exception(e)
                finished = True
            if finished:
                with self._cache_lock:
                    self._cache.pop(job, None)

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError("Pool not running")

    def _new_job(self, result):
        with self._cache_lock:
            self._job += 1
            self._cache[self._job] = result
            return self._job

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        job = self._new_job(result)
        self._tasks.put((job, 0, func, tuple(args), dict(kwds)))
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        chunksize = max(1, chunksize)
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)], len(items)

    def _map_async(self, star, func, iterable, chunksize, callback, error_callback):
        self._check_running()
        chunks, n = self._chunks(iterable, chunksize)
        result = MapResult(self, len(chunks), n, callback, error_callback)
        if chunks:
            job = self._new_job(result)
            for i, chunk in enumerate(chunks):
                self._tasks.put((job, i, star, (func, chunk), {}))
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(_mapstar, func, iterable, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(_starmapstar, func, iterable, chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        chunks, n = self._chunks(iterable, chunksize if chunksize else 1)
        it = IMapIterator(self, ordered)
        job = self._new_job(it)
        for i, chunk in enumerate(chunks):
            self._tasks.put((job, i, _mapstar, (func, chunk), {}))
        it._set_length(len(chunks))
        if not chunks:
            with self._cache_lock:
                self._cache.pop(job, None)
        return _ChunkedIMap(it)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            for _ in self._workers:
                self._tasks.put(None)

    def terminate(self):
        self._state = 'TERMINATE'
        for w in self._workers:
            w.terminate()
        for w in self._workers:
            w.join()
        # The handler's sentinel goes past the write lock: a killed worker may have held it.
        self._results._writer.send_bytes(_mp.dumps(None))
        self._results._count.release()

    def join(self):
        if self._state == 'RUN':
            raise ValueError("Pool is still running")
        for w in list(self._workers):
            w.join()
        if self._state != 'TERMINATE':
            self._results.put(None)
            self._handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()


# ---------------------------------------------------------------------------- contexts

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


class _ForkContext:
    Process = Process
    Queue = Queue
    SimpleQueue = SimpleQueue
    JoinableQueue = JoinableQueue
    Pipe = staticmethod(Pipe)
    Lock = Lock
    RLock = RLock
    Semaphore = Semaphore
    BoundedSemaphore = BoundedSemaphore
    Event = Event
    Condition = Condition

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def Value(self, typecode_or_type, *args, lock=True):
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def Manager(self):
        return Manager(self)

    def get_start_method(self):
        return 'fork'

    def cpu_count(self):
        return cpu_count()

    def current_process(self):
        return current_process()


class SpawnProcess(Process):
    _start_method = 'spawn'


class ForkProcess(Process):
    _start_method = 'fork'


class _SpawnContext(_ForkContext):
    Process = SpawnProcess

    def get_start_method(self):
        return 'spawn'


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method == 'fork':
        return _ForkContext()
    if method == 'spawn':
        return _SpawnContext()
    raise ValueError(f"cannot find context for {method!r}")


# ---------------------------------------------------------------------------- shared memory

_FLOAT_CODES = 'fd'
_INT_CODES = 'bBhHiIlLqQ'


def _check_typecode(typecode):
    if typecode not in _FLOAT_CODES and typecode not in _INT_CODES:
        raise TypeError(f"unsupported type code {typecode!r} (gilpy supports {_INT_CODES + _FLOAT_CODES})")
    return typecode in _FLOAT_CODES


class _Synchronized:
    """What Value and Array share: numbers in shared memory (`_cells`) and an optional lock, and
    what they send to a spawned child (CPython names them Synchronized / SynchronizedArray)."""

    _kind = 'Synchronized'

    def _set_lock(self, lock):
        if lock:
            self._lock = lock
            self.get_lock = lambda: self._lock
            self.acquire = self._lock.acquire
            self.release = self._lock.release

    def __getstate__(self):
        _assert_spawning(self, self._kind)
        return (self._typecode, self._cells, getattr(self, '_lock', None))

    def __setstate__(self, state):
        self._typecode, self._cells, lock = state
        self._set_lock(lock)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)


class _SharedValue(_Synchronized):
    """A number in shared memory; `value` reads and writes it (each access is atomic)."""

    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self._cells = _mp.SharedArray(1, _check_typecode(typecode))
        self._cells.set(0, value)
        self._set_lock(RLock() if lock is True else lock)

    @property
    def value(self):
        return self._cells.get(0)

    @value.setter
    def value(self, v):
        self._cells.set(0, v)

    def __repr__(self):
        return f"<Synchronized wrapper for c_{self._typecode}({self.value!r})>"


class _SharedArray(_Synchronized):
    """A fixed-length array of numbers in shared memory."""

    _kind = 'SynchronizedArray'

    def __init__(self, typecode, size_or_init, lock):
        self._typecode = typecode
        floats = _check_typecode(typecode)
        init = None
        if isinstance(size_or_init, int):
            n = size_or_init
        else:
            init = list(size_or_init)
            n = len(init)
        self._cells = _mp.SharedArray(n, floats)
        if init is not None:
            for i, v in enumerate(init):
                self._cells.set(i, v)
        self._set_lock(RLock() if lock is True else lock)

    def __len__(self):
        return len(self._cells)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._cells.get(j) for j in range(*i.indices(len(self._cells)))]
        return self._cells.get(i)

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = list(range(*i.indices(len(self._cells))))
            vals = list(v)
            if len(idx) != len(vals):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, vals):
                self._cells.set(j, x)
        else:
            self._cells.set(i, v)

    def __iter__(self):
        return iter(self[:])


def Value(typecode_or_type, *args, lock=True):
    value = args[0] if args else 0
    return _SharedValue(typecode_or_type, value, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    return _SharedArray(typecode_or_type, size_or_initializer, lock)


RawValue = lambda typecode, *args: Value(typecode, *args, lock=False)
RawArray = lambda typecode, size: Array(typecode, size, lock=False)


# ---------------------------------------------------------------------------- managers

def _answer_challenge(conn, authkey):
    message = conn.recv_bytes()
    if not message.startswith(b'#CHALLENGE#'):
        raise AuthenticationError('protocol error: expected a challenge')
    conn.send_bytes(_mp.hmac_sha256(authkey, message[len(b'#CHALLENGE#'):]))
    if conn.recv_bytes() != b'#WELCOME#':
        raise AuthenticationError('digest sent was rejected')


def _deliver_challenge(conn, authkey):
    challenge = _mp.random_bytes(32)
    conn.send_bytes(b'#CHALLENGE#' + challenge)
    if not _mp.hmac_verify(authkey, challenge, conn.recv_bytes()):
        conn.send_bytes(b'#FAILURE#')
        raise AuthenticationError('digest received was wrong')
    conn.send_bytes(b'#WELCOME#')


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in sorted(self.__dict__.items()) if not k.startswith('_'))
        return f'Namespace({items})'


class _ValueBox:
    def __init__(self, typecode, value, lock=True):
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value


class _NamespaceBox:
    def __init__(self, **kwds):
        self.ns = Namespace(**kwds)

    def _getattr(self, name):
        return getattr(self.ns, name)

    def _setattr(self, name, value):
        setattr(self.ns, name, value)

    def _delattr(self, name):
        delattr(self.ns, name)

    def _repr(self):
        return repr(self.ns)


_SERVER_TYPES = {
    'dict': dict,
    'list': list,
    'Value': _ValueBox,
    'Lock': threading.Lock,
    'RLock': threading.RLock,
    'Semaphore': threading.Semaphore,
    'BoundedSemaphore': threading.BoundedSemaphore,
    'Event': threading.Event,
    'Queue': _queue.Queue,
    'JoinableQueue': _queue.Queue,
    'Namespace': _NamespaceBox,
}


def _setitem(o, k, v):
    o[k] = v


def _delitem(o, k):
    del o[k]


# Operators on the served objects (built-in types do not expose their dunder methods).
_SERVER_OPS = {
    '__getitem__': lambda o, k: o[k],
    '__setitem__': _setitem,
    '__delitem__': _delitem,
    '__contains__': lambda o, k: k in o,
    '__len__': len,
}


class _Server:
    """The manager process: owns the shared objects and serves one thread per client connection."""

    def __init__(self, address, authkey):
        self.address = address
        self.authkey = authkey
        self.objects = {}
        self.next_id = 0
        self.mutex = threading.Lock()
        self.listener = _mp.listen(address)

    def serve_forever(self, ready):
        ready.send('ready')
        while True:
            conn = Connection(self.listener.accept())
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()

    def handle(self, conn):
        try:
            _deliver_challenge(conn, self.authkey)
        except Exception:
            conn.close()
            return
        while True:
            try:
                op, ident, name, args, kwds = conn.recv()
            except (EOFError, OSError):
                return
            try:
                if op == 'shutdown':
                    conn.send(('ok', None))
                    sys.stdout.flush()
                    _mp._exit(0)
                if op == 'create':
                    obj = _SERVER_TYPES[name](*args, **kwds)
                    with self.mutex:
                        self.next_id += 1
                        ident = self.next_id
                        self.objects[ident] = obj
                    result = ident
                elif name in _SERVER_OPS:
                    result = _SERVER_OPS[name](self.objects[ident], *args)
                else:
                    result = getattr(self.objects[ident], name)(*args, **kwds)
                    if name in ('keys', 'values', 'items'):
                        result = list(result)
                reply = ('ok', result)
            except BaseException as e:
                reply = ('err', e)
            try:
                conn.send(reply)
            except Exception as e:
                conn.send(('err', e))


def _run_server(address, authkey, ready, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    _Server(address, authkey).serve_forever(ready)


_proxy_connections = {}


def _client(address, authkey):
    """This thread's connection to the manager at `address` (one per process and thread)."""
    key = (address, authkey, os.getpid(), threading.get_ident())
    conn = _proxy_connections.get(key)
    if conn is None:
        conn = Connection(_mp.connect(address))
        _answer_challenge(conn, authkey)
        _proxy_connections[key] = conn
    return conn


def _request(address, authkey, op, ident, name, args=(), kwds={}):
    conn = _client(address, authkey)
    conn.send((op, ident, name, tuple(args), dict(kwds)))
    kind, value = conn.recv()
    if kind == 'err':
        raise value
    return value


class BaseProxy:
    """A handle on an object in the manager process; each call is a request over a socket."""

    def __init__(self, address, authkey, ident):
        self._address = address
        self._authkey = authkey
        self._id = ident

    def _callmethod(self, name, args=(), kwds={}):
        return _request(self._address, self._authkey, 'call', self._id, name, args, kwds)

    def __repr__(self):
        return f"<{type(self).__name__} object, typeid={self._id}>"


class DictProxy(BaseProxy):
    def __getitem__(self, k):
        return self._callmethod('__getitem__', (k,))

    def __setitem__(self, k, v):
        self._callmethod('__setitem__', (k, v))

    def __delitem__(self, k):
        self._callmethod('__delitem__', (k,))

    def __contains__(self, k):
        return self._callmethod('__contains__', (k,))

    def __len__(self):
        return self._callmethod('__len__')

    def __iter__(self):
        return iter(self.keys())

    def get(self, k, default=None):
        return self._callmethod('get', (k, default))

    def keys(self):
        return self._callmethod('keys')

    def values(self):
        return self._callmethod('values')

    def items(self):
        return self._callmethod('items')

    def update(self, *args, **kwds):
        self._callmethod('update', args, kwds)

    def pop(self, *args):
        return self._callmethod('pop', args)

    def popitem(self):
        return self._callmethod('popitem')

    def setdefault(self, k, default=None):
        return self._callmethod('setdefault', (k, default))

    def clear(self):
        self._callmethod('clear')

    def copy(self):
        return self._callmethod('copy')

    def __repr__(self):
        return repr(self.copy())


class ListProxy(BaseProxy):
    def __getitem__(self, i):
        return self._callmethod('__getitem__', (i,))

    def __setitem__(self, i, v):
        self._callmethod('__setitem__', (i, v))

    def __delitem__(self, i):
        self._callmethod('__delitem__', (i,))

    def __len__(self):
        return self._callmethod('__len__')

    def __contains__(self, v):
        return self._callmethod('__contains__', (v,))

    def __iter__(self):
        return iter(self._callmethod('copy'))

    def append(self, v):
        self._callmethod('append', (v,))

    def extend(self, vs):
        self._callmethod('extend', (list(vs),))

    def insert(self, i, v):
        self._callmethod('insert', (i, v))

    def pop(self, *args):
        return self._callmethod('pop', args)

    def remove(self, v):
        self._callmethod('remove', (v,))

    def index(self, *args):
        return self._callmethod('index', args)

    def count(self, v):
        return self._callmethod('count', (v,))

    def sort(self, **kwds):
        self._callmethod('sort', (), kwds)

    def reverse(self):
        self._callmethod('reverse')

    def __repr__(self):
        return repr(self._callmethod('copy'))


class ValueProxy(BaseProxy):
    @property
    def value(self):
        return self._callmethod('get')

    @value.setter
    def value(self, v):
        self._callmethod('set', (v,))

    def get(self):
        return self._callmethod('get')

    def set(self, v):
        self._callmethod('set', (v,))


class AcquirerProxy(BaseProxy):
    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        self._callmethod('release')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class EventProxy(BaseProxy):
    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        self._callmethod('set')

    def clear(self):
        self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class QueueProxy(BaseProxy):
    def put(self, item, block=True, timeout=None):
        self._callmethod('put', (item, block, timeout))

    def get(self, block=True, timeout=None):
        return self._callmethod('get', (block, timeout))

    def put_nowait(self, item):
        self._callmethod('put_nowait', (item,))

    def get_nowait(self):
        return self._callmethod('get_nowait')

    def empty(self):
        return self._callmethod('empty')

    def full(self):
        return self._callmethod('full')

    def qsize(self):
        return self._callmethod('qsize')

    def task_done(self):
        self._callmethod('task_done')

    def join(self):
        self._callmethod('join')


class NamespaceProxy(BaseProxy):
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return self._callmethod('_getattr', (name,))

    def __setattr__(self, name, value):
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            self._callmethod('_setattr', (name, value))

    def __delattr__(self, name):
        self._callmethod('_delattr', (name,))

    def __repr__(self):
        return self._callmethod('_repr')


class SyncManager:
    """Starts a server process that holds shared objects; its methods make proxies for them."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        self._authkey = bytes(authkey) if authkey is not None else _mp.random_bytes(32)
        self._address = address
        self._dir = None
        self._process = None
        self._ctx = ctx if ctx is not None else get_context()

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        if self._process is not None:
            raise ProcessError("Already started server")
        if self._address is None:
            self._dir = _mp.private_dir()
            self._address = self._dir + '/listener'
        reader, writer = Pipe(duplex=False)
        # The server is started as the context says (spawned under spawn, as CPython's).
        self._process = self._ctx.Process(target=_run_server, args=(self._address, self._authkey, writer,
                                                                 initializer, initargs))
        self._process.name = 'SyncManager-' + ':'.join(str(i) for i in self._process._identity)

        self._process.start()
        reader.recv()

    def _create(self, proxy, typeid, *args, **kwds):
        if self._process is None:
            raise ProcessError("Manager has not been started")
        ident = _request(self._address, self._authkey, 'create', None, typeid, args, kwds)
        return proxy(self._address, self._authkey, ident)

    def dict(self, *args, **kwds):
        return self._create(DictProxy, 'dict', *args, **kwds)

    def list(self, *args):
        return self._create(ListProxy, 'list', *args)

    def Value(self, typecode, value, lock=True):
        return self._create(ValueProxy, 'Value', typecode, value)

    def Lock(self):
        return self._create(AcquirerProxy, 'Lock')

    def RLock(self):
        return self._create(AcquirerProxy, 'RLock')

    def Semaphore(self, value=1):
        return self._create(AcquirerProxy, 'Semaphore', value)

    def BoundedSemaphore(self, value=1):
        return self._create(AcquirerProxy, 'BoundedSemaphore', value)

    def Event(self):
        return self._create(EventProxy, 'Event')

    def Queue(self, maxsize=0):
        return self._create(QueueProxy, 'Queue', maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._create(QueueProxy, 'JoinableQueue', maxsize)

    def Namespace(self, **kwds):
        return self._create(NamespaceProxy, 'Namespace', **kwds)

    def shutdown(self):
        if self._process is None:
            return
        try:
            _request(self._address, self._authkey, 'shutdown', None, None)
        except Exception:
            pass
        self._process.join(timeout=1.0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        for key in [k for k in _proxy_connections if k[0] == self._address]:
            _proxy_connections.pop(key).close()
        if self._dir is not None:
            try:
                os.remove(self._address)
                os.rmdir(self._dir)
            except OSError:
                pass
        self._process = None

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *args):
        self.shutdown()


def Manager(ctx=None):
    m = SyncManager(ctx=ctx)
    m.start()
    return m
