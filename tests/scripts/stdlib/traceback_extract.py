# The traceback module on traceback objects: extract_tb/format_tb/print_tb, walk_tb/walk_stack,
# FrameSummary, StackSummary, TracebackException, and the print/format functions (3.11 signatures).
import sys, traceback, types


_print = print


def print(*args, **kwargs):
    _print(*[str(a).replace(__file__, "<script>") for a in args], **kwargs)


class _Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "<script>"))


OUT = _Out()

def inner(x):
    return 10 / x

def middle(x):
    return inner(x) + 1

def outer():
    middle(0)

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType))
    for fs in traceback.extract_tb(tb):
        print(fs.filename.split('/')[-1], fs.lineno, fs.name, repr(fs.line))
    print(traceback.format_tb(tb))
    traceback.print_tb(tb, file=OUT)
    traceback.print_tb(tb, limit=1, file=OUT)
    traceback.print_tb(tb, limit=-1, file=OUT)
    print(traceback.format_exception(e))
    print(traceback.format_exception(type(e), e, tb.tb_next))
    traceback.print_exception(e, file=OUT)
    traceback.print_exception(type(e), e, tb, limit=2, file=OUT)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exc(file=OUT)
    print(traceback.format_exc())
    for f, line in list(traceback.walk_tb(tb)):
        print(f.f_code.co_name, line)
    fs = traceback.extract_tb(tb)[-1]
    fn, ln, name, text = fs
    print(fn == fs[0], ln, name, text, len(fs), fs == (fs.filename, 4, 'inner', 'return 10 / x'))
    print(repr(fs).split(',')[1:])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), len(te.stack))
    print(''.join(te.format()))
    print(list(te.format_exception_only()))
    print(te.stack.format())

def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        raise ValueError('v') from e

try:
    f()
except ValueError as e:
    traceback.print_exc(file=OUT)
    print(''.join(traceback.TracebackException.from_exception(e).format()))
    print(''.join(traceback.format_exception(e, chain=False)))

def g():
    try:
        {}['x']
    except KeyError:
        1/0
try:
    g()
except Exception as e:
    traceback.print_exception(e, file=OUT)

s = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)])
print(s.format())
print(traceback.format_list([('a.py', 1, 'f', 'x = 1')]))

def stk():
    return traceback.extract_stack()
st = stk()
print([(x.name, x.lineno) for x in st])
print(traceback.format_stack()[-1])
def deep(n):
    if n == 0:
        return traceback.format_stack()
    return deep(n-1)
print(''.join(deep(10)))
for f, ln in traceback.walk_stack(sys._getframe()):
    print(f.f_code.co_name, ln)
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
try:
    exec("x = (1,\n  2 +)")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
