"""importlib.util: find_spec, spec_from_file_location, module_from_spec, spec_from_loader,
resolve_name, and the bytecode-cache path helpers."""

import sys
import _imp
from _frozen_importlib import module_from_spec, spec_from_loader, ModuleSpec, SourceFileLoader
from importlib import _resolve_name

MAGIC_NUMBER = b'\xa7\r\r\n'

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec', 'module_from_spec',
           'resolve_name', 'source_from_cache', 'spec_from_file_location', 'spec_from_loader']


def resolve_name(name, package):
    """The absolute name of `name` ('.a' relative to `package`)."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: the one it has when already imported, else the one an import would
    use (its parent package is imported first), or None when there is none."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _imp.find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = module.__spec__
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=_POPULATE):
    """A spec for the module in the file `location` (a `.py` file gets a SourceFileLoader; for any
    other file without a `loader` the answer is None)."""
    import os
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        if not os.path.isabs(location):
            location = os.path.join(os.getcwd(), location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where python3 would keep the bytecode of the source file `path`."""
    import os
    head, tail = os.path.split(os.fspath(path))
    base, sep, rest = tail.rpartition('.')
    almost = (base if sep else rest) + '.' + sys.implementation.cache_tag
    if optimization:
        almost += f'.opt-{optimization}'
    return os.path.join(head, '__pycache__', almost + '.pyc')


def source_from_cache(path):
    """The source file whose bytecode python3 keeps at `path`."""
    import os
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + '.py')


def decode_source(source_bytes):
    """Source bytes decoded as source text (universal newlines)."""
    import io
    return io.TextIOWrapper(io.BytesIO(source_bytes), encoding='utf-8', newline=None).read()
