"""Printing and formatting exceptions and the stack as CPython 3.11's traceback module does:
print_exc, format_exc, print_exception, format_exception, format_exception_only, print_stack,
format_stack. The text comes from the interpreter's own traceback printer (native `_traceback`);
gilpy has no traceback objects, so an exception's traceback is the one it carries
(`tb` arguments are accepted and not looked at), and print_tb/extract_tb/TracebackException are
not provided. print_stack/format_stack take a frame from sys._getframe()."""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'format_stack',
           'print_exc', 'print_exception', 'print_stack']

_sentinel = object()


def _value_of(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is not None and not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc
    return value


def _text(value, limit, chain):
    if value is None:
        return 'NoneType: None\n'
    return _traceback.format(value, limit, chain)


def _split(text):
    """The text cut where CPython's format_exception cuts its list: the header, one piece per
    entry (with its source and caret lines), each chaining message, the exception's lines."""
    pieces = []
    lines = text.splitlines(True)
    i = 0
    in_traceback = False
    final = ''
    while i < len(lines):
        line = lines[i]
        if line == 'Traceback (most recent call last):\n':
            pieces.append(line)
            in_traceback = True
        elif in_traceback and line.startswith('  File "'):
            piece = line
            while i + 1 < len(lines) and lines[i + 1].startswith('    '):
                i += 1
                piece += lines[i]
            pieces.append(piece)
        elif line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n' and (
                lines[i + 1].startswith('During handling') or lines[i + 1].startswith('The above exception')):
            if final:
                pieces.append(final)
                final = ''
            pieces.append(line + lines[i + 1] + lines[i + 2])
            i += 2
            in_traceback = False
        elif line.startswith('  '):
            # A SyntaxError's location, source and caret lines: one piece each.
            in_traceback = False
            pieces.append(line)
        else:
            in_traceback = False
            final += line
        i += 1
    if final:
        pieces.append(final)
    return pieces


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    return _split(_text(_value_of(exc, value, tb), limit, chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _split(_text(value, 0, False))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    text = _text(_value_of(exc, value, tb), limit, chain)
    print(text, end='', file=sys.stderr if file is None else file)


def format_exc(limit=None, chain=True):
    return _text(sys.exc_info()[1], limit, chain)


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def _stack(f, skip, limit):
    if f is not None:
        return _traceback.frame_stack(f, limit)
    return _traceback.stack(skip + 1, limit)


def format_stack(f=None, limit=None):
    return _split('Traceback (most recent call last):\n' + _stack(f, 1, limit))[1:]


def print_stack(f=None, limit=None, file=None):
    print(_stack(f, 1, limit), end='', file=sys.stderr if file is None else file)
