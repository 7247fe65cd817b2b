"""Windows path operations (CPython 3.11's ntpath), usable on any system: drive letters, UNC
shares (\\\\server\\share) and device paths (\\\\?\\, \\\\.\\), '\\' and '/' both separators, and
%VAR% as well as $VAR in expandvars. Every function takes str, bytes or os.PathLike and answers
in the type it was given. On a system without Windows' own calls, abspath joins the working
directory and realpath is abspath, as CPython does there."""

import os
import sys
import stat
import genericpath
from genericpath import *

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'

try:
    sys.getwindowsversion
    supports_unicode_filenames = True
except AttributeError:
    supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "samefile", "sameopenfile", "samestat", "commonpath"]


class _Marks:
    """The special characters of one path type, so each function is written once for str
    and bytes."""

    def __init__(self, conv):
        self.sep = conv('\\')
        self.alt = conv('/')
        self.both = conv('\\/')
        self.colon = conv(':')
        self.dot = conv('.')
        self.dotdot = conv('..')
        self.empty = conv('')
        self.tilde = conv('~')
        self.unc = conv('\\\\?\\UNC\\')
        self.verbatim = (conv('\\\\.\\'), conv('\\\\?\\'))


_STR = _Marks(str)
_BYTES = _Marks(lambda s: s.encode('ascii'))


def _marks(p):
    return _BYTES if isinstance(p, bytes) else _STR


def _get_bothseps(path):
    return _marks(path).both


def normcase(s):
    """Normalize case of pathname.

    Makes all characters lowercase and all slashes into backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return os.fsencode(os.fsdecode(s).replace('/', '\\').lower())
    return s.replace('/', '\\').lower()


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    m = _marks(s)
    head = s[:3].replace(m.alt, m.sep)
    # A UNC or device path, or a drive followed by a root; a bare root ('\\x') counts too,
    # as it always has in CPython.
    return head.startswith(m.sep) or head.startswith(m.colon + m.sep, 1)


def _same_type(funcname, first, rest):
    """os.fspath of each of rest; every result must be of first's type."""
    try:
        out = [os.fspath(p) for p in rest]
    except TypeError:
        genericpath._check_arg_types(funcname, first, *rest)
        raise
    kind = type(first)
    for p in out:
        if type(p) is not kind:
            genericpath._check_arg_types(funcname, first, *out)
    return out


def join(path, *paths):
    path = os.fspath(path)
    parts = _same_type('join', path, paths)
    m = _marks(path)
    drive, tail = splitdrive(path)
    for part in parts:
        p_drive, p_tail = splitdrive(part)
        if p_tail[:1] and p_tail[:1] in m.both:
            # A rooted part starts over, keeping the drive unless it names its own.
            if p_drive or not drive:
                drive = p_drive
            tail = p_tail
            continue
        if p_drive and p_drive != drive:
            if p_drive.lower() != drive.lower():
                # Another drive: everything before it is dropped.
                drive, tail = p_drive, p_tail
                continue
            # The same drive spelled in another case: the later spelling wins.
            drive = p_drive
        if tail and tail[-1:] not in m.both:
            tail += m.sep
        tail += p_tail
    # A UNC share followed by a relative path needs a separator between them.
    if tail and tail[:1] not in m.both and drive and drive[-1:] != m.colon:
        return drive + m.sep + tail
    return drive + tail


