"""importlib.abc: the abstract bases of finders and loaders."""


class Finder:
    pass


class MetaPathFinder(Finder):
    """A finder on sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(Finder):
    """A finder for one sys.path entry."""

    def invalidate_caches(self):
        pass


class Loader:
    """A module loader."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        raise ImportError

    def module_repr(self, module):
        raise NotImplementedError


class ResourceLoader(Loader):
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return compile(source, '<string>', 'exec')

    def get_source(self, fullname):
        raise ImportError

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError(f'cannot load module {module.__name__!r} when get_code() returns None')
        exec(code, module.__dict__)


class ExecutionLoader(InspectLoader):
    def get_filename(self, fullname):
        raise ImportError


class FileLoader(ResourceLoader, ExecutionLoader):
    pass


class SourceLoader(ResourceLoader, ExecutionLoader):
    def get_source(self, fullname):
        return self.get_data(self.get_filename(fullname)).decode('utf-8')

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.get_filename(fullname), 'exec')
