"""zipfile.Path and the archive views behind it (CompleteDirs, FastLookup): a pathlib-like way
to walk and read the members of a ZIP archive. zipfile imports this module at its end and
re-exports the names."""

import io
import posixpath
import zipfile


def _parents(name):
    """The folders above a member name, nearest first (`a/b/c` gives `a/b`, `a`)."""
    head = posixpath.dirname(name.rstrip('/'))
    while head:
        yield head
        head = posixpath.dirname(head)


class CompleteDirs(zipfile.ZipFile):
    """A ZipFile whose name list also holds the folders its members imply, even where the
    archive has no entry of their own for them."""

    @staticmethod
    def _implied_dirs(names):
        present = set(names)
        implied = {}
        for name in names:
            for folder in _parents(name):
                folder += '/'
                if folder not in present:
                    implied[folder] = None
        return iter(implied)

    def namelist(self):
        names = super().namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """`name` with a trailing slash when that is how the archive knows the folder."""
        names = self._name_set()
        as_dir = name + '/'
        return as_dir if name not in names and as_dir in names else name

    @classmethod
    def make(cls, source):
        """A CompleteDirs view of `source` (an archive's path, or a ZipFile, which is
        converted in place)."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, zipfile.ZipFile):
            return cls(source)
        if 'r' not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs with the name list and name set computed once."""

    def namelist(self):
        try:
            return self.__names
        except AttributeError:
            self.__names = super().namelist()
            return self.__names

    def _name_set(self):
        try:
            return self.__lookup
        except AttributeError:
            self.__lookup = super()._name_set()
            return self.__lookup


class Path:
    """A member (or folder) of a ZIP archive seen as a path: `/` and joinpath() walk down,
    parent walks up, iterdir() lists a folder, open()/read_text()/read_bytes() read a member.
    Built from a ZipFile or an archive's file name, and a path inside it (`at`, folders ending
    in '/')."""

    __repr = '{self.__class__.__name__}({self.root.filename!r}, {self.at!r})'

    def __init__(self, root, at=''):
        self.root = FastLookup.make(root)
        self.at = at

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Opens the member: binary with 'b' in `mode`, else text through io.TextIOWrapper
        (the extra arguments are its own)."""
        if self.is_dir():
            raise IsADirectoryError(self)
        kind = mode[0]
        if kind == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, kind, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError('encoding args invalid for binary operation')
            return stream
        kwargs['encoding'] = io.text_encoding(kwargs.get('encoding'))
        return io.TextIOWrapper(stream, *args, **kwargs)

    def _own(self):
        import pathlib
        return pathlib.PurePosixPath(self.at)

    @property
    def name(self):
        return self._own().name or self.filename.name

    @property
    def suffix(self):
        return self._own().suffix or self.filename.suffix

    @property
    def suffixes(self):
        return self._own().suffixes or self.filename.suffixes

    @property
    def stem(self):
        return self._own().stem or self.filename.stem

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        kwargs['encoding'] = io.text_encoding(kwargs.get('encoding'))
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip('/')) == self.at.rstrip('/')

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith('/')

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self.root.namelist()))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        above = posixpath.dirname(self.at.rstrip('/'))
        return self._next(above + '/' if above else above)


for _cls in (CompleteDirs, FastLookup, Path):
    _cls.__module__ = 'zipfile'
del _cls
