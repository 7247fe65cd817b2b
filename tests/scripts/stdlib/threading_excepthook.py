import threading, sys, io, re
def boom(): raise ValueError('bad thing')
t = threading.Thread(target=boom, name='T1'); t.start(); t.join()
print('after default hook', flush=True)
def bye(): sys.exit(3)
t = threading.Thread(target=bye); t.start(); t.join()
print('systemexit silent', flush=True)
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None, args.thread.name, type(args).__name__, len(args)))
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', re.sub(r'(started|stopped) \d+', r'\1 ID', repr(args))))
threading.excepthook = hook
t = threading.Thread(target=boom, name='T2'); t.start(); t.join()
t = threading.Thread(target=bye, name='T3'); t.start(); t.join()
print(seen)
def badhook(args): raise KeyError('hook failed')
threading.excepthook = badhook
t = threading.Thread(target=boom, name='T4'); t.start(); t.join()
print('after bad hook', flush=True)
threading.excepthook = threading.__excepthook__
buf = io.StringIO()
old = sys.stderr; sys.stderr = buf
t = threading.Thread(target=boom, name='T5'); t.start(); t.join()
sys.stderr = old
print(buf.getvalue().splitlines()[0], buf.getvalue().splitlines()[-1])
a = threading.ExceptHookArgs((ValueError, ValueError('x'), None, None))
threading.excepthook(a)
print(a.exc_type, a.thread)
try: threading.ExceptHookArgs((1, 2))
except TypeError as e: print(e)
class Sub(threading.Thread):
    def run(self): raise OSError('in run')
s = Sub(); s.start(); s.join()
print('end', flush=True)
