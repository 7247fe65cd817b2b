"""The old import interface (CPython 3.11's imp, deprecated since 3.4 and removed in 3.12),
on importlib: find_module/load_module and the load_source/load_package helpers, the module
kinds (PY_SOURCE, PKG_DIRECTORY, C_BUILTIN, ...), get_suffixes, the cache-path helpers,
new_module, reload and the import lock functions. Modules gilpy embeds in itself count as
frozen; it has no compiled-bytecode or extension-module loading, so load_compiled and
load_dynamic are not offered."""

import os
import sys
import types
import tokenize
import warnings
import importlib
from importlib import machinery, util
from _imp import is_builtin, is_frozen

warnings.warn("the imp module is deprecated in favour of importlib and slated for removal in "
              "Python 3.12; see the module's documentation for alternative uses",
              DeprecationWarning, stacklevel=2)

# The kinds of module find_module reports (the third item of its description).
SEARCH_ERROR = 0
PY_SOURCE = 1
PY_COMPILED = 2
C_EXTENSION = 3
PY_RESOURCE = 4
PKG_DIRECTORY = 5
C_BUILTIN = 6
PY_FROZEN = 7
PY_CODERESOURCE = 8
IMP_HOOK = 9


def new_module(name):
    """**DEPRECATED**

    An empty module object named `name` (not put in sys.modules)."""
    return types.ModuleType(name)


def get_magic():
    """**DEPRECATED**

    The magic number that starts this interpreter's bytecode files."""
    return util.MAGIC_NUMBER


def get_tag():
    """The tag that names this interpreter's cached bytecode files (sys.implementation)."""
    return sys.implementation.cache_tag


def cache_from_source(path, debug_override=None):
    """**DEPRECATED**

    Where the bytecode cached for the source file `path` is kept."""
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        return util.cache_from_source(path, debug_override)


def source_from_cache(path):
    """**DEPRECATED**

    The source file of the cached bytecode file `path`."""
    return util.source_from_cache(path)


def get_suffixes():
    """**DEPRECATED**

    (suffix, open mode, kind) of every file name ending import looks for."""
    found = [(suffix, 'rb', C_EXTENSION) for suffix in machinery.EXTENSION_SUFFIXES]
    found += [(suffix, 'r', PY_SOURCE) for suffix in machinery.SOURCE_SUFFIXES]
    found += [(suffix, 'rb', PY_COMPILED) for suffix in machinery.BYTECODE_SUFFIXES]
    return found


class NullImporter:
    """**DEPRECATED**

    The finder for a sys.path entry that can never hold modules."""

    def __init__(self, path):
        if path == '':
            raise ImportError('empty pathname', path='')
        if os.path.isdir(path):
            raise ImportError('existing directory', path=path)

    def find_module(self, fullname):
        """Always None: nothing is found here."""
        return None


def _load_file(name, path, package):
    """Run the source file `path` as module `name` (a package's __init__ when package),
    reusing the module already in sys.modules under that name."""
    loader = machinery.SourceFileLoader(name, path)
    if package:
        spec = util.spec_from_file_location(name, path, loader=loader,
                                            submodule_search_locations=[])
    else:
        spec = util.spec_from_file_location(name, path, loader=loader)
    module = sys.modules.get(name)
    added = module is None
    if added:
        module = util.module_from_spec(spec)
        sys.modules[name] = module
    else:
        module.__spec__ = spec
        module.__loader__ = loader
        module.__file__ = path
        if package:
            module.__path__ = spec.submodule_search_locations
    try:
        loader.exec_module(module)
    except BaseException:
        if added:
            sys.modules.pop(name, None)
        raise
    return sys.modules[name]


def load_source(name, pathname, file=None):
    """**DEPRECATED**

    Load (or reload into the module of that name) the source file `pathname`."""
    return _load_file(name, pathname, False)