def splitdrive(p):
    """Split a pathname into drive/UNC sharepoint and relative path specifiers.
    Returns a 2-tuple (drive_or_unc, path); either part may be empty.

    If you assign
        result = splitdrive(p)
    It is always true that:
        result[0] + result[1] == p

    If the path contained a drive letter, drive_or_unc will contain everything
    up to and including the colon.  e.g. splitdrive("c:/dir") returns ("c:", "/dir")

    If the path contained a UNC path, the drive_or_unc will contain the host name
    and share up to but not including the fourth directory separator character.
    e.g. splitdrive("//host/computer/dir") returns ("//host/computer", "/dir")

    Paths cannot contain both a drive letter and a UNC path.

    """
    p = os.fspath(p)
    if len(p) < 2:
        return p[:0], p
    m = _marks(p)
    flat = p.replace(m.alt, m.sep)
    if flat[:2] == m.sep + m.sep:
        # \\server\share, \\?\UNC\server\share, or a device: \\.\name, \\?\name.
        start = 8 if flat[:8].upper() == m.unc else 2
        first = flat.find(m.sep, start)
        if first < 0:
            return p, p[:0]
        second = flat.find(m.sep, first + 1)
        if second < 0:
            return p, p[:0]
        return p[:second], p[second:]
    if flat[1:2] == m.colon:
        return p[:2], p[2:]
    return p[:0], p


def split(p):
    """Split a pathname.

    Return tuple (head, tail) where tail is everything after the final slash.
    Either part may be empty."""
    p = os.fspath(p)
    m = _marks(p)
    drive, rest = splitdrive(p)
    cut = len(rest)
    while cut and rest[cut - 1:cut] not in m.both:
        cut -= 1
    head, tail = rest[:cut], rest[cut:]
    # Trailing separators go, unless the head is nothing but separators.
    head = head.rstrip(m.both) or head
    return drive + head, tail


def splitext(p):
    p = os.fspath(p)
    m = _marks(p)
    return genericpath._splitext(p, m.sep, m.alt, m.dot)


splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    """Returns the final component of a pathname"""
    return split(p)[1]


def dirname(p):
    """Returns the directory component of a pathname"""
    return split(p)[0]


