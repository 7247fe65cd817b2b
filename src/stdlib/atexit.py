"""atexit as CPython 3.11's: functions registered here run when the interpreter finishes (after
the main script and after threading's non-daemon threads are joined), last registered first. An
exception in one is reported on stderr ("Exception ignored in atexit callback: ...") and the
others still run. The interpreter calls _run_exitfuncs once at exit (src/main.rs)."""

import sys

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    global _callbacks
    _callbacks = [entry for entry in _callbacks if not (entry[0] == func)]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            import traceback
            sys.stdout.flush()
            print(f'Exception ignored in atexit callback: {func!r}', file=sys.stderr)
            # The entry of this function is the interpreter's, not the program's: left out.
            pieces = traceback.format_exception(e)
            text = ''.join(p for p in pieces if not p.startswith('  File "<frozen atexit>"'))
            print(text, end='', file=sys.stderr)
