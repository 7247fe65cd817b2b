"""pkgutil for gilpy: listing the modules and packages in folders (iter_modules, walk_packages),
reading data files beside a package (get_data), namespace-style __path__ extension
(extend_path) and resolve_name.

Modules are found in the folders of sys.path (or the paths given). gilpy's own standard library
is embedded in the binary rather than kept in a folder, so iter_modules() without a path lists
only modules found in real folders.
"""

import collections
import importlib
import importlib.machinery
import importlib.util
import inspect
import os
import re
import sys
import zipimport
from functools import singledispatch as simplegeneric
from types import ModuleType
from zipimport import zipimporter

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader', 'walk_packages', 'iter_modules', 'get_data',
    'ImpImporter', 'ImpLoader', 'read_code', 'extend_path', 'ModuleInfo',
]

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class _FolderFinder:
    """Finds modules in one folder (what FileFinder is for pkgutil)."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)

    def find_spec(self, fullname, target=None):
        tail = fullname.rpartition('.')[2]
        package = os.path.join(self.path, tail)
        init = os.path.join(package, '__init__.py')
        if os.path.isfile(init):
            return importlib.util.spec_from_file_location(fullname, init, submodule_search_locations=[package])
        single = os.path.join(self.path, tail + '.py')
        if os.path.isfile(single):
            return importlib.util.spec_from_file_location(fullname, single)
        return None

    def find_module(self, fullname, path=None):
        spec = self.find_spec(fullname)
        return None if spec is None else spec.loader

    def iter_modules(self, prefix=''):
        try:
            names = os.listdir(self.path)
        except OSError:
            return
        names.sort()
        seen = set()
        for entry in names:
            modname = inspect.getmodulename(entry)
            if modname == '__init__' or modname in seen:
                continue
            full = os.path.join(self.path, entry)
            ispkg = False
            if not modname and os.path.isdir(full) and '.' not in entry:
                modname = entry
                try:
                    inside = os.listdir(full)
                except OSError:
                    inside = []
                for name in inside:
                    if inspect.getmodulename(name) == '__init__':
                        ispkg = True
                        break
                else:
                    continue
            if modname and '.' not in modname:
                seen.add(modname)
                yield prefix + modname, ispkg


def get_importer(path_item):
    """The finder for one sys.path entry (cached in sys.path_importer_cache)."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, 'path_importer_cache', None)
    if cache is not None and path_item in cache and cache[path_item] is not None:
        return cache[path_item]
    for hook in getattr(sys, 'path_hooks', []):
        try:
            finder = hook(path_item)
        except ImportError:
            continue
        if cache is not None:
            cache[path_item] = finder
        return finder
    if os.path.isdir(path_item):
        return _FolderFinder(path_item)
    # An archive (or a folder inside one): its zipimporter, cached as the import system does.
    import _frozen_importlib
    return _frozen_importlib._entry_finder(path_item)


