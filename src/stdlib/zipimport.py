"""Importing Python source modules and packages from ZIP archives.

A `zipimporter` stands for one archive, or one folder inside it (`lib.zip/some/dir`). The import
system asks it for modules when such a path is on sys.path (or is a package's __path__): the
native search hands every sys.path entry that is a file, or lies inside one, to sys.path_hooks,
and then to this class (see _frozen_importlib._path_entry_spec).

The archive's table of contents is read once with struct and kept in `_zip_directory_cache`;
members are read back with zlib when they are deflated. gilpy runs only source: a `.pyc`
member is never used."""

import _frozen_importlib as _bootstrap
import os as _os
import stat as _stat
import struct
import sys

__all__ = ['ZipImportError', 'zipimporter']


class ZipImportError(ImportError):
    """An archive could not be used, or a module is not in it."""


path_sep = '/'
alt_path_sep = ''
END_CENTRAL_DIR_SIZE = 22
STRING_END_ARCHIVE = b'PK\x05\x06'
MAX_COMMENT_LEN = (1 << 16) - 1

# archive path -> {name inside the archive (with the OS separator): _Member}
_zip_directory_cache = {}

_module_type = type(sys)

# The upper half of code page 437, which names without the UTF-8 flag are written in.
_CP437_HIGH = (
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5'
    '\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192'
    '\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb'
    '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510'
    '\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567'
    '\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'
    '\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229'
    '\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0'
)


class _Member:
    """One entry of an archive's central directory."""
    __slots__ = ('path', 'method', 'packed_size', 'size', 'offset', 'when', 'crc')

    def __init__(self, path, method, packed_size, size, offset, when, crc):
        self.path, self.method = path, method
        self.packed_size, self.size, self.offset = packed_size, size, offset
        self.when, self.crc = when, crc


def _open_failure(archive):
    return ZipImportError(f"can't open Zip file: {archive!r}", path=archive)

# The whole table, as CPython's zipimport names it.
cp437_table = ''.join(map(chr, range(128))) + _CP437_HIGH


def _cp437(raw):
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _read_directory(archive):
    """The members of `archive`, by name, read from its central directory."""
    try:
        stream = open(archive, 'rb')
    except OSError:
        raise _open_failure(archive)
    with stream:
        bad = ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        try:
            stream.seek(0, 2)
            length = stream.tell()
        except OSError:
            raise bad
        # The end-of-directory record sits at the very end, unless a comment follows it.
        window = min(length, END_CENTRAL_DIR_SIZE + MAX_COMMENT_LEN)
        stream.seek(length - window)
        tail = stream.read(window)
        at = tail.rfind(STRING_END_ARCHIVE)
        if at < 0 or len(tail) - at < END_CENTRAL_DIR_SIZE:
            if length < END_CENTRAL_DIR_SIZE:
                raise bad
            raise ZipImportError(f'not a Zip file: {archive!r}', path=archive)
        record = tail[at:at + END_CENTRAL_DIR_SIZE]
        count = struct.unpack('<H', record[10:12])[0]
        dir_size, dir_offset = struct.unpack('<II', record[12:20])
        end_at = length - window + at
        if end_at < dir_offset + dir_size:
            raise ZipImportError(f'bad central directory size or offset: {archive!r}', path=archive)
        # Bytes prepended to the archive (a launcher script) shift every offset.
        shift = end_at - dir_size - dir_offset
        stream.seek(dir_offset + shift)
        table = stream.read(dir_size)
    members = {}
    pos = 0
    for _ in range(count):
        head = table[pos:pos + 46]
        if len(head) < 46 or head[:4] != b'PK\x01\x02':
            raise ZipImportError(f'bad central directory: {archive!r}', path=archive)
        (flags, method, mtime, mdate, crc, packed, size, name_len, extra_len,
         comment_len) = struct.unpack('<HHHHIIIHHH', head[8:34])
        offset = struct.unpack('<I', head[42:46])[0]
        raw = table[pos + 46:pos + 46 + name_len]
        pos += 46 + name_len + extra_len + comment_len
        name = raw.decode() if flags & 0x800 else _cp437(raw)
        name = name.replace('/', path_sep)
        members[name] = _Member(archive + path_sep + name, method, packed, size, offset + shift,
                                (mdate, mtime), crc)
    return members


