# sys._getframe and frame objects (f_code, f_lineno, f_back, f_globals, f_locals of a module),
# code objects' co_name/co_qualname/co_filename, traceback.format_stack(frame),
# os.rename/replace/stat, sys.stdout.name.
import helper_paths  # noqa: F401  (paths in the output relative to this folder)
import os
import sys
import traceback

def describe(frame):
    code = frame.f_code
    return '%s %s %s line %d' % (code.co_name, code.co_qualname, os.path.basename(code.co_filename), frame.f_lineno)

def inner():
    here = sys._getframe()
    print(describe(here))
    print(describe(here.f_back))
    print(describe(sys._getframe(1)))
    print(describe(sys._getframe(2)))
    return here

class Outer:
    def method(self):
        return inner()

    @classmethod
    def cm(cls):
        return sys._getframe().f_code.co_qualname

frame = Outer().method()
print(Outer.cm())
print(frame.f_back is frame.f_back, frame.f_back.f_back.f_back)
print(frame.f_globals is globals(), sys._getframe().f_locals is globals())
print(frame.f_back.f_back.f_code.co_name, frame.f_back.f_back.f_code.co_qualname)
print(type(frame).__name__, type(frame.f_code).__name__)
print(frame.f_code is inner.__code__, inner.__code__.co_firstlineno)

def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

def nested(k):
    if k == 0:
        return depth()
    return nested(k - 1)

print(depth(), nested(5))
print(sys._getframe(-3).f_code.co_name)
for bad in (100, 'x', 1.5):
    try:
        sys._getframe(bad)
    except Exception as e:
        print(type(e).__name__, e)

def lam_gen():
    yield sys._getframe().f_code.co_name
    yield (lambda: sys._getframe().f_code.co_name)()
    yield [sys._getframe().f_code.co_name for _ in range(1)][0]
print(list(lam_gen()))

# traceback with a frame
def show_stack():
    f = sys._getframe()
    print(''.join(traceback.format_stack(f)), end='')
    print(''.join(traceback.format_stack(f, limit=1)), end='')
    traceback.print_stack(f.f_back, file=sys.stdout)

def caller():
    show_stack()

caller()

# os.rename, os.replace, os.stat
base = '/tmp/gilpy_frames_%d' % os.getpid()
with open(base + '.a', 'w') as f:
    f.write('12345')
os.rename(base + '.a', base + '.b')
print(os.path.exists(base + '.a'), os.path.exists(base + '.b'))
st = os.stat(base + '.b')
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime >= st[8])
with open(base + '.c', 'w') as f:
    f.write('x')
os.replace(base + '.c', base + '.b')
print(os.stat(base + '.b').st_size)
os.rename(base + '.b', base + '.b')
try:
    os.rename(base + '.missing', base + '.d')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.stat(base + '.missing')
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(base + '.b')
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
