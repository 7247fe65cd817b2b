"""importlib.abc: the abstract bases of finders and loaders, with the default methods a loader
gets by inheriting (get_code from get_source, exec_module running that code, ...)."""

import abc
import warnings

__all__ = ['Loader', 'Finder', 'MetaPathFinder', 'PathEntryFinder', 'ResourceLoader',
           'InspectLoader', 'ExecutionLoader', 'FileLoader', 'SourceLoader']


class Loader(abc.ABC):
    """Loads modules: create_module(spec) may make the module object (None: the default one),
    exec_module(module) fills it."""

    def create_module(self, spec):
        """None: let the import system make an ordinary module."""
        return None

    def load_module(self, modname):
        """The old way to load (deprecated): create, register and execute in one call."""
        if getattr(self, 'exec_module', None) is None:
            raise ImportError
        import importlib.util
        spec = importlib.util.spec_from_loader(modname, self)
        import sys
        module = sys.modules.get(modname)
        if module is None:
            module = importlib.util.module_from_spec(spec)
            sys.modules[modname] = module
        self.exec_module(module)
        return sys.modules.get(modname, module)

    def module_repr(self, module):
        """Deprecated; the import system makes module reprs itself."""
        raise NotImplementedError


class Finder(abc.ABC):
    """Legacy base of finders (deprecated)."""

    def __init__(self):
        warnings.warn("the Finder ABC is deprecated and slated for removal in Python 3.12; "
                      "use MetaPathFinder or PathEntryFinder instead", DeprecationWarning)


class MetaPathFinder(abc.ABC):
    """A finder for sys.meta_path: find_spec(modname, path, target=None)."""

    def invalidate_caches(self):
        """Drop anything cached (nothing by default)."""


class PathEntryFinder(abc.ABC):
    """A finder for one sys.path entry: find_spec(modname, target=None)."""

    def invalidate_caches(self):
        """Drop anything cached (nothing by default)."""


class ResourceLoader(Loader):
    """A loader that can read data files: get_data(path) gives their bytes."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file at `path` (OSError when there is none)."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can show a module's source and code; get_source is the one to supply."""

    def is_package(self, modname):
        """Whether the module is a package (ImportError: not known)."""
        raise ImportError

    def get_code(self, modname):
        """The module's code object, compiled from get_source() (None when there is none)."""
        text = self.get_source(modname)
        return None if text is None else self.source_to_code(text)

    @abc.abstractmethod
    def get_source(self, modname):
        """The module's source text, None when it has none, ImportError when unknown."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        """Compile source text or bytes as a module's code."""
        return compile(data, path, mode='exec', dont_inherit=True)

    def exec_module(self, module):
        """Run the module's code (from get_code) in the module's namespace."""
        name = module.__name__
        compiled = self.get_code(name)
        if compiled is None:
            raise ImportError(f'cannot load module {name!r} when get_code() returns None')
        exec(compiled, vars(module))


class ExecutionLoader(InspectLoader):
    """An InspectLoader that also knows the file a module comes from: get_filename()."""

    @abc.abstractmethod
    def get_filename(self, modname):
        """The path the module is loaded from (ImportError: not known)."""
        raise ImportError

    def get_code(self, modname):
        """Compile get_source()'s text with get_filename() as the code's file name."""
        text = self.get_source(modname)
        if text is None:
            return None
        try:
            where = self.get_filename(modname)
        except ImportError:
            return self.source_to_code(text)
        return self.source_to_code(text, where)


class FileLoader(ResourceLoader, ExecutionLoader):
    """A loader for modules in files: remembers the module's name and path."""

    def __init__(self, modname, path):
        self.name = modname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    """A loader of source files over get_data() and get_filename()."""

    def path_mtime(self, path):
        """The file's modification time (OSError when unknown)."""
        raise OSError

    def path_stats(self, path):
        """{'mtime': ...} of the file."""
        return dict(mtime=self.path_mtime(path))

    def set_data(self, path, data):
        """Write bytecode caches (not done by gilpy)."""

    def get_source(self, modname):
        """The file's text, decoded as UTF-8 with universal newlines."""
        raw = self.get_data(self.get_filename(modname))
        return raw.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


from _frozen_importlib import FileLoader as _ConcreteFileLoader, SourceFileLoader  # noqa: E402
FileLoader.register(_ConcreteFileLoader)
SourceLoader.register(SourceFileLoader)
