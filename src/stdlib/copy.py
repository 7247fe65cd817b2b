"""copy: copy(x) (shallow) and deepcopy(x) (recursive, sharing and cycles preserved through a
memo), honouring __copy__, __deepcopy__, copyreg.dispatch_table and __getstate__/__setstate__. Instances of classes are
rebuilt with cls.__new__ and their state (their __dict__, and the items of a list, dict or set
they subclass)."""

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _f():
    pass


_ATOMIC = (type(None), int, float, complex, bool, str, bytes, type, range, type(len), type(_f),
           type(Ellipsis), type(NotImplemented), property)


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return _from_reduction(x, reductor(x), None)
    reduction = _own_reduction(x, cls)
    if reduction is not None:
        return _from_reduction(x, reduction, None)
    return _reconstruct(x, None)


def _own_reduction(x, cls):
    """What the class's own __reduce_ex__ (or __reduce__) says about x, when a class other
    than object defines one (object's default reduction is what _reconstruct does); None
    otherwise."""
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None and reduce_ex is not object.__reduce_ex__:
        return reduce_ex(x, 4)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object.__reduce__:
        return reduce(x)
    return None


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied all the way down, once each."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that refers to itself through a copied list was copied meanwhile.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        reductor = copyreg.dispatch_table.get(cls)
        if copier is not None:
            y = copier(memo)
        elif reductor is not None:
            y = _from_reduction(x, reductor(x), memo)
        else:
            reduction = _own_reduction(x, cls)
            y = _reconstruct(x, memo) if reduction is None else _from_reduction(x, reduction, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)  # keep x alive, so its id is not reused
    return y


def _reconstruct(x, memo):
    """A new instance of x's class with x's state (deep-copied if memo is given)."""
    deep = memo is not None
    cls = type(x)
    if isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x] if deep else list(x)
        y = cls(*items) if hasattr(cls, "_fields") else cls(items)
        if deep:
            memo[id(x)] = y
        return y
    try:
        y = cls.__new__(cls)
    except TypeError:
        raise Error(f"un(deep)copyable object of type {cls}") from None
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) for a in x) if deep else y.extend(x)
    elif isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    elif isinstance(x, set):
        y.update(deepcopy(a, memo) for a in x) if deep else y.update(x)
    elif isinstance(x, bytearray):
        y.extend(x)
    getstate = getattr(x, "__getstate__", None)
    state = getstate() if getstate is not None else getattr(x, "__dict__", None)
    if state:
        _set_state(y, state, memo)
    return y


def _set_state(y, state, memo):
    """Gives y the state (deep-copied if memo is given): through __setstate__, else into its
    __dict__ (and slots, for a (dict, slots) pair)."""
    if memo is not None:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
        for name, value in (slots or {}).items():
            setattr(y, name, value)
    if state:
        y.__dict__.update(state)


def _from_reduction(x, reduction, memo):
    """Rebuilds x from what a copyreg reduction function returned: a string (x is global:
    itself), or (callable, args[, state[, list items[, dict items]]])."""
    if isinstance(reduction, str):
        return x
    deep = memo is not None
    func, args, *rest = reduction
    rest += [None] * (3 - len(rest))
    state, list_items, dict_items = rest[:3]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    for item in list_items or ():
        y.append(deepcopy(item, memo) if deep else item)
    for key, value in dict_items or ():
        y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
