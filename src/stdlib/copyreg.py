"""copyreg: the registry pickle and copy consult for reducing objects of a given type, the
extension-code registry, and the small constructors that default reductions name
(`__newobj__`, `__newobj_ex__`, `_reconstructor`). Written for gilpy from the documented
behaviour; the default `object.__reduce_ex__` itself is emulated in pickle.py."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function returning a reduce value for its instances
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of instances of ob_type."""
    if callable(pickle_function):
        dispatch_table.update({ob_type: pickle_function})
    else:
        raise TypeError("reduction functions must be callable")
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    if callable(object):
        return
    raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    make = cls.__new__
    return make(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuild an object pickled by protocol 0 or 1's default reduction."""
    if base is object:
        made = object.__new__(cls)
    else:
        made = base.__new__(cls, state)
        init = base.__init__
        if init is not object.__init__ and init != object.__init__:
            init(made, state)
    return made


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (no __dict__ / __weakref__), cached on
    the class as __slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = (declared,)
            for slot in declared:
                if slot in ("__dict__", "__weakref__"):
                    continue
                if slot.startswith("__") and not slot.endswith("__"):
                    bare = klass.__name__.lstrip("_")
                    slot = "_%s%s" % (bare, slot) if bare else slot
                found.append(slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# Extension codes: (module, name) <-> code, and a cache of code -> object.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code (1 to 0x7fffffff) for the global module.name."""
    code = int(code)
    if code < 1 or code > 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return
    if known_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, known_code))
    if known_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, known_key))
    _extension_registry.update({key: code})
    _inverted_registry.update({code: key})


def remove_extension(module, name, code):
    """Unregister an extension code (for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
