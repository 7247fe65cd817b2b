"""importlib: the import system from Python code — import_module (absolute or relative names),
reload, invalidate_caches and __import__. The import statement itself runs in the interpreter;
the loaders' pieces are in _frozen_importlib and the native _imp."""

import builtins
import sys
import _imp
import _frozen_importlib as _bootstrap

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """The function behind the import statement (builtins.__import__)."""
    return builtins.__import__(name, globals, locals, fromlist, level)


def _absolute(name, package, level):
    # `name` relative to `package`, `level` dots up.
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')
    return name if level == 0 else _resolve_name(name, package, level)


def _resolve_name(name, package, level):
    # Up `level` - 1 packages from `package`, then down to `name` (used by importlib.util too).
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return f'{parts[0]}.{name}' if name else parts[0]


def import_module(name, package=None):
    """Import a module and give it (the module itself, not its top package as `import a.b`
    binds). A name starting with dots is relative to `package`."""
    dots = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        dots = len(name) - len(name.lstrip('.'))
    full = _absolute(name[dots:], package, dots)
    found = sys.modules.get(full)
    if found is None:
        builtins.__import__(full)
        found = sys.modules[full]
    return found


def invalidate_caches():
    """Ask every finder on sys.meta_path to drop what it has cached."""
    for finder in sys.meta_path:
        drop = getattr(finder, 'invalidate_caches', None)
        if drop is not None:
            drop()


_being_reloaded = {}


def reload(module):
    """Run the module's code again in its existing namespace and give the module
    (sys.modules may have been changed to another object by the module itself)."""
    spec = getattr(module, '__spec__', None)
    name = getattr(spec, 'name', None) if spec is not None else None
    if name is None:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _being_reloaded:
        return _being_reloaded[name]        # a reload in progress (re-entered)
    _being_reloaded[name] = module
    try:
        parent, _, _ = name.rpartition('.')
        search = None
        if parent:
            holder = sys.modules.get(parent)
            if holder is None:
                raise ImportError(f"parent {parent!r} not in sys.modules", name=parent)
            search = holder.__path__
        fresh = _imp.find_spec(name, search)
        if fresh is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        fresh._initializing = True
        try:
            _bootstrap._init_module_attrs(fresh, module, override=True)
            fresh.loader.exec_module(module)
        finally:
            fresh._initializing = False
        return sys.modules[name]
    finally:
        _being_reloaded.pop(name, None)


from importlib import util  # noqa: E402  (CPython's importlib has it loaded as well)
