"""Make executable zip archives of Python code (CPython 3.11's zipapp): create_archive packs
a directory (adding a __main__.py that calls `module:function` when asked) or copies an
archive with another interpreter line; get_interpreter reads that line back."""

import contextlib
import os
import pathlib
import shutil
import stat
import sys
import zipfile

__all__ = ['ZipAppError', 'create_archive', 'get_interpreter']  # the public names

# The __main__.py written for main='module:function'.
MAIN_TEMPLATE = """\
# -*- coding: utf-8 -*-
import {module}
{module}.{fn}()
"""

# How the interpreter line's path is encoded.
shebang_encoding = 'mbcs' if sys.platform.startswith('win') else 'utf-8'


class ZipAppError(ValueError):
    """A source or entry point create_archive cannot make an archive of."""


@contextlib.contextmanager
def _opened(archive, mode):
    # A path is opened (and closed after); a file object is used as it is.
    if not isinstance(archive, (str, os.PathLike)):
        yield archive
        return
    f = open(archive, mode)
    try:
        yield f
    finally:
        f.close()


def _put_interpreter(f, interpreter):
    """Write the #! line naming the interpreter, if there is one."""
    if interpreter:
        f.write(b'#!' + interpreter.encode(shebang_encoding) + b'\n')


def _make_executable(path):
    path = pathlib.Path(path)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def _recopy(archive, new_archive, interpreter=None):
    """A copy of the archive whose interpreter line (if any) is replaced."""
    with _opened(archive, 'rb') as old:
        start = old.read(2)
        if start == b'#!':
            # The old line is dropped whole.
            old.readline()
            start = b''
        with _opened(new_archive, 'wb') as new:
            _put_interpreter(new, interpreter)
            new.write(start)
            shutil.copyfileobj(old, new)
    if interpreter and isinstance(new_archive, str):
        _make_executable(new_archive)


def _entry_point_source(main):
    module, colon, function = main.partition(':')

    def dotted(name):
        return all(part.isidentifier() for part in name.split('.'))
    if colon != ':' or not dotted(module) or not dotted(function):
        raise ZipAppError("Invalid entry point: " + main)
    return MAIN_TEMPLATE.format(module=module, fn=function)


def create_archive(source, target=None, interpreter=None, main=None, filter=None,
                   compressed=False):
    """Make an application archive of SOURCE.

    SOURCE is a directory of code (or an existing archive, or an open file of one, which
    is copied). TARGET is where to write (default: SOURCE with the .pyz suffix; a file
    object works too). INTERPRETER, when given, is written as a #! line and the archive
    made executable. MAIN ('pkg.module:function') adds a __main__.py calling it; without
    it SOURCE must hold a __main__.py. FILTER(relative path) chooses the files kept;
    COMPRESSED deflates them."""
    is_file_object = hasattr(source, 'read') and hasattr(source, 'readline')
    if not is_file_object:
        source = pathlib.Path(source)
    if is_file_object or source.is_file():
        return _recopy(source, target, interpreter)

    if not source.exists():
        raise ZipAppError("Source does not exist")
    has_main = source.joinpath('__main__.py').is_file()
    if main and has_main:
        raise ZipAppError("Cannot specify entry point if the source has __main__.py")
    if not main and not has_main:
        raise ZipAppError("Archive has no entry point")
    main_py = _entry_point_source(main) if main else None

    writes_file = target is not None and hasattr(target, 'write')
    if target is None:
        target = source.with_suffix('.pyz')
    elif not writes_file:
        target = pathlib.Path(target)

    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with _opened(target, 'wb') as out:
        _put_interpreter(out, interpreter)
        with zipfile.ZipFile(out, 'w', compression=method) as z:
            for path in source.rglob('*'):
                name = path.relative_to(source)
                if filter is not None and not filter(name):
                    continue
                z.write(path, name.as_posix())
            if main_py:
                z.writestr('__main__.py', bytes(main_py, 'utf-8'))
    if interpreter and not writes_file:
        _make_executable(target)


def get_interpreter(archive):
    """The interpreter of the archive's #! line, or None."""
    with _opened(archive, 'rb') as f:
        if f.read(2) != b'#!':
            return None
        line = f.readline()
    return line.strip().decode(shebang_encoding)


def main(args=None):
    """Run the zipapp command line (python -m zipapp)."""
    import argparse

    parser = argparse.ArgumentParser()
    # (flags, settings) of each option, in the order help lists them.
    options = [
        (('--output', '-o'), dict(default=None, help="The name of the output archive. "
                                  "Required if SOURCE is an archive.")),
        (('--python', '-p'), dict(default=None, help="The name of the Python interpreter "
                                  "to use (default: no shebang line).")),
        (('--main', '-m'), dict(default=None, help="The main function of the application "
                                "(default: use an existing __main__.py).")),
        (('--compress', '-c'), dict(action='store_true', help="Compress files with the deflate "
                                    "method. Files are stored uncompressed by default.")),
        (('--info',), dict(default=False, action='store_true',
                           help="Display the interpreter from the archive.")),
        (('source',), dict(help="Source directory (or existing archive).")),
    ]
    for flags, settings in options:
        parser.add_argument(*flags, **settings)
    options = parser.parse_args(args)

    if options.info:
        if not pathlib.Path(options.source).is_file():
            raise SystemExit("Can only get info for an archive file")
        print("Interpreter: {}".format(get_interpreter(options.source) or "<none>"))
        sys.exit(0)

    if pathlib.Path(options.source).is_file():
        same = options.output is not None and os.path.exists(options.output) and \
            os.path.samefile(options.source, options.output)
        if options.output is None or same:
            raise SystemExit("In-place editing of archives is not supported")
        if options.main:
            raise SystemExit("Cannot change the main function when copying")

    create_archive(options.source, options.output, interpreter=options.python, main=options.main,
                   compressed=options.compress)


if __name__ == '__main__':
    main()
