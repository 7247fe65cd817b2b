"""Iterator building blocks, as CPython 3.11's itertools. Written in gilpy: each tool is a class
(so type() and repr() name it as CPython does) around a generator that does the work."""

import sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _index(r):
    """`r` as an int, or the TypeError of a C function taking an index."""
    if not hasattr(type(r), '__index__'):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    return r.__index__()


def _ssize(r):
    """`r` as a C ssize_t argument: `_index`, then OverflowError past 64 bits."""
    n = _index(r)
    if not -sys.maxsize - 1 <= n <= sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return n


class _Tool:
    """An iterator over `self._it`, the generator a subclass sets up."""
    __slots__ = ()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class count(_Tool):
    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, complex) or any(hasattr(t, m) for m in ('__index__', '__int__', '__float__'))):
                raise TypeError("a number is required")
        # Counting by one from an int that fits a C ssize_t gives plain ints (count(True): 1, 2, ...).
        if isinstance(start, int) and type(step) is int and step == 1 and -sys.maxsize - 1 <= start <= sys.maxsize:
            start = int.__index__(start)
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class cycle(_Tool):
    def __init__(self, iterable, /):
        self._it = _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


class repeat(_Tool):
    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(_ssize(times), 0)

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class accumulate(_Tool):
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain(_Tool):
    def __init__(self, *iterables):
        self._it = _chain(iter(iterables))

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._it = _chain(iter(iterable))
        return self


def _chain(iterables):
    for it in iterables:
        yield from it


class compress(_Tool):
    def __init__(self, data, selectors):
        self._it = (d for d, s in zip(data, selectors) if s)


class dropwhile(_Tool):
    def __init__(self, predicate, iterable, /):
        self._it = _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


class takewhile(_Tool):
    def __init__(self, predicate, iterable, /):
        self._it = _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


class filterfalse(_Tool):
    def __init__(self, function, iterable, /):
        if function is None:
            function = bool
        self._it = (x for x in iter(iterable) if not function(x))


class starmap(_Tool):
    def __init__(self, function, iterable, /):
        self._it = (function(*args) for args in iter(iterable))


class pairwise(_Tool):
    def __init__(self, iterable, /):
        self._it = _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


class groupby(_Tool):
    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._source = iter(iterable)
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._id = object()

    def __next__(self):
        self._id = object()
        while self._currkey is self._marker or self._currkey == self._tgtkey:
            self._currvalue = next(self._source)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._id))

    def _group(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._source)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


class _grouper(_Tool):
    def __init__(self, parent, id):
        self._it = parent._group(parent._tgtkey, id)


_ISLICE_INDEX = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STEP = "Step for islice() must be a positive integer or None."


def _ssize_or_minus_one(v):
    """`v` through __index__ as a C ssize_t, or -1 where it is none (CPython's error return,
    which islice does not tell apart from a real -1)."""
    if not hasattr(type(v), '__index__'):
        return -1
    n = v.__index__()
    return n if -sys.maxsize - 1 <= n <= sys.maxsize else -1


class islice(_Tool):
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        start, stop, step = (None, args[0], None) if len(args) == 1 else (args + (None,))[:3]
        if stop is not None:
            stop = _ssize_or_minus_one(stop)
            if stop == -1:
                raise ValueError(_ISLICE_STOP)
        if start is not None:
            start = _ssize_or_minus_one(start)
        if (start is not None and start < 0) or (stop is not None and stop < -1):
            raise ValueError(_ISLICE_INDEX)
        if step is not None:
            step = _ssize_or_minus_one(step)
            if step <= 0:
                raise ValueError(_ISLICE_STEP)
        self._it = _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, start, stop, step):
    # Pulls only what it hands out (and the skipped items before each): the source iterator is
    # left just past the last item yielded, so a caller can go on reading it.
    taken = 0
    wanted = start
    while True:
        try:
            while taken < wanted:
                next(it)
                taken += 1
            if stop is not None and taken >= stop:
                return
            element = next(it)
        except StopIteration:
            return
        taken += 1
        yield element
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop


class zip_longest(_Tool):
    def __init__(self, *iterables, fillvalue=None):
        self._it = _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


class product(_Tool):
    def __init__(self, *iterables, repeat=1):
        repeat = _ssize(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        # CPython keeps one index (8 bytes) per pool.
        if repeat and len(iterables) > sys.maxsize // 8 // repeat:
            raise OverflowError("repeat argument too large")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._it = _product(pools)


def _product(pools):
    """The tuples one at a time, the last pool turning fastest (an odometer of indices)."""
    if not all(pools):
        return
    indices = [0] * len(pools)
    yield tuple(pool[0] for pool in pools)
    while True:
        for i in reversed(range(len(pools))):
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
        else:
            return
        yield tuple(pool[k] for pool, k in zip(pools, indices))


class permutations(_Tool):
    def __init__(self, iterable, r=None):
        if r is not None and not isinstance(r, int):
            raise TypeError("Expected int as r")
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class combinations(_Tool):
    def __init__(self, iterable, r):
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Tool):
    def __init__(self, iterable, r):
        r = _ssize(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class _tee(_Tool):
    __slots__ = ('_source', '_buffers', '_buffer')

    def __init__(self, source, buffers, index):
        self._source = source
        self._buffers = buffers
        self._buffer = buffers[index]

    def __next__(self):
        if not self._buffer:
            value = next(self._source)
            for b in self._buffers:
                b.append(value)
        return self._buffer.pop(0)


def tee(iterable, n=2, /):
    n = _index(n)
    if not -sys.maxsize - 1 <= n <= sys.maxsize:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    source = iter(iterable)
    # The n slots are had first: a count past memory is MemoryError before n iterators are made.
    tees = [None] * n
    buffers = [[] for _ in tees]
    for i in range(n):
        tees[i] = _tee(source, buffers, i)
    return tuple(tees)
