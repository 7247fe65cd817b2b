"""Filename globbing, as CPython 3.11's glob: glob, iglob (with root_dir and recursive '**'),
escape and has_magic. Names starting with a dot are matched only by patterns that start with a
dot. The order of results is the order the directory lists its entries, as in python3."""

import fnmatch
import os

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """The list of paths matching pathname (which may hold *, ? and [...] wildcards)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """An iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by gilpy")
    if root_dir is None:
        root_dir = pathname[:0]
    elif not isinstance(root_dir, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(root_dir).__name__)
    it = _iglob(pathname, root_dir, recursive, False)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            s = next(it)
            if s:
                it = _chain(s, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _split(path):
    i = path.rfind('/') + 1
    head, tail = path[:i], path[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def _iglob(pathname, root_dir, recursive, dironly):
    dirname, basename = _split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly)
        else:
            yield from _glob1(root_dir, basename, dironly)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly):
    names = _listdir(dirname, dironly)
    if not _ishidden(pattern):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False)


def _glob2(dirname, pattern, dironly):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or '.')
    except OSError:
        return []
    if dironly:
        base = dirname or '.'
        names = [n for n in names if os.path.isdir(os.path.join(base, n))]
    return names


def _rlistdir(dirname, dironly):
    for x in _listdir(dirname, dironly):
        if not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly):
                yield _join(x, y)


def _lexists(pathname):
    lexists = getattr(os.path, 'lexists', None)
    if lexists is not None:
        return lexists(pathname)
    return os.path.exists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s holds a wildcard character (*, ? or [)."""
    for c in s:
        if c in '*?[':
            return True
    return False


def _ishidden(path):
    return path[0] == '.'


def _isrecursive(pattern):
    return pattern == '**'


def escape(pathname):
    """Escapes the wildcard characters so pathname matches only itself."""
    return ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)


