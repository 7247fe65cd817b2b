"""shutil: file operations above the os module — copying files and their permission bits and
times, copying and removing whole trees, moving, finding programs on PATH, disk usage and the
terminal size. Everything is done by path (gilpy's os has no dir_fd variants), so rmtree does
not claim to resist symlink races."""

import collections
import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns", "which",
           "get_terminal_size", "SameFileError", "disk_usage", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format", "get_unpack_formats",
           "register_unpack_format", "unregister_unpack_format", "unpack_archive", "ReadError",
           "RegistryError", "chown"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """A shutil operation failed (copytree gathers the failures as a list in args[0])."""


class SameFileError(Error):
    """Source and destination are one file."""


class SpecialFileError(OSError):
    """A file that cannot be copied as data, such as a named pipe."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive format or unpacker registration failed."""


# ---------------------------------------------------------------------------------------------
# Files

def copyfileobj(fsrc, fdst, length=0):
    """Copy everything readable from one file object to the other, `length` at a time."""
    size = length or COPY_BUFSIZE
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


def _same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _refuse_special(path):
    # Reading or writing a named pipe would block forever: refuse it like CPython.
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if stat.S_ISFIFO(mode):
        raise SpecialFileError("`%s` is a named pipe" % os.fspath(path))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the data of file src to file dst (made or truncated); gives dst. A symlink src is
    copied as a symlink when follow_symlinks is false."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_special(src)
    _refuse_special(dst)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as failure:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from failure
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return                  # a link's own mode cannot be set on Linux
    bits = stat.S_IMODE(os.stat(src).st_mode)
    os.chmod(dst, bits)


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and access/modification times of src."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    info = os.stat(src)
    os.utime(dst, (info.st_atime, info.st_mtime))
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _into(src, dst):
    # A destination that is a folder means "inside it, under the source's name".
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a folder. Gives the new file's path."""
    target = _into(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), and the times too."""
    target = _into(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# ---------------------------------------------------------------------------------------------
# Trees

def ignore_patterns(*patterns):
    """An `ignore` callable for copytree: the names matching any of the glob patterns."""
    def matching(folder, names):
        hits = set()
        for pattern in patterns:
            hits.update(fnmatch.filter(names, pattern))
        return hits
    return matching


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst (which must not exist unless dirs_exist_ok). Symlinks are
    copied as links with symlinks=True, else what they point to. Failures are collected and
    raised together as Error([(src, dst, why), ...]) at the end. Gives dst."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = set(ignore(os.fspath(src), [e.name for e in entries])) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                points_to = os.readlink(from_path)
                if symlinks:
                    os.symlink(points_to, to_path)
                    copystat(from_path, to_path, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(from_path):
                    continue
            if entry.is_dir():
                copytree(from_path, to_path, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(from_path, to_path)
        except Error as nested:
            problems.extend(nested.args[0])
        except OSError as why:
            problems.append((from_path, to_path, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        problems.append((src, dst, str(why)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Remove the tree at `path`. Each failure calls onerror(function, path, exc_info) when
    given, is skipped with ignore_errors, and is raised otherwise. A symlink at the top is
    refused."""
    if ignore_errors:
        def report(*args):
            pass
    elif onerror is None:
        def report(*args):
            raise
    else:
        report = onerror
    try:
        top = os.lstat(path)
    except Exception:
        report(os.lstat, path, sys.exc_info())
        return
    if stat.S_ISLNK(top.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    _remove_inside(path, report)
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _remove_inside(folder, report):
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        report(os.scandir, folder, sys.exc_info())
        return
    for entry in entries:
        full = os.path.join(folder, entry.name)
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            _remove_inside(full, report)
            try:
                os.rmdir(full)
            except OSError:
                report(os.rmdir, full, sys.exc_info())
        else:
            try:
                os.unlink(full)
            except OSError:
                report(os.unlink, full, sys.exc_info())


def _last_part(path):
    # basename that ignores a trailing slash ('a/b/' -> 'b').
    return os.path.basename(path.rstrip(os.path.sep))


def _inside(src, dst):
    parent = os.path.join(os.path.abspath(src), '')
    child = os.path.join(os.path.abspath(dst), '')
    return child.startswith(parent)


def move(src, dst, copy_function=copy2):
    """Move a file or tree: a rename when possible, else copy then delete. A folder dst means
    "into it". Gives the final path."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)         # only the case of the name changes
            return
        target = os.path.join(dst, _last_part(os.fspath(src)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


# ---------------------------------------------------------------------------------------------
# The system

_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """(total, used, free) bytes of the file system that holds `path`."""
    unit, blocks, unused, available = os._statvfs(os.fspath(path))
    return _ntuple_diskusage(blocks * unit, (blocks - unused) * unit, available * unit)


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): $COLUMNS and $LINES when set and positive, else the
    terminal on stdout, else `fallback`."""
    columns, lines = _env_size('COLUMNS'), _env_size('LINES')
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _usable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` found along `path` (default $PATH), or None. A cmd with a
    folder part is only checked itself."""
    if os.path.dirname(cmd):
        return cmd if _usable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        raw = path if isinstance(path, bytes) else path.encode('utf-8', 'surrogateescape')
        folders = raw.split(os.pathsep.encode())
    else:
        text = path.decode('utf-8', 'surrogateescape') if isinstance(path, bytes) else path
        folders = text.split(os.pathsep)
    tried = set()
    for folder in folders:
        if folder in tried:
            continue
        tried.add(folder)
        if isinstance(folder, bytes):
            candidate = folder + b'/' + cmd if folder and not folder.endswith(b'/') else folder + cmd
        else:
            candidate = os.path.join(folder, cmd)
        if _usable(candidate, mode):
            return candidate
    return None


# ---------------------------------------------------------------------------------------------
# Archives: ZIP (zipfile) and tar, plain or gzip/bzip2/xz-compressed (tarfile).

_TAR_SUFFIX = {'': '', 'gzip': '.gz', 'bzip2': '.bz2', 'xz': '.xz'}
_TAR_MODE = {'': '', 'gzip': 'gz', 'bzip2': 'bz2', 'xz': 'xz'}


def _tar_directory(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None, group=None,
                   logger=None, root_dir=None):
    """Writes base_dir (read from the current directory) into base_name.tar[.gz|.bz2|.xz]."""
    import tarfile
    target = base_name + '.tar' + _TAR_SUFFIX[compress]
    folder = os.path.dirname(target)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)
    if logger is not None:
        logger.info('Creating tar archive')

    def owned(info):
        if owner is not None:
            info.uname = owner
        if group is not None:
            info.gname = group
        return info

    if not dry_run:
        with tarfile.open(target, 'w|' + _TAR_MODE[compress]) as archive:
            archive.add(base_dir, filter=owned)
    return target


def _untar(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        archive.extractall(extract_dir, filter=filter)
    finally:
        archive.close()


def _zip_directory(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None, group=None,
                   root_dir=None):
    """Writes base_dir (read from under root_dir) into base_name.zip, deflated."""
    import zipfile
    target = base_name + ".zip"
    folder = os.path.dirname(base_name)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", target, base_dir)
    if dry_run:
        return target

    def source(path):
        return os.path.join(root_dir, path) if root_dir is not None else path

    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        top = os.path.normpath(base_dir)
        if top != os.curdir:
            archive.write(source(top), top)
        for folder_path, folders, files in os.walk(source(base_dir)):
            relative = os.path.relpath(folder_path, root_dir) if root_dir is not None else folder_path
            for name in sorted(folders):
                path = os.path.normpath(os.path.join(relative, name))
                archive.write(source(path), path)
            for name in files:
                path = os.path.normpath(os.path.join(relative, name))
                if os.path.isfile(source(path)):
                    archive.write(source(path), path)
                    if logger is not None:
                        logger.info("adding '%s'", path)
    return target


def _unzip(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            # Names that would land outside extract_dir are skipped.
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            parent = os.path.dirname(target)
            if parent and not os.path.isdir(parent):
                os.makedirs(parent)
            if not name.endswith('/'):
                with open(target, 'wb') as out:
                    out.write(archive.read(name))


_ARCHIVE_FORMATS = {
    'zip': (_zip_directory, [], "ZIP file"),
    'tar': (_tar_directory, [('compress', '')], "uncompressed tar file"),
    'gztar': (_tar_directory, [('compress', 'gzip')], "gzip'ed tar-file"),
    'bztar': (_tar_directory, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'xztar': (_tar_directory, [('compress', 'xz')], "xz'ed tar-file"),
}
_UNPACK_FORMATS = {
    'zip': (['.zip'], _unzip, [], "ZIP file"),
    'tar': (['.tar'], _untar, [], "uncompressed tar file"),
    'gztar': (['.tar.gz', '.tgz'], _untar, [], "gzip'ed tar-file"),
    'bztar': (['.tar.bz2', '.tbz2'], _untar, [], "bzip2'ed tar-file"),
    'xztar': (['.tar.xz', '.txz'], _untar, [], "xz'ed tar-file"),
}


def get_archive_formats():
    """(name, description) of each format make_archive can write, sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None,
                 group=None, logger=None):
    """Writes an archive of base_dir (default: all of root_dir) named base_name plus the
    format's extension; returns its name."""
    try:
        function, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    base_name = os.fspath(base_name)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    options = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    options.update(dict(extra))
    if function is _zip_directory:
        # ZIP reads its files from under root_dir itself; the name given back is absolute
        # when a root_dir was given.
        made = function(base_name, base_dir, root_dir=root_dir, **options)
        return os.path.abspath(made) if root_dir is not None else made
    # Another registered format is run from inside root_dir (its name made absolute first).
    saved = os.getcwd() if root_dir is not None else None
    if saved is not None:
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **options)
    finally:
        if saved is not None:
            os.chdir(saved)


def get_unpack_formats():
    """(name, extensions, description) of each format unpack_archive reads, sorted."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    if extra_args is None:
        extra_args = []
    taken = {ext: other for other, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for extension in extensions:
        if extension in taken:
            raise RegistryError('%s is already registered for "%s"' % (extension, taken[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Extracts an archive into extract_dir (default: the current directory); the format is
    named or found from the file name's extension."""
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is not None:
        try:
            entry = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        entry = None
        for candidate in _UNPACK_FORMATS.values():
            if any(filename.endswith(ext) for ext in candidate[0]):
                entry = candidate
                break
        if entry is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    options = dict(entry[2])
    if filter is not None and entry[1] is _untar:
        options['filter'] = filter
    entry[1](filename, extract_dir, **options)


def chown(path, user=None, group=None):
    """Changes the owner and/or group of path; each may be a name or a number."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = _account_id(user, 'pwd', 'getpwnam')
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = _account_id(group, 'grp', 'getgrnam')
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


def _account_id(name, module, lookup):
    """A user or group id from a name (None when unknown); a number is taken as is."""
    if isinstance(name, int):
        return name
    import importlib
    try:
        return getattr(importlib.import_module(module), lookup)(name)[2]
    except KeyError:
        return None
