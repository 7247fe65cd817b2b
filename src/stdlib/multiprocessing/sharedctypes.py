"""multiprocessing.sharedctypes: Value and Array (numbers in shared memory that forked and spawned
children see, each with an optional lock) and their lock-free forms RawValue and RawArray."""

import _multiprocessing as _mp
from multiprocessing.context import assert_spawning
from multiprocessing.synchronize import RLock

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

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
        assert_spawning(self, self._kind)
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


def RawValue(typecode_or_type, *args):
    return Value(typecode_or_type, *args, lock=False)


def RawArray(typecode_or_type, size_or_initializer):
    return Array(typecode_or_type, size_or_initializer, lock=False)