def iter_importers(fullname=""):
    """The finders that could import fullname: sys.meta_path's, then the path entries'."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        package = importlib.import_module(fullname.rpartition('.')[0])
        path = getattr(package, '__path__', None)
        if path is None:
            return
    else:
        yield from sys.meta_path
        path = sys.path
    for item in path:
        finder = get_importer(item)
        if finder is not None:
            yield finder


@simplegeneric
def iter_importer_modules(importer, prefix=''):
    """(name, ispkg) for the modules a finder offers (dispatched on the finder's type)."""
    if hasattr(importer, 'iter_modules'):
        return importer.iter_modules(prefix)
    path = getattr(importer, 'path', None)
    if isinstance(path, str) and os.path.isdir(path):
        return _FolderFinder(path).iter_modules(prefix)
    return []


def iter_zipimport_modules(importer, prefix=''):
    """(name, ispkg) for the modules and packages directly inside a zipimporter's folder."""
    names = sorted(zipimport._zip_directory_cache[importer.archive])
    inside = importer.prefix
    given = set()
    for name in names:
        if not name.startswith(inside):
            continue
        parts = name[len(inside):].split(os.sep)
        if len(parts) == 2 and parts[1].startswith('__init__.py') and parts[0] not in given:
            given.add(parts[0])
            yield prefix + parts[0], True
        if len(parts) != 1:
            continue
        modname = inspect.getmodulename(parts[0])
        if modname and modname != '__init__' and '.' not in modname and modname not in given:
            given.add(modname)
            yield prefix + modname, False


iter_importer_modules.register(zipimporter, iter_zipimport_modules)
_iter_finder_modules = iter_importer_modules


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module in the folders of `path` (default sys.path)."""
    if path is None:
        finders = [f for f in (get_importer(p) for p in sys.path) if f is not None]
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        finders = [f for f in (get_importer(p) for p in path) if f is not None]
    seen = set()
    for finder in finders:
        for name, ispkg in _iter_finder_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module below `path`, recursively: each package is imported to find
    its own __path__. Import errors go to onerror(name) (ImportError is ignored without it)."""

    def seen(p, memo={}):
        if p in memo:
            return True
        memo[p] = True

    for info in iter_modules(path, prefix):
        yield info
        if info.ispkg:
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
            except Exception:
                if onerror is not None:
                    onerror(info.name)
                else:
                    raise
            else:
                inner = getattr(sys.modules[info.name], '__path__', None) or []
                inner = [p for p in inner if not seen(p)]
                yield from walk_packages(inner, info.name + '.', onerror)


def get_loader(module_or_name):
    """The loader of a module (or module name)."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if not isinstance(module_or_name, str):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module, '__spec__', None) is None:
            return None
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader importlib would use for fullname, or None."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding loader for {!r} ({}: {})"
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def extend_path(path, name):
    """A package's __path__ extended with the same-named folders elsewhere on sys.path (and the
    entries of NAME.pkg files), for packages split across folders."""
    if not isinstance(path, list):
        return path
    parts = name.rpartition('.')
    if parts[0]:
        try:
            search = sys.modules[parts[0]].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    path = path[:]
    final = parts[2]
    for folder in search:
        if not isinstance(folder, str) or not os.path.isdir(folder):
            continue
        candidate = os.path.join(folder, final)
        if os.path.isdir(candidate) and candidate not in path:
            path.append(candidate)
        listing = os.path.join(folder, final + '.pkg')
        if os.path.isfile(listing):
            try:
                f = open(listing)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (listing, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of the file `resource` ('/'-separated) beside the package's __init__ (or
    module file); None when the package's loader cannot read files."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    if module is None or not hasattr(module, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(module.__file__))
    return loader.get_data(os.path.join(*parts))


_NAME_PATTERN = None


def resolve_name(name):
    """The object a name like 'pkg.mod:attr.attr' or 'pkg.mod.attr' refers to."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        identifier = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{identifier})(?P<cln>:(?P<obj>{identifier})?)?$', re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    groups = m.groupdict()
    if groups.get('cln'):
        obj = importlib.import_module(groups['pkg'])
        parts = groups.get('obj')
        parts = parts.split('.') if parts else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            attempt = modname + '.' + parts[0]
            try:
                obj = importlib.import_module(attempt)
                parts.pop(0)
                modname = attempt
            except ImportError:
                break
    for part in parts:
        obj = getattr(obj, part)
    return obj


def read_code(stream):
    """gilpy has no .pyc files: there is never compiled code to read."""
    return None


class ImpImporter:
    """Kept for old code: finds modules in one folder (or on sys.path)."""

    def __init__(self, path=None):
        self.path = path

    def find_module(self, fullname, path=None):
        folders = [self.path] if self.path is not None else [p for p in sys.path if isinstance(p, str)]
        for folder in folders:
            loader = _FolderFinder(os.path.realpath(folder)).find_module(fullname)
            if loader is not None:
                return loader
        return None

    def iter_modules(self, prefix=''):
        if self.path is None or not os.path.isdir(self.path):
            return iter(())
        return _FolderFinder(self.path).iter_modules(prefix)


ImpLoader = importlib.machinery.SourceFileLoader
