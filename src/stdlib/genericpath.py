"""The path helpers shared by posixpath and ntpath (CPython 3.11's genericpath): the tests
that only ask the operating system about a path (exists, isfile, getsize, ...), commonprefix,
the same-file checks, and the argument checks both path flavours use."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']


def _stat_or_none(path):
    # os.stat raises OSError for a missing file and ValueError for a path it cannot pass
    # to the system (an embedded NUL); both mean "no such file" to the predicates below.
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether the path names something that exists (a dangling symlink does not)."""
    return _stat_or_none(path) is not None


def isfile(path):
    """Whether the path names a regular file (following symlinks)."""
    found = _stat_or_none(path)
    return found is not None and stat.S_ISREG(found.st_mode)


def isdir(s):
    """Whether the path names a directory (following symlinks)."""
    found = _stat_or_none(s)
    return found is not None and stat.S_ISDIR(found.st_mode)


def getsize(filename):
    """The file's size in bytes (os.stat's st_size)."""
    found = os.stat(filename)
    return found.st_size


def getmtime(filename):
    """When the file was last modified (os.stat's st_mtime)."""
    found = os.stat(filename)
    return found.st_mtime


def getatime(filename):
    """When the file was last read (os.stat's st_atime)."""
    found = os.stat(filename)
    return found.st_atime


def getctime(filename):
    """When the file's metadata last changed (os.stat's st_ctime)."""
    found = os.stat(filename)
    return found.st_ctime


def commonprefix(m):
    """The longest leading run shared by every item of the list (character by character)."""
    if not m:
        return ''
    # A list or tuple of os.PathLike objects is turned into their paths first; any other
    # sequence (a str, say) is compared item by item as it is.
    if not isinstance(m[0], list) and not isinstance(m[0], tuple):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    # The shortest common prefix of the whole list is the one of its least and greatest item.
    for i, ch in enumerate(lo):
        if ch != hi[i]:
            return lo[:i]
    return lo


def samestat(s1, s2):
    """Whether two stat results describe one file (same device and inode)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths lead to one file or directory, by device and inode; OSError
    when either cannot be stat'ed."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two open descriptors refer to one file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """(root, ext): ext runs from the last dot of the final component to the end, a
    name's leading dots never start one; ext may be empty."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        # A name made only of leading dots ('.bashrc', '..') has no extension.
        start = last_sep + 1
        while start < dot:
            if p[start:start + 1] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Called once a path function has failed: name the argument of the wrong type, or say
    # that str and bytes were mixed.
    has_str = has_bytes = False
    for arg in args:
        if isinstance(arg, str):
            has_str = True
        elif isinstance(arg, bytes):
            has_bytes = True
        else:
            kind = arg.__class__.__name__
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {kind!r}') from None
    if has_str and has_bytes:
        message = "Can't mix strings and bytes in path components"
        raise TypeError(message) from None
