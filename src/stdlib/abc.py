"""abc: abstract base classes. ABCMeta keeps, per class, the classes registered as its virtual
subclasses and the ABCs derived from it; isinstance/issubclass consult the class's
__subclasshook__, its real subclasses, its registry and its ABC subclasses. A class whose
abstract methods are not all overridden gets a non-empty __abstractmethods__, and object
creation refuses it (the check lives in the VM, as CPython's object.__new__)."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class that has it cannot be instantiated until a subclass
    overrides it (only in classes whose metaclass is ABCMeta, or after update_abstractmethods)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: classmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: staticmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: property(abstractmethod(fget))."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


_cache_token = 0


def get_cache_token():
    """A token that changes whenever any ABC gains a registered virtual subclass."""
    return _cache_token


class _abc_data:
    """Per-ABC state: virtual subclasses (register), and the ABCs derived from this one."""

    def __init__(self):
        self.registry = []
        self.subclasses = []


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _abstract_names(cls, namespace_items, bases):
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        cls._abc_impl = _abc_data()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, to allow usage as a
        class decorator."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subtype = type(instance)
        subclass = getattr(instance, "__class__", subtype)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return ok
        if cls in subclass.__mro__:
            return True
        for rcls in cls._abc_impl.registry:
            if issubclass(subclass, rcls):
                return True
        for scls in cls._abc_impl.subclasses:
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(cls._abc_impl.registry)!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing): there are none to clear."""
        return None


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class (after methods were added
    to it, e.g. by a class decorator). Returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, list(cls.__dict__.items()), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