def islink(path):
    """Test whether a path is a symbolic link.
    This will always return false for Windows prior to 6.0.
    """
    try:
        found = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(found.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point (a drive root, the root of a
    share, or a mounted volume)"""
    path = os.fspath(path)
    m = _marks(path)
    path = abspath(path)
    drive, rest = splitdrive(path)
    if drive and drive[:1] in m.both:
        # A share: its root is a mount point.
        return not rest or rest in m.both
    # A drive's root ('C:\\'); without Windows' volume calls nothing else is known to be one.
    return bool(rest) and rest in m.both


def expanduser(path):
    """Expand ~ and ~user constructs.

    If user or $HOME is unknown, do nothing."""
    path = os.fspath(path)
    m = _marks(path)
    if not path.startswith(m.tilde):
        return path
    end = 1
    while end < len(path) and path[end:end + 1] not in m.both:
        end += 1
    env = os.environ
    if 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' not in env:
        return path
    else:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    if end != 1:
        # ~someone: only guessed when the current user's home ends in the user's name, by
        # putting the other name beside it.
        wanted = path[1:end]
        if isinstance(wanted, bytes):
            wanted = os.fsdecode(wanted)
        current = env.get('USERNAME')
        if wanted != current:
            if current != basename(home):
                return path
            home = join(dirname(home), wanted)
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[end:]


_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'


def expandvars(path):
    """Expand shell variables of the forms $var, ${var} and %var%.

    Unknown variables are left unchanged."""
    path = os.fspath(path)
    binary = isinstance(path, bytes)
    if binary:
        if b'$' not in path and b'%' not in path:
            return path
        conv = lambda s: s.encode('ascii')
        environb = getattr(os, 'environb', None)

        def lookup(name):
            if environb is not None:
                return environb[name]
            return os.fsencode(os.environ[os.fsdecode(name)])
    else:
        if '$' not in path and '%' not in path:
            return path
        conv = str

        def lookup(name):
            return os.environ[name]

    quote, percent, dollar = conv("'"), conv('%'), conv('$')
    lbrace, rbrace = conv('{'), conv('}')
    names = conv(_NAME_CHARS)
    out = []
    i, n = 0, len(path)
    while i < n:
        ch = path[i:i + 1]
        nxt = path[i + 1:i + 2]
        if ch == quote:
            # Nothing is expanded between single quotes; an unclosed quote runs to the end.
            close = path.find(quote, i + 1)
            if close < 0:
                out.append(path[i:])
                break
            out.append(path[i:close + 1])
            i = close + 1
        elif ch == percent:
            if nxt == percent:
                out.append(percent)
                i += 2
                continue
            close = path.find(percent, i + 1)
            if close < 0:
                out.append(path[i:])
                break
            name = path[i + 1:close]
            try:
                out.append(lookup(name))
            except KeyError:
                out.append(percent + name + percent)
            i = close + 1
        elif ch == dollar:
            if nxt == dollar:
                out.append(dollar)
                i += 2
            elif nxt == lbrace:
                close = path.find(rbrace, i + 2)
                if close < 0:
                    out.append(path[i:])
                    break
                name = path[i + 2:close]
                try:
                    out.append(lookup(name))
                except KeyError:
                    out.append(dollar + lbrace + name + rbrace)
                i = close + 1
            else:
                end = i + 1
                while end < n and path[end:end + 1] in names:
                    end += 1
                name = path[i + 1:end]
                try:
                    out.append(lookup(name))
                except KeyError:
                    out.append(dollar + name)
                i = end
        else:
            out.append(ch)
            i += 1
    return path[:0].join(out)


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    m = _marks(path)
    # Device and verbatim paths (\\.\ and \\?\) are taken exactly as written.
    if path.startswith(m.verbatim):
        return path
    path = path.replace(m.alt, m.sep)
    prefix, path = splitdrive(path)
    if path.startswith(m.sep):
        prefix += m.sep
        path = path.lstrip(m.sep)
    kept = []
    for part in path.split(m.sep):
        if not part or part == m.dot:
            continue
        if part == m.dotdot:
            if kept and kept[-1] != m.dotdot:
                kept.pop()
                continue
            if not kept and prefix.endswith(m.sep):
                # '..' above a root stays at the root.
                continue
        kept.append(part)
    if not prefix and not kept:
        return m.dot
    return prefix + m.sep.join(kept)


def _abspath_fallback(path):
    """Return the absolute version of a path as per the current working directory."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


# Without Windows' own calls: the working directory is joined, and there are no links to
# resolve.
abspath = _abspath_fallback
realpath = abspath


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    m = _marks(path)
    if start is None:
        start = m.dot
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        start_drive, start_rest = splitdrive(abspath(normpath(start)))
        path_drive, path_rest = splitdrive(abspath(normpath(path)))
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError("path is on mount %r, start on mount %r" % (path_drive, start_drive))
        from_parts = [x for x in start_rest.split(m.sep) if x]
        to_parts = [x for x in path_rest.split(m.sep) if x]
        shared = 0
        for a, b in zip(from_parts, to_parts):
            if normcase(a) != normcase(b):
                break
            shared += 1
        steps = [m.dotdot] * (len(from_parts) - shared) + to_parts[shared:]
        if not steps:
            return m.dot
        return join(*steps)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    m = _marks(paths[0])
    try:
        split_up = [splitdrive(p.replace(m.alt, m.sep).lower()) for p in paths]
        rooted = {rest[:1] == m.sep for _, rest in split_up}
        if len(rooted) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        # The drives are compared only now, so that mixing str and bytes fails as a
        # TypeError first.
        if len({drive for drive, _ in split_up}) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, first = splitdrive(paths[0].replace(m.alt, m.sep))
        keep = [c for c in first.split(m.sep) if c and c != m.dot]
        lowered = [[c for c in rest.split(m.sep) if c and c != m.dot] for _, rest in split_up]
        lo, hi = min(lowered), max(lowered)
        size = len(lo)
        for i, c in enumerate(lo):
            if c != hi[i]:
                size = i
                break
        prefix = drive + m.sep if rooted.pop() else drive
        return prefix + m.sep.join(keep[:size])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
