# Another thread's frames from sys._current_frames(): their code, line and variables (CPython
# shows them as they are; gilpy as the thread published them when it let go of the GIL).
import sys
import threading

ready = threading.Event()
release = threading.Event()


class Token:
    pass


def inner(n):
    secret = n * 2
    label = 'inner'
    holder = [n, secret]
    obj = Token()
    ready.set()
    release.wait()
    return secret, label, holder, obj


def outer():
    token = 'abc'
    inner(5)
    return token


t = threading.Thread(target=outer)
t.start()
ready.wait()
frame = sys._current_frames()[t.ident]
names = []
while frame is not None:
    if frame.f_code.co_name in ('inner', 'outer'):
        shown = {k: v for k, v in frame.f_locals.items() if not k.startswith('__')}
        names.append((frame.f_code.co_name, sorted(shown)))
        if frame.f_code.co_name == 'inner':
            print(shown['n'], shown['secret'], shown['label'], shown['holder'], type(shown['obj']).__name__)
        else:
            print(shown['token'])
    frame = frame.f_back
print(names)
release.set()
t.join()
print('main frame seen:', threading.main_thread().ident in sys._current_frames())
