"""The import system's objects, under the names CPython gives them (its _frozen_importlib and
_frozen_importlib_external): ModuleSpec, the loaders (BuiltinImporter, FrozenImporter for the
embedded standard library, SourceFileLoader, NamespaceLoader), _NamespacePath, module_from_spec.

Finding and running modules is native (vm/import/, and _imp for the loaders' methods); this module
holds what Python code sees of it. The import system calls _spec_for on every import, so this
module imports nothing at its top level."""

_EXTERNAL = '_frozen_importlib_external'


class ModuleSpec:
    """The import-related facts about a module: its name, loader, origin, and for a package the
    places its submodules are searched."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name, self.loader, self.origin = name, loader, origin
        self.loader_state = loader_state
        # A package starts with an empty search list; a plain module has none at all.
        self.submodule_search_locations = [] if is_package else None
        self._located = False
        self._cached = None

    def __repr__(self):
        parts = ['name=' + repr(self.name), 'loader=' + repr(self.loader)]
        if self.origin is not None:
            parts.append('origin=' + repr(self.origin))
        where = self.submodule_search_locations
        if where is not None:
            parts.append(f'submodule_search_locations={where}')
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        fields = ('name', 'loader', 'origin', 'submodule_search_locations', 'cached', 'has_location')
        try:
            return all(getattr(self, f) == getattr(other, f) for f in fields)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    # `cached` and `has_location` are properties so that assigning them can be checked later.
    cached = property(lambda self: self._cached, lambda self, path: setattr(self, '_cached', path))

    @property
    def has_location(self):
        return self._located

    @has_location.setter
    def has_location(self, flag):
        self._located = bool(flag)

    @property
    def parent(self):
        """The package the module lives in ('' for a top-level module)."""
        if self.submodule_search_locations is not None:
            return self.name
        head, _, _ = self.name.rpartition('.')
        return head


class _CodelessImporter:
    """What the built-in and frozen importers share: used through the class, they have no source
    and no code object to give."""

    @classmethod
    def get_code(klass, fullname):
        return None

    @classmethod
    def get_source(klass, fullname):
        return None


class BuiltinImporter(_CodelessImporter):
    """Finds and loads the modules built into the interpreter."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(klass, fullname, path=None, target=None):
        import _imp
        if _imp.is_builtin(fullname):
            return ModuleSpec(fullname, klass, origin=klass._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        import _imp
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        """Built-in modules are complete once created."""

    @classmethod
    def is_package(klass, fullname):
        return False


class FrozenImporter(_CodelessImporter):
    """Finds and loads the standard library embedded in the interpreter."""

    _ORIGIN = 'frozen'

    @classmethod
    def find_spec(klass, fullname, path=None, target=None):
        import _imp
        return _imp.find_spec(fullname) if _imp.is_frozen(fullname) else None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        import _imp
        _imp.exec_frozen(module)

    @classmethod
    def is_package(klass, fullname):
        import _imp
        found = _imp.find_spec(fullname)
        return found is not None and found.submodule_search_locations is not None


class FileLoader:
    """A loader for a module read from a file."""
    __module__ = _EXTERNAL

    def __init__(self, fullname, path):
        self.name, self.path = fullname, path

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash(self.path) ^ hash(self.name)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as stream:
            return stream.read()

    def get_resource_reader(self, module=None):
        return None


class SourceFileLoader(FileLoader):
    """Loads a module from a `.py` file."""
    __module__ = _EXTERNAL

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        import _imp
        _imp.exec_source(module, self.get_filename(getattr(module, '__name__', None)))

    def is_package(self, fullname):
        base = self.get_filename(fullname).rpartition('/')[2]
        # A package's own file; a module asked for by the name `__init__` is not one.
        return base.rsplit('.', 1)[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def get_source(self, fullname):
        raw = self.get_data(self.get_filename(fullname))
        return raw.decode('utf-8')

    def get_code(self, fullname):
        where = self.get_filename(fullname)
        return compile(self.get_source(fullname), where, 'exec')

    def load_module(self, fullname=None):
        """The old (pre-spec) protocol: make the module if need be, run it, return it."""
        import sys
        key = fullname or self.name
        if key not in sys.modules:
            sys.modules[key] = module_from_spec(spec_from_loader(key, self, origin=self.path))
        self.exec_module(sys.modules[key])
        return sys.modules[key]


class _NamespacePath(list):
    """The `__path__` of a namespace package: the folders that make it up."""
    __module__ = _EXTERNAL

    def __repr__(self):
        return '_NamespacePath(' + list.__repr__(self) + ')'


class NamespaceLoader:
    """The loader of a namespace package (a folder without __init__.py): there is nothing to run."""
    __module__ = _EXTERNAL

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
        """A namespace package has no code."""


class PathFinder:
    """Finds modules on sys.path (or a package's __path__)."""
    __module__ = _EXTERNAL

    @classmethod
    def find_spec(klass, fullname, path=None, target=None):
        import _imp
        import sys
        return _imp.find_spec(fullname, path if path is not None else sys.path)

    @classmethod
    def invalidate_caches(klass):
        """Nothing is cached between lookups."""


def _entry_finder(entry):
    """The finder for a search path entry that is not a folder: the cached one, else the first
    of sys.path_hooks that accepts the entry, else a zipimporter (CPython lists it first in
    sys.path_hooks; gilpy imports it only once an archive is on the path). None if none does."""
    import sys
    cache = sys.path_importer_cache
    if entry in cache:
        return cache[entry]
    import _thread
    mine = (entry, _thread.get_ident())
    if mine in _resolving:
        # The hooks' own imports (zipimport, struct...) come from the rest of the path.
        return None
    _resolving.add(mine)
    try:
        finder = None
        hooks = list(sys.path_hooks)
        import zipimport
        if zipimport.zipimporter not in hooks:
            hooks.insert(0, zipimport.zipimporter)
        for hook in hooks:
            try:
                finder = hook(entry)
                break
            except ImportError:
                continue
    finally:
        _resolving.discard(mine)
    cache[entry] = finder
    return finder


# (entry, thread) for the entries whose finder a thread is making right now.
_resolving = set()


def _path_entry_spec(fullname, entry):
    """The spec the finder of a file-backed sys.path entry (an archive) gives for `fullname`, or
    None (called by the native search, vm/import/finder.rs, in search path order)."""
    finder = _entry_finder(entry)
    if finder is None:
        return None
    find = getattr(finder, 'find_spec', None)
    if find is None:
        return None
    spec = find(fullname)
    if spec is not None and spec.loader is None:
        # A namespace portion inside an archive: a plain folder later on the path may still hold
        # the module itself, so the native search keeps looking.
        return None
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that `loader` loads."""
    origin = getattr(loader, '_ORIGIN', None) if origin is None else origin
    ask = getattr(loader, 'is_package', None) if is_package is None else None
    if ask is not None:
        try:
            is_package = ask(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module made from `spec`, its import attributes set (not yet run)."""
    loader = spec.loader
    made = None
    if hasattr(loader, 'create_module'):
        made = loader.create_module(spec)
    elif hasattr(loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if made is None:
        import sys
        made = type(sys)(spec.name)
    return _init_module_attrs(spec, made)


def _put(module, attr, value):
    """Set one import attribute, quietly skipping modules that refuse it."""
    try:
        setattr(module, attr, value)
    except AttributeError:
        pass


def _init_module_attrs(spec, module, override=False):
    """Give `module` the attributes its spec implies; existing ones are kept unless `override`."""
    def wanted(attr):
        return override or getattr(module, attr, None) is None

    if wanted('__name__'):
        _put(module, '__name__', spec.name)
    if wanted('__loader__'):
        if spec.loader is None and spec.submodule_search_locations is not None:
            # A namespace package found without a loader gets one now.
            ns = NamespaceLoader(spec.name, spec.submodule_search_locations)
            spec.loader, spec.submodule_search_locations = ns, ns._path
            module.__file__ = None
        _put(module, '__loader__', spec.loader)
    if wanted('__package__'):
        _put(module, '__package__', spec.parent)
    _put(module, '__spec__', spec)
    if wanted('__path__') and spec.submodule_search_locations is not None:
        _put(module, '__path__', spec.submodule_search_locations)
    if spec.has_location:
        if wanted('__file__'):
            _put(module, '__file__', spec.origin)
        if wanted('__cached__'):
            _put(module, '__cached__', spec.cached)
    return module


def _spec_for(kind, name, origin, locations):
    """The spec the import system gives a module it found (called from vm/import/spec.rs)."""
    if kind == 'builtin':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if kind == 'namespace':
        ns = NamespaceLoader(name, locations)
        spec = ModuleSpec(name, ns)
        spec.submodule_search_locations = ns._path
        return spec
    if kind == 'frozen':
        spec = ModuleSpec(name, FrozenImporter, origin='frozen')
    else:
        spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
        spec.has_location = True
    if locations is not None:
        spec.submodule_search_locations = locations
    return spec
