"""unittest.util: the small helpers the assertions and the runner share — reprs that cannot fail,
reprs shortened around the place two values start to differ, dotted class names, and the element
count comparisons behind assertCountEqual."""

from collections import namedtuple
from os.path import commonprefix

# A failure line shows two reprs side by side; past this width they are cut down.
_WIDTH = 80
# What "[NNN chars]" costs, and the least kept of each part when shortening.
_MARKER_COST = 12
_KEEP_HEAD = 5
_KEEP_SHARED = 5
_KEEP_TAIL = 5
_KEEP_DIFFERENT = _WIDTH - (_KEEP_HEAD + _MARKER_COST + _KEEP_SHARED + _MARKER_COST + _KEEP_TAIL)


def _elide(text, head, tail):
    """Keep `head` leading and `tail` trailing characters, naming how many were dropped."""
    dropped = len(text) - head - tail
    if dropped <= _MARKER_COST:
        return text
    return f"{text[:head]}[{dropped} chars]{text[len(text) - tail:]}"


def _common_shorten_repr(*values):
    """The values' reprs, shortened alike so that the part where they differ stays visible."""
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _WIDTH:
        return reprs
    shared = commonprefix(reprs)
    cut = len(shared)
    room = _WIDTH - (longest - cut + _KEEP_HEAD + _MARKER_COST)
    if room > _KEEP_SHARED:
        shared = _elide(shared, _KEEP_HEAD, room)
        return tuple(shared + r[cut:] for r in reprs)
    shared = _elide(shared, _KEEP_HEAD, _KEEP_SHARED)
    return tuple(shared + _elide(r[cut:], _KEEP_DIFFERENT, _KEEP_TAIL) for r in reprs)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object's repr when the type's own raises; `short` cuts it at 80."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _WIDTH:
        return text[:_WIDTH] + " [truncated]..."
    return text


def strclass(cls):
    """'module.QualifiedName' of a class, as test ids and reports spell it."""
    return f"{cls.__module__}.{cls.__qualname__}"


def sorted_list_difference(expected, actual):
    """For two sorted lists: (items only in `expected`, items only in `actual`), each once."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        left, right = expected[i], actual[j]
        if left < right:
            missing.append(left)
            i += 1
            while i < len(expected) and expected[i] == left:
                i += 1
        elif left > right:
            unexpected.append(right)
            j += 1
            while j < len(actual) and actual[j] == right:
                j += 1
        else:
            i += 1
            j += 1
            while i < len(expected) and expected[i] == left:
                i += 1
            while j < len(actual) and actual[j] == right:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be sorted; consumes both lists."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is below, equal to or above y (the loader's default method order)."""
    return (x > y) - (x < y)


_Mismatch = namedtuple("Mismatch", "actual expected value")


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, item) for each item whose counts differ, comparing
    with == only (items need not be hashable); items of `actual` first, in order of appearance."""
    left, right = list(actual), list(expected)
    gone = object()
    found = []

    def take(items, start, item):
        count = 0
        for k in range(start, len(items)):
            if items[k] is not gone and items[k] == item:
                items[k] = gone
                count += 1
        return count

    for pos, item in enumerate(left):
        if item is gone:
            continue
        mine = take(left, pos, item)
        theirs = take(right, 0, item)
        if mine != theirs:
            found.append(_Mismatch(mine, theirs, item))
    for pos, item in enumerate(right):
        if item is gone:
            continue
        found.append(_Mismatch(0, take(right, pos, item), item))
    return found


def _tally(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable items (counted in dicts)."""
    mine, theirs = _tally(actual), _tally(expected)
    found = [_Mismatch(n, theirs.get(item, 0), item) for item, n in mine.items() if n != theirs.get(item, 0)]
    found.extend(_Mismatch(0, n, item) for item, n in theirs.items() if item not in mine)
    return found
