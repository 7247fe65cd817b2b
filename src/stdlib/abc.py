"""abc: abstract base classes. ABCMeta gathers a class's abstract methods into
__abstractmethods__ (the interpreter refuses to instantiate a class while that set is non-empty),
and makes isinstance/issubclass also answer for registered "virtual" subclasses and for what a
class's __subclasshook__ accepts, remembering the answers until the next register()."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Decorator marking a method abstract: a class (made by ABCMeta) that still has abstract
    methods cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use classmethod over abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod over abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property over abstractmethod."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


# Bumped by every register(): cached negative answers older than it are stale.
_invalidation = [0]


def get_cache_token():
    """A value that changes whenever a virtual subclass is registered with any ABC."""
    return _invalidation[0]


def _marked(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _still_abstract(cls, own_items):
    # The names abstract in the class's own namespace, plus those inherited from bases that it
    # has not overridden with something concrete.
    names = {key for key, value in own_items if _marked(value)}
    for base in cls.__bases__:
        for key in getattr(base, "__abstractmethods__", ()):
            if _marked(getattr(cls, key, None)):
                names.add(key)
    return frozenset(names)


class _Memory:
    # An ABC's own bookkeeping: registered virtual subclasses and the cached answers.
    __slots__ = ('registry', 'yes', 'no', 'no_version')

    def __init__(self):
        self.registry = set()
        self.yes = set()
        self.no = set()
        self.no_version = _invalidation[0]


def _memory(cls):
    # Each ABC has its own (a subclass must not share its base's).
    found = cls.__dict__.get('_abc_impl')
    if found is None:
        found = _Memory()
        type.__setattr__(cls, '_abc_impl', found)
    return found


class ABCMeta(type):
    """Metaclass of abstract base classes: see the module docstring. register(C) makes C a
    virtual subclass."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _still_abstract(cls, namespace.items())
        type.__setattr__(cls, '_abc_impl', _Memory())
        return cls

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC (usable as a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass             # nothing to do
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _memory(cls).registry.add(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        actual = type(instance)
        claimed = getattr(instance, '__class__', actual)
        memo = _memory(cls)
        if claimed in memo.yes:
            return True
        if actual is claimed:
            if memo.no_version == _invalidation[0] and claimed in memo.no:
                return False
            return cls.__subclasscheck__(claimed)
        return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        memo = _memory(cls)
        if subclass in memo.yes:
            return True
        if memo.no_version < _invalidation[0]:
            memo.no = set()
            memo.no_version = _invalidation[0]
        elif subclass in memo.no:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            assert isinstance(verdict, bool)
        else:
            verdict = (cls in getattr(subclass, '__mro__', ())
                       or any(issubclass(subclass, known) for known in list(memo.registry))
                       or any(issubclass(subclass, child) for child in cls.__subclasses__()))
        (memo.yes if verdict else memo.no).add(subclass)
        return verdict

    def _dump_registry(cls, file=None):
        """Debugging aid: this ABC's registry and caches."""
        memo = _memory(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(memo.registry)!r}", file=file)
        print(f"_abc_cache: {set(memo.yes)!r}", file=file)
        print(f"_abc_negative_cache: {set(memo.no)!r}", file=file)
        print(f"_abc_negative_cache_version: {memo.no_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        _memory(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        memo = _memory(cls)
        memo.yes.clear()
        memo.no.clear()


def update_abstractmethods(cls):
    """Recompute __abstractmethods__ after methods were added to or replaced in an abstract
    class after it was made. A class that is not abstract is returned unchanged."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _still_abstract(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """Base class for abstract classes (saves writing metaclass=ABCMeta)."""
    __slots__ = ()
