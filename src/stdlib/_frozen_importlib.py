"""The import system's objects, under the names CPython gives them (its _frozen_importlib and
_frozen_importlib_external): ModuleSpec, the loaders (BuiltinImporter, FrozenImporter for the
embedded standard library, SourceFileLoader, NamespaceLoader), _NamespacePath, module_from_spec.

Finding and running modules is native (vm/import/, and _imp for the loaders' methods); this module
holds what Python code sees of it. The import system calls _spec_for on every import, so this
module imports nothing at its top level."""


class ModuleSpec:
    """The import-related facts about a module: its name, loader, origin, and for a package the
    places its submodules are searched."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(args)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        """The package the module lives in ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class _Importer:
    """What the built-in and frozen importers share: classes used as such, with no code objects."""

    def __init__(self, *args, **kwargs):
        raise TypeError(f'{type(self).__name__} is not meant to be instantiated')

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class BuiltinImporter(_Importer):
    """Finds and loads the modules built into the interpreter."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        if path is not None or not _imp.is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @staticmethod
    def create_module(spec):
        import _imp
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False



class FrozenImporter(_Importer):
    """Finds and loads the standard library embedded in the interpreter."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        if not _imp.is_frozen(fullname):
            return None
        return _imp.find_spec(fullname)

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        import _imp
        _imp.exec_frozen(module)

    @classmethod
    def is_package(cls, fullname):
        import _imp
        spec = _imp.find_spec(fullname)
        return spec is not None and spec.submodule_search_locations is not None



class FileLoader:
    """A loader for a module read from a file."""
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_resource_reader(self, module=None):
        return None


class SourceFileLoader(FileLoader):
    """Loads a module from a `.py` file."""
    __module__ = '_frozen_importlib_external'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        import _imp
        _imp.exec_source(module, self.get_filename(getattr(module, '__name__', None)))

    def is_package(self, fullname):
        filename = self.get_filename(fullname).rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.get_filename(fullname), 'exec')

    def load_module(self, fullname=None):
        import sys
        name = fullname or self.name
        module = sys.modules.get(name)
        if module is None:
            module = module_from_spec(spec_from_loader(name, self, origin=self.path))
            sys.modules[name] = module
        self.exec_module(module)
        return sys.modules[name]


class _NamespacePath(list):
    """The `__path__` of a namespace package: the folders that make it up."""
    __module__ = '_frozen_importlib_external'

    def __repr__(self):
        return f'_NamespacePath({list.__repr__(self)})'


class NamespaceLoader:
    """The loader of a namespace package (a folder without __init__.py): there is nothing to run."""
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path, path_finder=None):
        self._path = _NamespacePath(path)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec')

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


class PathFinder:
    """Finds modules on sys.path (or a package's __path__)."""
    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _imp
        import sys
        return _imp.find_spec(fullname, sys.path if path is None else path)

    @classmethod
    def invalidate_caches(cls):
        pass


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that `loader` loads."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module made from `spec`, its import attributes set (not yet run)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        import sys
        module = type(sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module, override=False):
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = NamespaceLoader(spec.name, spec.submodule_search_locations)
            spec.loader = loader
            spec.submodule_search_locations = loader._path
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            try:
                module.__cached__ = spec.cached
            except AttributeError:
                pass
    return module


def _spec_for(kind, name, origin, locations):
    """The spec the import system gives a module it found (called from vm/import/spec.rs)."""
    if kind == 'builtin':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if kind == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
    elif kind == 'source':
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
        spec.has_location = True
    else:
        loader = NamespaceLoader(name, locations)
        spec = ModuleSpec(name, loader)
        spec.submodule_search_locations = loader._path
        return spec
    if locations is not None:
        spec.submodule_search_locations = locations
    return spec
