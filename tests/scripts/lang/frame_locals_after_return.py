# Frame objects and the variables of their frames: read while the frame runs (from callees, dunder
# methods, generators), and after it returned (values at return, as CPython keeps them).
import sys
import inspect
import traceback


def show(label, d):
    print(label, sorted((k, v) for k, v in d.items() if not k.startswith('__') and not inspect.isframe(v) and not callable(v)))


# 1. A frame object made while its frame runs shows the values the frame had when it returned.
def values_at_return():
    q = 1
    holder.append(sys._getframe())
    q = 2
    r = 'three'
    return q


holder = []
values_at_return()
fr = holder.pop()
show('at return', fr.f_locals)
print('line after return', fr.f_lineno, fr.f_code.co_name)
print('same dict', fr.f_locals is fr.f_locals)


# 2. The caller's frame, from a callee, read after both returned.
def caller():
    cv = 'c'
    got = callee()
    cv = 'changed'
    return got


def callee():
    return sys._getframe(1)


cf = caller()
show('caller', cf.f_locals)
print('caller line', cf.f_lineno)


# 3. Read while running, from a callee: live values, each time.
def reader(depth):
    return dict(sys._getframe(depth).f_locals)


def live():
    a = 1
    first = reader(1)
    a = 2
    b = [a]
    second = reader(1)
    show('live first', first)
    show('live second', second)


live()


# 4. A dunder method (not a call instruction) reads its caller's frame.
class Spy:
    def __add__(self, other):
        f = sys._getframe(1)
        print('dunder sees line', f.f_lineno, sorted(k for k in f.f_locals if k != 'f'))
        return other

    def __getitem__(self, i):
        f = sys._getframe(1)
        return f.f_locals.get('where', '?')

    def __bool__(self):
        print('bool from', sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
        return True


def uses_spy():
    where = 'inside'
    s = Spy()
    x = s + 5
    print('getitem', s[0])
    if s:
        pass
    return x


uses_spy()


# 5. f_back chains made after the callers returned.
def outer_most():
    om = 'om'
    return middle()


def middle():
    mm = 'mm'
    f = sys._getframe()
    mm = 'mm2'
    return f


m = outer_most()
show('middle', m.f_locals)
print('f_back name', m.f_back.f_code.co_name, m.f_back.f_back.f_code.co_name)


# 6. Generators: the frame object follows the generator.
def gen():
    gv = 1
    yield sys._getframe()
    gv = 2
    yield 'two'
    gv = 3
    yield 'three'


it = gen()
gf = next(it)
show('gen first', gf.f_locals)
next(it)
show('gen second', gf.f_locals)
print('gen line', gf.f_lineno)
next(it)
show('gen third', gf.f_locals)
show('gi_frame', it.gi_frame.f_locals)


# 7. Tracebacks: frames that caught the exception and kept running.
def raiser(n):
    local_in_raiser = n * 2
    raise KeyError(local_in_raiser)


def catcher():
    before = 'b'
    try:
        raiser(21)
    except KeyError as e:
        err = e
    after = 'a'
    return err


err = catcher()
tb = err.__traceback__
tb = tb.tb_next
show('tb ' + tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals)
print('tb lines', tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame.f_back.f_code.co_name)


# 8. The frame reached through f_back of a traceback frame, read after it returned.
def runs_on():
    ro = 'running'
    e = fails()
    ro = 'done'
    return e


def fails():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        return exc.__traceback__.tb_frame.f_back


fb = runs_on()
show('f_back of tb frame', fb.f_locals)


# 9. capture_locals and inspect.trace.
def deep(n):
    marker = 'deep%d' % n
    if n == 0:
        raise ValueError('bottom')
    deep(n - 1)


try:
    deep(2)
except ValueError as ex:
    te = traceback.TracebackException.from_exception(ex, capture_locals=True)
    print([fs.locals for fs in te.stack][1:])
    ss = traceback.StackSummary.extract(traceback.walk_tb(ex.__traceback__), capture_locals=True)
    print([(fs.name, fs.lineno, fs.locals) for fs in ss][1:])
    print([(fi.function, fi.lineno, fi.frame.f_locals.get('marker')) for fi in inspect.trace()])


# 10. clear() of a finished frame; a running frame cannot be cleared.
def clearable():
    z = 'zz'
    return sys._getframe()


cl = clearable()
show('before clear', cl.f_locals)
cl.clear()
show('after clear', cl.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError', e)


# 11. Closures: cells and free variables.
def with_cells():
    c = 'cell'
    def inner():
        return c + free_here
    free_here = '!'
    h = sys._getframe()
    c = 'cell2'
    holder.append(h)
    return inner


fn = with_cells()
wf = holder.pop()
show('cells', wf.f_locals)


def closure_reader():
    cap = 10
    def inside():
        nonlocal cap
        cap += 1
        return sys._getframe(0)
    return inside()


show('closure frame', closure_reader().f_locals)


# 12. locals() and f_locals are one dict; deleted names go away.
def one_dict():
    a = 1
    d = locals()
    f = sys._getframe()
    print('one dict', d is f.f_locals)
    del a
    b = 2
    holder.append(f)
    return d


d = one_dict()
print('returned dict keys', sorted(k for k in d if k not in ('d', 'f')))
f = holder.pop()
show('after del', {k: v for k, v in f.f_locals.items() if k != 'd'})


# 13. A frame object made in a loop: each call's own values.
def counted(i):
    twice = i * 2
    return inspect.currentframe()


frames = [counted(i) for i in range(3)]
print([fr.f_locals['twice'] for fr in frames])
print([fr.f_lasti >= 0 for fr in frames])


# 14. A variable that leads back to the frame object shows while something else holds it.
keep = []


def kept_elsewhere():
    box = [sys._getframe()]
    keep.append(box)
    v = 1
    return box[0]


kf = kept_elsewhere()
print('kept elsewhere', sorted(kf.f_locals))
keep.clear()
