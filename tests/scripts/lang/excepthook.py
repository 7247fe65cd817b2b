# sys.excepthook, sys.unraisablehook and threading.excepthook replaced by Python functions.
import sys
import threading

print(sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__)
print(sys.__excepthook__, sys.__unraisablehook__, threading.excepthook is threading.__excepthook__)


def thread_hook(args):
    print('thread hook:', args.exc_type.__name__, args.exc_value, args.thread.name, args.exc_traceback is not None)


threading.excepthook = thread_hook
t = threading.Thread(target=lambda: 1 / 0, name='worker')
t.start()
t.join()
t = threading.Thread(target=lambda: sys.exit(3), name='exiter')
t.start()
t.join()
threading.excepthook = threading.__excepthook__


class Noisy:
    def __del__(self):
        raise ValueError('from __del__')


seen = []


def unraisable(u):
    seen.append(u)
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg, type(u.exc_traceback).__name__,
          u.object.__qualname__, type(u).__name__)


sys.unraisablehook = unraisable
n = Noisy()
del n
print('after del', len(seen))
sys.unraisablehook = sys.__unraisablehook__


def hook(exc_type, value, tb):
    print('excepthook:', exc_type.__name__, value, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('frames:', frames)


sys.excepthook = hook


def fail():
    raise KeyError('the end')


print('raising')
fail()
print('not reached')
