"""compileall for gilpy: checks that every source file of a folder tree compiles.

Messages and results are CPython's ('Listing ...', 'Compiling ...', '*** ' and the error), but
since gilpy keeps no .pyc files nothing is written and every file is compiled each time
(`force` changes nothing).
"""

import os
import sys

import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _files_below(dir, maxlevels, quiet=0):
    if isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    for name in sorted(names):
        if name == '__pycache__':
            continue
        full = os.path.join(dir, name)
        if not os.path.isdir(full):
            yield full
        elif maxlevels > 0 and name not in (os.curdir, os.pardir) and not os.path.islink(full):
            yield from _files_below(full, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                workers=1, invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                hardlink_dupes=False):
    """Compiles every .py file below `dir` (to check it); True when all compiled."""
    if workers < 0:
        raise ValueError('workers must be greater or equal to 0')
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()  # no limit in practice
    ok = True
    for file in _files_below(dir, quiet=quiet, maxlevels=maxlevels):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize, invalidation_mode,
                            stripdir=stripdir, prependdir=prependdir, limit_sl_dest=limit_sl_dest,
                            hardlink_dupes=hardlink_dupes):
            ok = False
    return ok


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None, *, stripdir=None, prependdir=None, limit_sl_dest=None,
                 hardlink_dupes=False):
    """Compiles one .py file (to check it); True when it compiled or was not a .py file."""
    fullname = os.fspath(fullname)
    name = fullname.rpartition(os.sep)[2]
    dfile = os.path.join(ddir, name) if ddir is not None else None
    if rx is not None and rx.search(fullname):
        return True
    if not (os.path.isfile(fullname) and name.endswith('.py')):
        return True
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        py_compile.compile(fullname, None, dfile, True, optimize=optimize)
    except py_compile.PyCompileError as failure:
        if quiet >= 2:
            return False
        if quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(failure.msg)
        return False
    except (SyntaxError, UnicodeError, OSError) as failure:
        if quiet >= 2:
            return False
        if quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(type(failure).__name__ + ':', failure)
        return False
    return True


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False, optimize=-1,
                 invalidation_mode=None):
    """Compiles the folders of sys.path (to check them)."""
    ok = True
    for folder in sys.path:
        if (not folder or folder == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            ok = compile_dir(folder, maxlevels, None, force, quiet=quiet, legacy=legacy, optimize=optimize,
                             invalidation_mode=invalidation_mode) and ok
    return ok


def main():
    import argparse
    # Run with -m, gilpy names this embedded module's script '<frozen compileall>'; usage lines say
    # 'compileall.py' as python3's do.
    prog = 'compileall.py' if sys.argv[0].startswith('<frozen ') else None
    parser = argparse.ArgumentParser(prog=prog, description='Utilities to support installing Python libraries.')
    parser.add_argument('-l', action='store_const', const=0, default=None, dest='maxlevels',
                        help="don't recurse into subdirectories")
    parser.add_argument('-r', type=int, dest='recursion',
                        help=('control the maximum recursion level. if `-l` and `-r` options are specified, '
                              'then `-r` takes precedence.'))
    parser.add_argument('-f', action='store_true', dest='force', help='force rebuild even if timestamps are up to date')
    parser.add_argument('-q', action='count', dest='quiet', default=0,
                        help='output only error messages; -qq will suppress the error messages as well.')
    parser.add_argument('-x', metavar='REGEXP', dest='rx', default=None,
                        help=('skip files matching the regular expression; the regexp is searched for in the '
                              'full path of each file considered for compilation'))
    parser.add_argument('compile_dest', metavar='FILE|DIR', nargs='*',
                        help=('zero or more file and directory names to compile; if no arguments given, '
                              'defaults to the equivalent of -l sys.path'))
    args = parser.parse_args()
    maxlevels = args.recursion if args.recursion is not None else args.maxlevels
    if args.rx:
        import re
        args.rx = re.compile(args.rx)
    ok = True
    if args.compile_dest:
        for dest in args.compile_dest:
            if os.path.isfile(dest):
                ok = compile_file(dest, None, args.force, args.rx, args.quiet) and ok
            else:
                ok = compile_dir(dest, maxlevels, None, args.force, args.rx, args.quiet) and ok
        return ok
    return compile_path(quiet=args.quiet, force=args.force)


if __name__ == '__main__':
    sys.exit(int(not main()))
