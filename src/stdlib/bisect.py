"""Bisection algorithms on sorted sequences, as CPython 3.11's bisect: bisect_left, bisect_right
(bisect), insort_left, insort_right (insort), with lo, hi and key.

Each search halves the slice a[lo:hi] until one position is left; `key`, when given, is applied
to the elements of `a` (never to `x`, which must already be a key)."""

def _span(a, lo, hi):
    """The checked search bounds."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, (len(a) if hi is None else hi)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index where x would be inserted after any equal elements: everything left of it is
    <= x, everything from it on is > x."""
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) >> 1
        probe = a[middle] if key is None else key(a[middle])
        if x < probe:
            hi = middle
        else:
            lo = middle + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index where x would be inserted before any equal elements: everything left of it is
    < x, everything from it on is >= x."""
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) >> 1
        probe = a[middle] if key is None else key(a[middle])
        if probe < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a after any elements equal to it."""
    wanted = x if key is None else key(x)
    a.insert(bisect_right(a, wanted, lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted list a before any elements equal to it."""
    wanted = x if key is None else key(x)
    a.insert(bisect_left(a, wanted, lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
