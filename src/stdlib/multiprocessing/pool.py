"""multiprocessing.pool: Pool (worker processes fed through a task queue; results come back
through a result queue to a handler thread in the parent, which runs the callbacks; a worker that
dies is replaced and the task it held fails with ProcessError) and ThreadPool (the same API on
threads of this process)."""

import _multiprocessing as _mp
import _thread
import _time as time
import os
import sys
import threading
import queue as _queue
from multiprocessing.context import ProcessError, TimeoutError, get_context
from multiprocessing.queues import SimpleQueue

__all__ = ['Pool', 'ThreadPool']

def _mapstar(func, chunk):
    return [func(x) for x in chunk]


def _starmapstar(func, chunk):
    return [func(*x) for x in chunk]


def worker(tasks, results, initializer, initargs, maxtasks, slot):
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
        # The chunk is kept reversed, so each item is taken from the end (no shifting).
        while not self._buffer:
            self._buffer = list(next(self._inner))[::-1]
        return self._buffer.pop()

    next = __next__


class Pool:
    """Worker processes (forked when the pool is made) fed through a task queue; results come back
    through a result queue to a handler thread in the parent, which runs the callbacks."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
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
        self._tasks = self._new_queue()
        self._results = self._new_queue()
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

    def _new_queue(self):
        return SimpleQueue()

    def _add_worker(self):
        slot = _mp.SharedArray(2)
        w = self._process_class(target=worker, args=(self._tasks, self._results, self._initializer,
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

    def _stop_keeper(self):
        # The keeper may be between its look at the state and starting a replacement worker:
        # wait for it, so that no worker joins the list after the state changed (a worker that
        # got no sentinel, or was never terminated, would make join() wait for ever).
        if self._keeper is not threading.current_thread():
            self._keeper.join()

    def close(self):
        if self._state == 'RUN':
            self._state = 'CLOSE'
            self._stop_keeper()
            for _ in self._workers:
                self._tasks.put(None)

    def terminate(self):
        self._state = 'TERMINATE'
        self._stop_keeper()
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

    def __repr__(self):
        cls = type(self)
        return f'<{cls.__module__}.{cls.__qualname__} state={self._state} pool_size={len(self._workers)}>'


class _ThreadQueue:
    """A ThreadPool's task or result channel: values pass as they are, nothing is serialised."""

    def __init__(self):
        self._queue = _queue.SimpleQueue()

    def put(self, obj):
        self._queue.put(obj)

    def get(self):
        return self._queue.get()

    def get_nowait(self):
        return self._queue.get_nowait()


class _ThreadSlot:
    """Which task a thread worker holds (the pool's shared slot, in this process's memory)."""

    def __init__(self):
        self._cells = [0, 0]

    def get(self, i):
        return self._cells[i]

    def set(self, i, value):
        self._cells[i] = value


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process: tasks and results are not serialised,
    so lambdas, closures and unpicklable values work."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _new_queue(self):
        return _ThreadQueue()

    def _add_worker(self):
        from multiprocessing.dummy import DummyProcess
        slot = _ThreadSlot()
        w = DummyProcess(target=worker, args=(self._tasks, self._results, self._initializer,
                                              self._initargs, self._maxtasks, slot))
        w.daemon = True
        w.start()
        w._slot = slot
        self._workers.append(w)

    def terminate(self):
        """Drops the tasks not yet started; each worker ends after its current task."""
        self._state = 'TERMINATE'
        self._stop_keeper()
        while True:
            try:
                self._tasks.get_nowait()
            except _queue.Empty:
                break
        for _ in self._workers:
            self._tasks.put(None)
        for w in self._workers:
            if w is not threading.current_thread():
                w.join()
        self._results.put(None)


