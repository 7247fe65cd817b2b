"""py_compile for gilpy: checks that a source file compiles.

gilpy runs source directly and has no .pyc files, so compile() reads and compiles the file to
find its errors but writes nothing, and returns None where CPython returns the .pyc's path.
Errors are reported as CPython's: a PyCompileError raised (doraise) or its message on stderr.
"""

import builtins
import enum
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """A file failed to compile: exc_type_name, exc_value, file and msg describe why."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        kind = exc_type.__name__
        if exc_type is SyntaxError:
            text = ''.join(traceback.format_exception_only(exc_type, exc_value))
            described = text.replace('File "<string>"', 'File "%s"' % file)
        else:
            described = "Sorry: %s: %s" % (kind, exc_value)
        Exception.__init__(self, msg or described, kind, exc_value, file)
        self.exc_type_name = kind
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or described

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    """Compiles `file` to check it; returns None (gilpy writes no .pyc). On an error: raises
    PyCompileError when doraise, else writes its message to stderr (quiet=2: says nothing)."""
    with open(file, 'rb') as f:
        source = f.read()
    try:
        builtins.compile(source, dfile or file, 'exec', dont_inherit=True, optimize=optimize)
    except Exception as err:
        problem = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise problem
            sys.stderr.write(problem.msg + '\n')
        return None
    return None


def main():
    import argparse
    # Run with -m, gilpy names this embedded module's script '<frozen py_compile>'; usage lines say
    # 'py_compile.py' as python3's do.
    prog = 'py_compile.py' if sys.argv[0].startswith('<frozen ') else None
    parser = argparse.ArgumentParser(prog=prog, description='A simple command-line interface for py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    args = parser.parse_args()
    if args.filenames == ['-']:
        filenames = [name.rstrip('\n') for name in sys.stdin.readlines()]
    else:
        filenames = args.filenames
    for name in filenames:
        try:
            compile(name, doraise=True)
        except PyCompileError as error:
            if args.quiet:
                parser.exit(1)
            parser.exit(1, error.msg)
        except OSError as error:
            if args.quiet:
                parser.exit(1)
            parser.exit(1, str(error))


if __name__ == "__main__":
    main()
