"""Path operations on POSIX path strings (os.path): the hot string functions are native
(_posixpath); this module takes os.PathLike arguments and adds the rest of 3.11's API."""

import _posixpath
import _os

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, not {type(result).__name__}')


def _arg(fname, path):
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        return path.decode()
    try:
        return _fspath(path)
    except TypeError:
        raise TypeError(f'{fname}: path should be string, bytes or os.PathLike, not {type(path).__name__}') from None


def _str(path):
    p = _fspath(path)
    return p.decode() if isinstance(p, bytes) else p


def join(a, *p):
    a = _str(a)
    parts = []
    for x in p:
        if not isinstance(x, str):
            try:
                x = _str(x)
            except TypeError:
                raise TypeError(f'join() argument must be str, bytes, or os.PathLike object, not {type(x).__name__!r}') from None
        parts.append(x)
    return _posixpath.join(a, *parts)


def exists(path):
    try:
        _os.stat(_str(path))
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(_str(path))
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        return _os.stat(_str(path)).st_mode & 0o170000 == 0o100000
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        return _os.stat(_str(s)).st_mode & 0o170000 == 0o040000
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _os.lstat(_str(path)).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError, AttributeError):
        return False


def ismount(path):
    try:
        s1 = _os.lstat(_str(path))
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    try:
        s2 = _os.lstat(join(_str(path), '..'))
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def isabs(s):
    return _str(s).startswith('/')


def basename(p):
    return _posixpath.basename(_str(p))


def dirname(p):
    p = _str(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def split(p):
    return _posixpath.split(_str(p))


def splitext(p):
    return _posixpath.splitext(_str(p))


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def normcase(s):
    return _fspath(s)


def normpath(path):
    return _posixpath.normpath(_str(path))


def abspath(path):
    return _posixpath.abspath(_str(path))


def getsize(filename):
    return _os.stat(_str(filename)).st_size


def getmtime(filename):
    return _os.stat(_str(filename)).st_mtime


def getatime(filename):
    return _os.stat(_str(filename)).st_atime


def getctime(filename):
    return _os.stat(_str(filename)).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(_os.stat(_str(f1)), _os.stat(_str(f2)))


def expanduser(path):
    path = _str(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _os.environ.get('HOME')
        if userhome is None:
            return path
    else:
        name = path[1:i]
        userhome = None
        try:
            with open('/etc/passwd') as f:
                for line in f:
                    fields = line.rstrip('\n').split(':')
                    if len(fields) >= 6 and fields[0] == name:
                        userhome = fields[5]
                        break
        except OSError:
            pass
        if userhome is None:
            return path
    userhome = userhome.rstrip('/')
    return (userhome + path[i:]) or '/'


def expandvars(path):
    path = _str(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in _os.environ:
            out.append(_os.environ[name])
        else:
            out.append(path[i:end] if name else '$')
            if not name:
                end = i + 1
        i = end
    return ''.join(out)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    path = _str(filename)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    resolved = '/'
    rest = [p for p in path.split('/') if p]
    seen = 0
    while rest:
        name = rest.pop(0)
        if name == '.':
            continue
        if name == '..':
            resolved = dirname(resolved) or '/'
            continue
        candidate = join(resolved, name)
        try:
            st = _os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if st.st_mode & 0o170000 != 0o120000:
            resolved = candidate
            continue
        seen += 1
        if seen > 40:
            if strict:
                raise OSError(40, 'Too many levels of symbolic links', candidate)
            resolved = candidate
            continue
        target = _os.readlink(candidate)
        if target.startswith('/'):
            resolved = '/'
        rest = [p for p in target.split('/') if p] + rest
    return resolved


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _str(path)
    start = curdir if start is None else _str(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_str, paths))
    try:
        split_paths = [path.split(sep) for path in paths]
        isabs_set = set(p[:1] == sep for p in paths)
        if len(isabs_set) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if paths[0][:1] == sep else ''
        return prefix + sep.join(common)
    except TypeError:
        raise
