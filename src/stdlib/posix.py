"""This module provides access to operating system functionality that is
standardized by the C Standard and the POSIX standard (a thinly
disguised Unix interface).  Refer to the library manual and
corresponding Unix manual entries for more information on calls."""

# gilpy's os module holds the system calls itself (from the native _os); posix is the same
# functions and constants under the names CPython's C module exposes, without what os.py
# adds in Python (os.path, walk, makedirs, the spawn and exec helpers, the path constants),
# and with environ as CPython's posix has it: bytes to bytes.


def _fill(into):
    import os
    # What CPython's os.py defines itself, rather than taking it from posix.
    os_only = {
        'GenericAlias', 'Mapping', 'MutableMapping', 'P_NOWAIT', 'P_NOWAITO', 'P_WAIT',
        'PathLike', 'SEEK_CUR', 'SEEK_END', 'SEEK_SET', 'abc', 'altsep', 'curdir', 'defpath',
        'devnull', 'environ', 'environb', 'execl', 'execle', 'execlp', 'execlpe', 'execvp',
        'execvpe', 'extsep', 'fdopen', 'fsdecode', 'fsencode', 'fwalk', 'get_exec_path',
        'getenv', 'getenvb', 'linesep', 'makedirs', 'name', 'pardir', 'path', 'pathsep',
        'popen', 'removedirs', 'renames', 'sep', 'spawnl', 'spawnle', 'spawnlp', 'spawnlpe',
        'spawnv', 'spawnve', 'spawnvp', 'spawnvpe', 'st', 'supports_bytes_environ',
        'supports_dir_fd', 'supports_effective_ids', 'supports_fd', 'supports_follow_symlinks',
        'sys', 'walk',
    }
    for key, value in vars(os).items():
        if key.startswith('_') and key != '_exit':
            continue
        if key in os_only or type(value).__name__ == 'module':
            continue
        into[key] = value
    into['environ'] = {k.encode('utf-8', 'surrogateescape'): v.encode('utf-8', 'surrogateescape')
                       for k, v in os.environ.items()}


_fill(globals())
del _fill

_have_functions = [
    'HAVE_EVENTFD', 'HAVE_FACCESSAT', 'HAVE_FCHDIR', 'HAVE_FCHMOD', 'HAVE_FCHMODAT',
    'HAVE_FCHOWN', 'HAVE_FCHOWNAT', 'HAVE_FEXECVE', 'HAVE_FDOPENDIR', 'HAVE_FPATHCONF',
    'HAVE_FSTATAT', 'HAVE_FSTATVFS', 'HAVE_FTRUNCATE', 'HAVE_FUTIMENS', 'HAVE_FUTIMES',
    'HAVE_FUTIMESAT', 'HAVE_LINKAT', 'HAVE_LCHOWN', 'HAVE_LSTAT', 'HAVE_LUTIMES',
    'HAVE_MEMFD_CREATE', 'HAVE_MKDIRAT', 'HAVE_MKFIFOAT', 'HAVE_MKNODAT', 'HAVE_OPENAT',
    'HAVE_READLINKAT', 'HAVE_RENAMEAT', 'HAVE_SYMLINKAT', 'HAVE_UNLINKAT', 'HAVE_UTIMENSAT',
]


def _path_normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    if not isinstance(path, str):
        raise TypeError(f"expected 'str', not '{type(path).__name__}'")
    if not path:
        return path
    import posixpath
    return posixpath.normpath(path)
