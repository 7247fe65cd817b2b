"""importlib.resources for gilpy: reading the data files that sit beside a package's modules.

files(package) gives the package's folder as a pathlib.Path (gilpy's packages live in real
folders, except the embedded standard library, which has no data files); as_file() yields a
real path for it. The older functions (read_text, read_binary, open_text, open_binary, path,
contents, is_resource) work and warn that they are deprecated, as in CPython 3.11.
"""

import contextlib
import functools
import importlib
import os
import pathlib
import types
import warnings

__all__ = ['Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files', 'is_resource', 'open_binary',
           'open_text', 'path', 'read_binary', 'read_text']

Package = types.ModuleType | str
Resource = str


class ResourceReader:
    """What a loader may offer to read its package's resources."""

    def open_resource(self, resource):
        raise FileNotFoundError

    def resource_path(self, resource):
        raise FileNotFoundError

    def is_resource(self, path):
        raise FileNotFoundError

    def contents(self):
        raise FileNotFoundError


def _resolve(cand):
    return cand if isinstance(cand, types.ModuleType) else importlib.import_module(cand)


def _get_package(package):
    module = _resolve(package)
    spec = getattr(module, '__spec__', None)
    locations = getattr(spec, 'submodule_search_locations', None) if spec is not None else None
    if locations is None and not hasattr(module, '__path__'):
        raise TypeError(f'{package!r} is not a package')
    return module


def files(package):
    """The package's folder, as a Traversable (a pathlib.Path)."""
    module = _get_package(package)
    spec = module.__spec__
    reader = None
    loader = getattr(spec, 'loader', None)
    if loader is not None and hasattr(loader, 'get_resource_reader'):
        try:
            reader = loader.get_resource_reader(spec.name)
        except Exception:
            reader = None
    if reader is not None and hasattr(reader, 'files'):
        return reader.files()
    origin = getattr(module, '__file__', None) or getattr(spec, 'origin', None)
    if origin and os.path.exists(origin):
        return pathlib.Path(origin).parent
    locations = list(getattr(module, '__path__', []) or [])
    if locations:
        return pathlib.Path(locations[0])
    raise TypeError(f'{package!r} has no folder of its own to read resources from')


@contextlib.contextmanager
def as_file(path):
    """A real file system path for a Traversable (ours are already real)."""
    yield path


def _normalize_path(path):
    text = str(path)
    parent, name = os.path.split(text)
    if parent:
        raise ValueError(f'{path!r} must be only a file name')
    return name


def _deprecated(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        warnings.warn(f"{func.__name__} is deprecated. Use files() instead. Refer to "
                      "https://importlib-resources.readthedocs.io/en/latest/using.html#migrating-from-legacy "
                      "for migration advice.", DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


def _open_binary(package, resource):
    return (files(package) / _normalize_path(resource)).open('rb')


def _open_text(package, resource, encoding='utf-8', errors='strict'):
    return (files(package) / _normalize_path(resource)).open('r', encoding=encoding, errors=errors)


@_deprecated
def open_binary(package, resource):
    """The resource opened for reading bytes."""
    return _open_binary(package, resource)


@_deprecated
def read_binary(package, resource):
    """The resource's bytes."""
    return (files(package) / _normalize_path(resource)).read_bytes()


@_deprecated
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """The resource opened for reading text."""
    return _open_text(package, resource, encoding, errors)


@_deprecated
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """The resource's text (through open_text, which warns too, as in CPython)."""
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


@_deprecated
def contents(package):
    """The names of the entries in the package's folder."""
    return [entry.name for entry in files(package).iterdir()]


@_deprecated
def is_resource(package, name):
    """Whether `name` is a file in the package's folder."""
    wanted = _normalize_path(name)
    return any(entry.name == wanted and entry.is_file() for entry in files(package).iterdir())


@_deprecated
def path(package, resource):
    """A context manager giving the resource's file system path."""
    return as_file(files(package) / _normalize_path(resource))
