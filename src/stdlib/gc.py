"""gc: the garbage collector interface. gilpy frees every object by reference counting when its
last reference goes (and then runs its __del__ and weakref callbacks at the next safe point);
there is no cycle collector, so objects kept alive only by a reference cycle are never freed.
collect() runs what is already queued and returns 0, the number of unreachable objects it
found (it looks for none). get_objects() is partial: the containers reachable from the loaded
modules, not every object alive. enable/disable/thresholds/freeze are kept and reported as set,
and change nothing."""

import _gc
import sys as _sys

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_debug = 0
_threshold = (700, 10, 10)
_frozen = 0
_stats = [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def collect(generation=2):
    """Run the garbage collection: the finalisers already queued run; returns the number of
    unreachable objects found (always 0: reference counting leaves none but cycles, which gilpy
    does not look for)."""
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    info = {'generation': generation, 'collected': 0, 'uncollectable': 0}
    for cb in list(callbacks):
        cb('start', info)
    found = _gc.collect()
    _stats[generation]['collections'] += 1
    if _debug & DEBUG_STATS:
        _sys.stderr.write('gc: collecting generation %d...\ngc: done, 0 unreachable, 0 uncollectable.\n' % generation)
    for cb in list(callbacks):
        cb('stop', info)
    return found


def get_count():
    """Return the current collection counts (nothing is counted: always (0, 0, 0))."""
    return (0, 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None, /):
    """Set the collection thresholds (kept, reported by get_threshold)."""
    global _threshold
    t = list(_threshold)
    for i, v in enumerate((threshold0, threshold1, threshold2)):
        if v is not None:
            t[i] = v.__index__()
    _threshold = tuple(t)


def set_debug(flags, /):
    """Set the garbage collection debugging flags."""
    global _debug
    _debug = flags.__index__()


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    return [dict(s) for s in _stats]


def freeze():
    """Freeze all current tracked objects (counted only)."""
    global _frozen
    _frozen += len(get_objects())


def unfreeze():
    """Unfreeze all objects in the permanent generation."""
    global _frozen
    _frozen = 0


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return _frozen


_ATOMIC = (int, float, str, bytes, bool, type(None), type(...), range)


def is_tracked(*args):
    """Returns true if the object would be tracked by CPython's collector (containers)."""
    if len(args) != 1:
        raise TypeError('gc.is_tracked() takes exactly one argument (%d given)' % len(args))
    return _tracked(args[0])


def _tracked(obj):
    if isinstance(obj, _ATOMIC):
        return False
    if type(obj) is dict:
        return any(_tracked(k) or _tracked(v) for k, v in obj.items())
    return True


def is_finalized(obj, /):
    """Returns true if the object's __del__ has already run."""
    return _gc.is_finalized(obj)


def get_referents(*objs):
    """Return the list of objects that are directly referred to by objs (containers' items,
    instances' __dict__ values and class)."""
    out = []
    for o in objs:
        t = type(o)
        if t in (list, tuple, set, frozenset):
            out.extend(reversed(list(o)) if t is list else o)
        elif t is dict:
            # As CPython's dict traversal: a dict whose keys are all strings shows its values only.
            str_keys = all(type(k) is str for k in o)
            for k, v in o.items():
                out.append(v)
                if not str_keys:
                    out.append(k)
        elif isinstance(o, _ATOMIC):
            continue
        elif isinstance(o, type):
            out.append(o.__dict__)
            out.extend(o.__bases__)
        else:
            d = getattr(o, '__dict__', None)
            if isinstance(d, dict) and not callable(o):
                out.extend(d.values())
            out.append(t)
    return out


def get_objects(generation=None):
    """A list of the container objects reachable from the loaded modules (partial: objects
    reachable only from running frames or from other threads' locals are not found)."""
    if generation is not None and not 0 <= generation <= 2:
        raise ValueError('generation parameter must be less than the number of available generations (3)')
    seen = set()
    out = []
    stack = [m.__dict__ for m in list(_sys.modules.values()) if hasattr(m, '__dict__')]
    while stack:
        o = stack.pop()
        if id(o) in seen or not _tracked(o) and type(o) is not dict:
            continue
        seen.add(id(o))
        out.append(o)
        try:
            stack.extend(get_referents(o))
        except Exception:
            pass
    return out


def get_referrers(*objs):
    """Return the list of objects (among get_objects()) that directly refer to any of objs."""
    ids = {id(o) for o in objs}
    return [o for o in get_objects() if any(id(r) in ids for r in get_referents(o))]