def _member_bytes(archive, member):
    """The uncompressed contents of one member."""
    try:
        stream = open(archive, 'rb')
    except OSError:
        raise _open_failure(archive)
    with stream:
        stream.seek(member.offset)
        local = stream.read(30)
        if len(local) < 30 or local[:4] != b'PK\x03\x04':
            raise ZipImportError(f'bad local file header: {archive!r}', path=archive)
        name_len, extra_len = struct.unpack('<HH', local[26:30])
        stream.seek(member.offset + 30 + name_len + extra_len)
        packed = stream.read(member.packed_size)
    if member.method == 0:
        return packed
    if member.method != 8:
        raise ZipImportError(f'can\'t decompress data; zlib not available', path=archive)
    import zlib
    return zlib.decompress(packed, -15)


def _split_archive(path):
    """(archive file, prefix inside it) for a path that is an archive or lies within one."""
    head, tail = path, ''
    while True:
        try:
            st = _os.stat(head)
        except (OSError, ValueError):
            parent, sep, name = head.rpartition(path_sep)
            if not sep or not parent or parent == head:
                raise ZipImportError('not a Zip file', path=path)
            head, tail = parent, name + (path_sep + tail if tail else '')
            continue
        if not _stat.S_ISREG(st.st_mode):
            raise ZipImportError('not a Zip file', path=path)
        return head, tail


