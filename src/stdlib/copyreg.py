"""copyreg: the registry pickle and copy consult, as CPython 3.11's module.

Owns dispatch_table (type -> reduction function), the helpers that reduce and rebuild
plain instances (_reconstructor, __newobj__, __newobj_ex__, _reduce_ex for protocols 0
and 1), the cached slot-name listing pickle uses for __slots__ classes (_slotnames), and
the extension-code registry of pickle protocol 2.
"""

__all__ = "pickle constructor add_extension remove_extension clear_extension_cache".split()

dispatch_table = {}


def _require_callable(thing, what):
    if not callable(thing):
        raise TypeError(f"{what} must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers how instances of `ob_type` reduce for pickle and copy."""
    _require_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        _require_callable(constructor_ob, "constructors")


def constructor(object):
    """Checks that `object` can serve as a constructor (kept for compatibility)."""
    _require_callable(object, "constructors")


def pickle_complex(number):
    return complex, (number.real, number.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(union):
    import functools
    import operator
    return functools.reduce, (operator.or_, union.__args__)


try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


# ------------------------------------------------ rebuilding plain instances

def _reconstructor(cls, base, state):
    """Makes a `cls` instance whose built-in part (of type `base`) comes from `state`."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__ and base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def _builtin_base(cls):
    """The first class in the MRO written natively (object at worst)."""
    for base in cls.__mro__:
        flags = getattr(base, '__flags__', None)
        if flags is not None:
            if not flags & (1 << 9):
                return base
        elif base.__module__ == 'builtins':
            return base
    return object


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1 for instances without their own."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        state = base(self)
    rebuild_args = (cls, base, state)
    getstate = getattr(self, '__getstate__', None)
    if getstate is None or (type(self).__getstate__ is object.__getstate__
                            and getattr(self, "__slots__", None)):
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}")
        contents = getattr(self, '__dict__', None)
    else:
        contents = getstate()
    if contents:
        return _reconstructor, rebuild_args, contents
    return _reconstructor, rebuild_args


def __newobj__(cls, *args):
    """What pickle protocol 2's NEWOBJ does: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments too (pickle protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ of `cls` and its bases (private names mangled,
    __dict__ and __weakref__ left out), cached on the class as __slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            for name in ([slots] if isinstance(slots, str) else slots):
                if name == "__dict__" or name == "__weakref__":
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    name = f'_{owner}{name}' if owner else name
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass  # a class that takes no new attributes: recomputed next time
    return names


# ------------------------------------------------------ extension registry

_extension_registry = {}     # (module, name) -> code
_inverted_registry = {}      # code -> (module, name)
_extension_cache = {}        # code -> object


def add_extension(module, name, code):
    """Registers an extension code for the object `module`.`name`."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    taken = _extension_registry.get(key)
    if taken is not None:
        raise ValueError(f"key {key} is already registered with code {taken}")
    holder = _inverted_registry.get(code)
    if holder is not None:
        raise ValueError(f"code {code} is already in use for key {holder}")
    _extension_registry[key], _inverted_registry[code] = code, key


def remove_extension(module, name, code):
    """Unregisters an extension code (for testing only)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forgets the objects looked up by extension code."""
    _extension_cache.clear()
