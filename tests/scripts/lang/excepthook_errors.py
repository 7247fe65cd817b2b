# A sys.excepthook that raises (both tracebacks are printed, CPython's words between them),
# and a sys.unraisablehook that raises.
import sys


class Noisy:
    def __del__(self):
        raise ValueError('from __del__')


def bad_unraisable(u):
    raise KeyError('unraisable hook failed')


sys.unraisablehook = bad_unraisable
n = Noisy()
del n
print('still running')


def bad_hook(t, v, tb):
    print('hook called with', t.__name__)
    raise RuntimeError('hook failed')


sys.excepthook = bad_hook
raise LookupError('original')
