"""heapq: binary min-heaps kept in plain lists (heap[k] <= heap[2k+1] and heap[2k+2]).

The sifting works as CPython's C module does: an item leaving the root is replaced by
walking the smaller child up all the way to a leaf, then sifting the new item back up from
there (fewer comparisons than stopping early, as most items belong near the leaves). The same
comparisons happen in the same order, so lists end up arranged exactly as in CPython.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _need_list(name, heap, what='argument'):
    if not isinstance(heap, list):
        shown = 'None' if heap is None else type(heap).__name__
        raise TypeError(f"{name}() {what} must be list, not {shown}")


def _bubble_up(heap, top, pos, before):
    """Move heap[pos] towards the root (not above index `top`) while before(it, parent)."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if not before(item, heap[parent]):
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _sink(heap, pos, before):
    """Re-place heap[pos]: the preferred child climbs until a leaf is free, then the item
    bubbles up from that leaf."""
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not before(heap[child], heap[other]):
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos, before)


def _less(a, b):
    return a < b


def _greater(a, b):
    # max-heaps still only use <, with the operands swapped
    return b < a


def _siftdown(heap, startpos, pos):
    _bubble_up(heap, startpos, pos, _less)


def _siftup(heap, pos):
    _sink(heap, pos, _less)


def _siftdown_max(heap, startpos, pos):
    _bubble_up(heap, startpos, pos, _greater)


def _siftup_max(heap, pos):
    _sink(heap, pos, _greater)


def heappush(heap, item, /):
    """Add item to the heap."""
    _need_list('heappush', heap, 'argument 1')
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1, _less)


def _take_root(heap, before):
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest, heap[0] = heap[0], last
    _sink(heap, 0, before)
    return smallest


def _replace_root(heap, item, before):
    if not heap:
        raise IndexError("index out of range")
    root, heap[0] = heap[0], item
    _sink(heap, 0, before)
    return root


def heappop(heap, /):
    """Remove and return the smallest item; IndexError when the heap is empty."""
    _need_list('heappop', heap)
    return _take_root(heap, _less)


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (in one step: the heap never shrinks)."""
    _need_list('heapreplace', heap, 'argument 1')
    return _replace_root(heap, item, _less)


def heappushpop(heap, item, /):
    """Push item, then pop the smallest item (item itself when it is the smallest)."""
    _need_list('heappushpop', heap, 'argument 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0, _less)
    return item


def heapify(x, /):
    """Arrange the list x into a heap, in place, in linear time."""
    _need_list('heapify', x)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sink(x, pos, _less)


# The max-heap versions, which nsmallest() and merge(reverse=True) use.

def _listed(name, heap, what='argument'):
    _need_list(name, heap, what)
    return heap


def _heapify_max(x, /):
    for pos in range(len(_listed('_heapify_max', x)) // 2 - 1, -1, -1):
        _sink(x, pos, _greater)


def _heappop_max(heap, /):
    return _take_root(_listed('_heappop_max', heap), _greater)


def _heapreplace_max(heap, item, /):
    return _replace_root(_listed('_heapreplace_max', heap, 'argument 1'), item, _greater)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator (lazily; ties come from the earlier
    iterable first). With reverse=True the inputs are sorted from largest to smallest."""
    fronts = []     # [sort value, input number, current item, next()] per live input
    for number, iterable in enumerate(iterables):
        step = iter(iterable).__next__
        try:
            item = step()
        except StopIteration:
            continue
        fronts.append([item if key is None else key(item), number, item, step])
    # input numbers order ties; reversed order needs them descending, hence the negation
    if reverse:
        for front in fronts:
            front[1] = -front[1]
        _heapify_max(fronts)
        before = _greater
    else:
        heapify(fronts)
        before = _less
    while len(fronts) > 1:
        front = fronts[0]
        yield front[2]
        try:
            item = front[3]()
        except StopIteration:
            _take_root(fronts, before)
            continue
        front[0] = item if key is None else key(item)
        front[2] = item
        _sink(fronts, 0, before)
    if fronts:
        _, _, item, step = fronts[0]
        yield item
        while True:
            try:
                yield step()
            except StopIteration:
                return


def _pick_one(iterable, key, choose):
    missing = object()
    if key is None:
        found = choose(iter(iterable), default=missing)
    else:
        found = choose(iter(iterable), default=missing, key=key)
    return [] if found is missing else [found]


def _select(n, iterable, key, largest):
    """The n smallest (or largest) items, best first, ties in input order."""
    if n == 1:
        return _pick_one(iterable, key, max if largest else min)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # Keep the n best so far in a heap whose root is the worst of them, as (sort value,
    # position[, item]); a newcomer replaces the root when it is better. Positions count down
    # for the largest, so that among equals the earlier item still wins.
    source = iter(iterable)
    positions = range(0, -n, -1) if largest else range(n)
    if key is None:
        kept = [(item, pos) for pos, item in zip(positions, source)]
    else:
        kept = [(key(item), pos, item) for pos, item in zip(positions, source)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        swap, step = heapreplace, -1
    else:
        _heapify_max(kept)
        swap, step = _heapreplace_max, 1
    bound = kept[0][0]
    pos = step * n
    for item in source:
        value = item if key is None else key(item)
        if (bound < value) if largest else (value < bound):
            swap(kept, (value, pos) if key is None else (value, pos, item))
            bound = kept[0][0]
            pos += step
    kept.sort(reverse=largest)
    return [entry[0] if key is None else entry[-1] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first: sorted(iterable, key=key)[:n]."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first: sorted(iterable, key=key,
    reverse=True)[:n]."""
    return _select(n, iterable, key, True)
