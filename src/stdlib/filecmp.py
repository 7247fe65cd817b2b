"""filecmp: compare files (cmp, cmpfiles) and directory trees (dircmp), by their stat
signatures first and by contents when those differ or shallow is false."""

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (f1, f2, signature1, signature2) -> whether the contents were equal.
_cache = {}


def clear_cache():
    """Forgets every content comparison made so far."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_contents(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            block1 = a.read(BUFSIZE)
            block2 = b.read(BUFSIZE)
            if block1 != block2:
                return False
            if not block1:
                return True


def cmp(f1, f2, shallow=True):
    """Whether two files are the same: regular files of equal type, size and mtime (when
    shallow), else of equal contents."""
    s1 = _signature(os.stat(f1))
    s2 = _signature(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    found = _cache.get(key)
    if found is None:
        found = _same_contents(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = found
    return found


def _verdict(a, b, shallow):
    """0 for equal files, 1 for different ones, 2 when either cannot be read."""
    try:
        return 0 if cmp(a, b, shallow) else 1
    except (OSError, ValueError):
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Sorts the names in `common` (files of both directories a and b) into three lists:
    (equal, different, could not compare)."""
    outcome = ([], [], [])
    for name in common:
        outcome[_verdict(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return outcome


def _keep(names, skip):
    return list(filterfalse(skip.__contains__, names))


class dircmp:
    """The comparison of two directories, computed attribute by attribute on first use:
    left_list, right_list, common, left_only, right_only, common_dirs, common_files,
    common_funny, same_files, diff_files, funny_files, subdirs."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def _list_both(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(_keep(os.listdir(self.left), skip))
        self.right_list = sorted(_keep(os.listdir(self.right), skip))

    def _split_names(self):
        left = {os.path.normcase(name): name for name in self.left_list}
        right = {os.path.normcase(name): name for name in self.right_list}
        self.common = [left[key] for key in left if key in right]
        self.left_only = [left[key] for key in left if key not in right]
        self.right_only = [right[key] for key in right if key not in left]

    def _classify_common(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                kind1 = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind2 = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind1 != kind2:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind1):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind1):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def _compare_files(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(self.left, self.right, self.common_files)

    def _make_subdirs(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name), os.path.join(self.right, name),
                                                self.ignore, self.hide)

    _computed_by = {
        'subdirs': _make_subdirs,
        'same_files': _compare_files, 'diff_files': _compare_files, 'funny_files': _compare_files,
        'common_dirs': _classify_common, 'common_files': _classify_common, 'common_funny': _classify_common,
        'common': _split_names, 'left_only': _split_names, 'right_only': _split_names,
        'left_list': _list_both, 'right_list': _list_both,
    }

    def __getattr__(self, name):
        compute = dircmp._computed_by.get(name)
        if compute is None:
            raise AttributeError(name)
        compute(self)
        return getattr(self, name)

    def report(self):
        """Prints what differs between the two directories (not their subdirectories)."""
        print('diff', self.left, self.right)
        for names, label in ((self.left_only, ('Only in', self.left, ':')),
                             (self.right_only, ('Only in', self.right, ':')),
                             (self.same_files, ('Identical files :',)),
                             (self.diff_files, ('Differing files :',)),
                             (self.funny_files, ('Trouble with common files :',)),
                             (self.common_dirs, ('Common subdirectories :',)),
                             (self.common_funny, ('Common funny cases :',))):
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        """report(), then the report of each immediate common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report(), then recursively that of every common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    comparison = dircmp(args[0], args[1])
    if ('-r', '') in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == '__main__':
    demo()