def load_package(name, path):
    """**DEPRECATED**

    Load the package whose directory (or __init__ file) is `path`."""
    if os.path.isdir(path):
        for suffix in machinery.SOURCE_SUFFIXES + machinery.BYTECODE_SUFFIXES:
            candidate = os.path.join(path, '__init__' + suffix)
            if os.path.exists(candidate):
                path = candidate
                break
        else:
            raise ValueError('{!r} is not a package'.format(path))
    return _load_file(name, path, True)


def load_module(name, file, filename, details):
    """**DEPRECATED**

    Load a module found by find_module, given what it answered."""
    suffix, mode, type_ = details
    if mode and (not mode.startswith('r') or '+' in mode):
        raise ValueError('invalid file open mode {!r}'.format(mode))
    if file is None and type_ in {PY_SOURCE, PY_COMPILED}:
        raise ValueError('file object required for import (type code {})'.format(type_))
    if type_ == PY_SOURCE:
        return load_source(name, filename, file)
    if type_ == PKG_DIRECTORY:
        return load_package(name, filename)
    if type_ == C_BUILTIN:
        return init_builtin(name)
    if type_ == PY_FROZEN:
        return init_frozen(name)
    raise ImportError("Don't know how to import {} (type code {})".format(name, type_), name=name)


def find_module(name, path=None):
    """**DEPRECATED**

    (file, pathname, (suffix, mode, kind)) for the module `name` in the directories of
    `path` (sys.path when None, after the built-in and frozen modules). A package answers
    no file and its directory; a source file comes back open."""
    if not isinstance(name, str):
        raise TypeError("'name' must be a str, not {}".format(type(name)))
    if not isinstance(path, (type(None), list)):
        raise RuntimeError("'path' must be None or a list, not {}".format(type(path)))
    if path is None:
        if is_builtin(name):
            return None, None, ('', '', C_BUILTIN)
        if is_frozen(name):
            return None, None, ('', '', PY_FROZEN)
        path = sys.path
    found = None
    for entry in path:
        folder = os.path.join(entry, name)
        for suffix in ('.py', machinery.BYTECODE_SUFFIXES[0]):
            if os.path.isfile(os.path.join(folder, '__init__' + suffix)):
                return None, folder, ('', '', PKG_DIRECTORY)
        for suffix, mode, kind in get_suffixes():
            candidate = os.path.join(entry, name + suffix)
            if os.path.isfile(candidate):
                found = candidate, (suffix, mode, kind)
                break
        if found:
            break
    if found is None:
        raise ImportError('No module named {!r}'.format(name), name=name)
    file_path, description = found
    mode = description[1]
    encoding = None
    if 'b' not in mode:
        with open(file_path, 'rb') as raw:
            encoding = tokenize.detect_encoding(raw.readline)[0]
    return open(file_path, mode, encoding=encoding), file_path, description


def reload(module):
    """**DEPRECATED**

    Run the module's code again in its namespace (importlib.reload)."""
    return importlib.reload(module)


def init_builtin(name):
    """**DEPRECATED**

    The built-in module `name`, or None when there is no such built-in."""
    if not is_builtin(name):
        return None
    return importlib.import_module(name)


def init_frozen(name):
    """**DEPRECATED**

    The frozen (embedded) module `name`, or None when there is none."""
    if not is_frozen(name):
        return None
    return importlib.import_module(name)


def is_frozen_package(name):
    """Whether the frozen (embedded) module `name` is a package."""
    if not is_frozen(name):
        raise ImportError('No such frozen object named {!r}'.format(name), name=name)
    spec = util.find_spec(name)
    return spec is not None and spec.submodule_search_locations is not None


# The global import lock of old: a re-entrant lock the caller takes and gives back.
import _thread as _thread_mod
_lock = _thread_mod.RLock()
_depth = 0


def acquire_lock():
    """Take the import lock (re-entrant: each take needs a release_lock)."""
    global _depth
    _lock.acquire()
    _depth += 1


def release_lock():
    """Give back the import lock; RuntimeError when this thread does not hold it."""
    global _depth
    try:
        _lock.release()
    except RuntimeError:
        raise RuntimeError('not holding the import lock') from None
    _depth -= 1


def lock_held():
    """Whether some thread holds the import lock taken with acquire_lock."""
    return _depth > 0