class zipimporter:
    """zipimporter(archivepath) -> zipimporter object

    Create a new zipimporter instance. 'archivepath' must be a path to
    a zipfile, or to a specific path inside a zipfile. For example, it can be
    '/tmp/myimport.zip', or '/tmp/myimport.zip/mydirectory', if mydirectory is a
    valid directory inside the archive.

    'ZipImportError is raised if 'archivepath' doesn't point to a valid Zip
    archive.

    The 'archive' attribute of zipimporter objects contains the name of the
    zipfile targeted.
    """

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        archive, prefix = _split_archive(path)
        members = _zip_directory_cache.get(archive)
        if members is None:
            members = _read_directory(archive)
            _zip_directory_cache[archive] = members
        self._files = members
        self.archive = archive
        self.prefix = prefix + path_sep if prefix else ''

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'

    # -- finding --------------------------------------------------------------------------

    def _located(self, fullname):
        """(name inside the archive, is it a package's __init__) for `fullname`, or None."""
        base = self.prefix + fullname.rpartition('.')[2]
        for name, package in ((base + path_sep + '__init__.py', True), (base + '.py', False)):
            if name in self._files:
                return name, package
        return None

    def _is_folder(self, fullname):
        """Whether the archive has a folder for `fullname` (a namespace portion)."""
        folder = self.prefix + fullname.rpartition('.')[2] + path_sep
        return folder in self._files or any(n.startswith(folder) for n in self._files)

    def find_spec(self, fullname, target=None):
        """Create a ModuleSpec for the specified module.

        Returns None if the module cannot be found.
        """
        found = self._located(fullname)
        if found is not None:
            return self._spec(fullname, *found)
        if self._is_folder(fullname):
            where = self.archive + path_sep + self.prefix + fullname.rpartition('.')[2]
            spec = _bootstrap.ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(where)
            return spec
        return None

    def _spec(self, fullname, name, package):
        spec = _bootstrap.ModuleSpec(fullname, self, origin=self.archive + path_sep + name,
                                     is_package=package)
        spec.has_location = True
        if package:
            spec.submodule_search_locations.append(self.archive + path_sep + name.rpartition(path_sep)[0])
        return spec

    def find_loader(self, fullname, path=None):
        """find_loader(fullname, path=None) -> self, str or None.

        Deprecated since Python 3.10; use find_spec() instead.
        """
        import warnings
        warnings.warn('zipimporter.find_loader() is deprecated and slated for removal in '
                      'Python 3.12; use find_spec() instead', DeprecationWarning, stacklevel=2)
        if self._located(fullname) is not None:
            return self, []
        if self._is_folder(fullname):
            return None, [self.archive + path_sep + self.prefix + fullname.rpartition('.')[2]]
        return None, []

    def find_module(self, fullname, path=None):
        """find_module(fullname, path=None) -> self or None.

        Deprecated since Python 3.10; use find_spec() instead.
        """
        import warnings
        warnings.warn('zipimporter.find_module() is deprecated and slated for removal in '
                      'Python 3.12; use find_spec() instead', DeprecationWarning, stacklevel=2)
        return self if self._located(fullname) is not None else None

    # -- reading --------------------------------------------------------------------------

    def _require(self, fullname):
        found = self._located(fullname)
        if found is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return found

    def get_code(self, fullname):
        """get_code(fullname) -> code object.

        Return the code object for the specified module. Raise ZipImportError
        if the module couldn't be imported.
        """
        name, _ = self._require(fullname)
        source = _member_bytes(self.archive, self._files[name])
        source = source.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
        return compile(source, self.archive + path_sep + name, 'exec', dont_inherit=True)

    def get_data(self, pathname):
        """get_data(pathname) -> string with file data.

        Return the data associated with 'pathname'. Raise OSError if
        the file wasn't found.
        """
        if alt_path_sep:
            pathname = pathname.replace(alt_path_sep, path_sep)
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        member = self._files.get(key)
        if member is None:
            raise OSError(0, '', key)
        return _member_bytes(self.archive, member)

    def get_filename(self, fullname):
        """get_filename(fullname) -> filename string.

        Return the filename for the specified module or raise ZipImportError
        if it couldn't be imported.
        """
        name, _ = self._require(fullname)
        return self.archive + path_sep + name

    def get_source(self, fullname):
        """get_source(fullname) -> source string.

        Return the source code for the specified module. Raise ZipImportError
        if the module couldn't be found, return None if the archive does
        contain the module, but has no source for it.
        """
        name, _ = self._require(fullname)
        data = _member_bytes(self.archive, self._files[name])
        return data.decode().replace('\r\n', '\n').replace('\r', '\n')

    def is_package(self, fullname):
        """is_package(fullname) -> bool.

        Return True if the module specified by fullname is a package.
        Raise ZipImportError if the module couldn't be found.
        """
        return self._require(fullname)[1]

    # -- loading --------------------------------------------------------------------------

    def create_module(self, spec):
        """Use default semantics for module creation."""
        return None

    def exec_module(self, module):
        """Execute the module."""
        fullname = module.__spec__.name if getattr(module, '__spec__', None) else module.__name__
        name, package = self._require(fullname)
        code = self.get_code(fullname)
        module.__file__ = self.archive + path_sep + name
        if package:
            module.__path__ = [self.archive + path_sep + name.rpartition(path_sep)[0]]
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """load_module(fullname) -> module.

        Load the module specified by 'fullname'. 'fullname' must be the
        fully qualified (dotted) module name. It returns the imported
        module, or raises ZipImportError if it could not be imported.

        Deprecated since Python 3.10. Use exec_module() instead.
        """
        import warnings
        warnings.warn('zipimport.zipimporter.load_module() is deprecated and slated for '
                      'removal in Python 3.12; use exec_module() instead', DeprecationWarning)
        name, package = self._require(fullname)
        module = sys.modules.get(fullname)
        if module is None or not isinstance(module, _module_type):
            module = _module_type(fullname)
            sys.modules[fullname] = module
        module.__loader__ = self
        module.__file__ = self.archive + path_sep + name
        if package:
            module.__path__ = [self.archive + path_sep + name.rpartition(path_sep)[0]]
        module.__spec__ = self._spec(fullname, name, package)
        try:
            exec(self.get_code(fullname), module.__dict__)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def get_resource_reader(self, fullname):
        """Return the ResourceReader for a package in a zip file."""
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        return _ZipReader(self, fullname)

    def invalidate_caches(self):
        """Reload the file data of the archive path."""
        try:
            self._files = _read_directory(self.archive)
            _zip_directory_cache[self.archive] = self._files
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}


class _ZipReader:
    """The resource reader of a package inside an archive (importlib.resources' protocol)."""

    def __init__(self, importer, fullname):
        self.importer = importer
        self.prefix = importer.prefix + fullname.rpartition('.')[2] + path_sep

    def open_resource(self, resource):
        import io
        try:
            return io.BytesIO(self.importer.get_data(self.prefix + resource))
        except OSError:
            raise FileNotFoundError(resource)

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, name):
        full = self.prefix + name
        return full in self.importer._files

    def contents(self):
        seen = set()
        for name in self.importer._files:
            if name.startswith(self.prefix) and name != self.prefix:
                seen.add(name[len(self.prefix):].split(path_sep, 1)[0])
        return iter(sorted(seen))

    def files(self):
        import zipfile
        return zipfile.Path(self.importer.archive, self.prefix)


_ZipReader.__name__ = _ZipReader.__qualname__ = 'ZipReader'
