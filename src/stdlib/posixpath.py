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


# A bytes path is worked on as a str of one character per byte (latin-1, which gives every
# byte back whatever the bytes are) and the answer encoded again: the operations only look at
# '/', '.', '~' and '$'. _text() says which it was, _back() restores it; _from_str() turns a
# str from outside (an environment value, the working directory) into the same form.
def _text(path):
    p = _fspath(path)
    if isinstance(p, bytes):
        return p.decode('latin-1'), True
    return p, False


def _back(result, was_bytes):
    if not was_bytes:
        return result
    if isinstance(result, tuple):
        return tuple(_back(part, True) for part in result)
    return result.encode('latin-1')


def _from_str(value, was_bytes):
    return value.encode().decode('latin-1') if was_bytes else value


def _mixed():
    return TypeError("Can't mix strings and bytes in path components")


def join(a, *p):
    a, binary = _text(a)
    parts = []
    for x in p:
        if isinstance(x, str):
            if binary:
                raise _mixed()
        else:
            try:
                x, x_binary = _text(x)
            except TypeError:
                raise TypeError(f'join() argument must be str, bytes, or os.PathLike object, not {type(x).__name__!r}') from None
            if x_binary != binary:
                raise _mixed()
        parts.append(x)
    return _back(_posixpath.join(a, *parts), binary)


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
    return _text(s)[0].startswith('/')


def basename(p):
    p, binary = _text(p)
    return _back(_posixpath.basename(p), binary)


def dirname(p):
    p, binary = _text(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return _back(head, binary)


def split(p):
    p, binary = _text(p)
    return _back(_posixpath.split(p), binary)


def splitext(p):
    p, binary = _text(p)
    return _back(_posixpath.splitext(p), binary)


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def normcase(s):
    return _fspath(s)


def normpath(path):
    path, binary = _text(path)
    return _back(_posixpath.normpath(path), binary)


def abspath(path):
    path, binary = _text(path)
    if binary and not path.startswith('/'):
        path = _posixpath.join(_from_str(_os.getcwd(), True), path)
    return _back(_posixpath.abspath(path), binary)


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


def sameopenfile(fp1, fp2):
    """Whether two open descriptors refer to the same file."""
    return samestat(_os.fstat(fp1), _os.fstat(fp2))


def expanduser(path):
    path, binary = _text(path)
    return _back(_expanduser(path, binary), binary)


def _expanduser(path, binary):
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
    userhome = _from_str(userhome, binary).rstrip('/')
    return (userhome + path[i:]) or '/'


def expandvars(path):
    path, binary = _text(path)
    return _back(_expandvars(path, binary), binary)


def _expandvars(path, binary):
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
            out.append(_from_str(_os.environ[name], binary))
        else:
            out.append(path[i:end] if name else '$')
            if not name:
                end = i + 1
        i = end
    return ''.join(out)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    path = _fspath(filename)
    if isinstance(path, bytes):
        return _realpath(path.decode(), strict).encode()
    return _realpath(path, strict)


def _realpath(path, strict):
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
    path, binary = _text(path)
    if start is None:
        start = curdir
    else:
        start, start_binary = _text(start)
        if start_binary != binary:
            raise _mixed()
    return _back(_relpath(path, start, binary), binary)


def _relpath(path, start, binary):
    if binary:
        cwd = _from_str(_os.getcwd(), True)
        path = _posixpath.join(cwd, path)
        start = _posixpath.join(cwd, start)
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
    texts = [_text(p) for p in paths]
    kinds = set(binary for _, binary in texts)
    if len(kinds) != 1:
        raise _mixed()
    return _back(_commonpath(tuple(text for text, _ in texts)), kinds.pop())


def _commonpath(paths):
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
