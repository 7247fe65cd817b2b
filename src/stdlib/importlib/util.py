"""importlib.util: helpers for importers — find_spec (without importing the module itself),
resolve_name, spec_from_file_location / spec_from_loader / module_from_spec to load a module by
hand, and the bytecode-cache path functions (gilpy writes no bytecode: sys.implementation has no
cache_tag, so cache_from_source says so as CPython would)."""

import os
import sys
import _imp
from _frozen_importlib import module_from_spec, spec_from_loader, ModuleSpec, SourceFileLoader
from importlib import _resolve_name

MAGIC_NUMBER = b'\xa7\r\r\n'
_CACHE_DIR = '__pycache__'
_OPT_PREFIX = 'opt-'


def resolve_name(name, package):
    """The absolute module name of `name`, which may be relative ('.mod') to `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} (required for relative module names)')
    dots = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[dots:], package, dots)


def find_spec(name, package=None):
    """The spec the import system would use for the module (its own __spec__ when it is
    imported already), or None when it cannot be found. A parent package is imported."""
    full = resolve_name(name, package) if name.startswith('.') else name
    if full in sys.modules:
        module = sys.modules[full]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent, _, _ = full.rpartition('.')
    search = None
    if parent:
        holder = __import__(parent, fromlist=['__path__'])
        try:
            search = holder.__path__
        except AttributeError as missing:
            raise ModuleNotFoundError(f"__path__ attribute not found on {parent!r} while trying "
                                      f"to find {full!r}", name=full) from missing
    return _imp.find_spec(full, search)


_FILL_IN = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_FILL_IN):
    """A spec for the module in the file at `location` (a source loader for .py files; None
    for files no loader takes). A package's spec lists the file's folder as its search path."""
    if location is None:
        location = '<unknown>'
        ask = getattr(loader, 'get_filename', None)
        if ask is not None:
            try:
                location = ask(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        try:
            location = os.path.abspath(location)
        except OSError:
            pass
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _FILL_IN:
        probe = getattr(loader, 'is_package', None)
        if probe is not None:
            try:
                if probe(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(os.path.split(location)[0])
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where the bytecode of the source file `path` would be cached."""
    folder, filename = os.path.split(os.fspath(path))
    stem, dot, ext = filename.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    cached = (stem if stem else ext) + dot + tag
    if optimization is None:
        optimization = sys.flags.optimize or ''
    optimization = str(optimization)
    if optimization:
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        cached += '.' + _OPT_PREFIX + optimization
    return os.path.join(folder, _CACHE_DIR, cached + '.pyc')


def source_from_cache(path):
    """The source file whose bytecode is cached at `path` (checked only by its name)."""
    folder, cached = os.path.split(os.fspath(path))
    folder, cache_dir = os.path.split(folder)
    if cache_dir != _CACHE_DIR:
        raise ValueError(f'{_CACHE_DIR} not bottom-level directory in {path!r}')
    dots = cached.count('.')
    if dots not in (2, 3):
        raise ValueError(f'expected only 2 or 3 dots in {cached!r}')
    if dots == 3:
        level_part = cached.rsplit('.', 2)[-2]
        if not level_part.startswith(_OPT_PREFIX):
            raise ValueError(f"optimization portion of filename does not start with {_OPT_PREFIX!r}")
        if not level_part[len(_OPT_PREFIX):].isalnum():
            raise ValueError(f"optimization level {level_part!r} is not an alphanumeric value")
    return os.path.join(folder, cached.partition('.')[0] + '.py')


def decode_source(source_bytes):
    """Source bytes as text: decoded by their coding declaration (UTF-8 by default), with
    universal newlines."""
    import linecache
    text = source_bytes.decode(linecache._declared_encoding(source_bytes))
    return text.replace('\r\n', '\n').replace('\r', '\n')
