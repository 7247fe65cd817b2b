"""Iterator building blocks, as CPython 3.11's itertools. The C module's classes come from the
native `_itertools` (src/modules/itertools/); `tee` is written here."""

import sys
from _itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                        count, cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                        repeat, starmap, takewhile, zip_longest)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def _index(r):
    """`r` as an int, or the TypeError of a C function taking an index."""
    if not hasattr(type(r), '__index__'):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    return r.__index__()


class _Tool:
    """An iterator over `self._it`, the generator a subclass sets up."""
    __slots__ = ()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class _TeeLink:
    """A block of up to _LINK items read from the shared source, chained to the next block:
    each tee holds its block and position, so a block is freed once every tee has left it
    (CPython's teedataobject)."""
    __slots__ = ('values', 'next', 'source')

    def __init__(self, source):
        self.values = []
        self.next = None
        self.source = source


_LINK = 57


class _tee(_Tool):
    __slots__ = ('_link', '_index')

    def __init__(self, link, index=0):
        self._link = link
        self._index = index

    def __next__(self):
        link = self._link
        i = self._index
        if i == _LINK:
            if link.next is None:
                link.next = _TeeLink(link.source)
            link = self._link = link.next
            i = 0
        values = link.values
        if i == len(values):
            values.append(next(link.source))
        self._index = i + 1
        return values[i]

    def __copy__(self):
        return _tee(self._link, self._index)


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
    # An iterator that can copy itself (a tee) is the first; the others are its copies.
    first = source if hasattr(source, '__copy__') else _tee(_TeeLink(source))
    tees[0] = first
    for i in range(1, n):
        tees[i] = first.__copy__()
    return tuple(tees)
