"""f_locals, f_lineno, f_lasti, f_back and clear() of frames of running functions (callers' frames
included), from sys._getframe, inspect and trace functions; locals() and vars() in every scope."""
import sys, inspect

def h():
    f = sys._getframe(1)
    d = f.f_locals
    print(sorted(d.items()))
    print(d is f.f_locals)
    print(f.f_lineno, f.f_code.co_name, f.f_back.f_code.co_name)
    return f

def g(a, b=2):
    c = a + b
    f = h()
    c = 99
    d2 = f.f_locals
    print(sorted((k, v) for k, v in d2.items() if k != 'f' and k != 'd2'))
    return f

f = g(1)

def outer():
    x = 1
    def inner():
        y = x
        fr = inspect.currentframe().f_back
        print(sorted(fr.f_locals), fr.f_code.co_name)
        return fr
    return inner()
outer()

def stk():
    z = 5
    s = inspect.stack()
    print(s[1].frame.f_locals.get('q'), s[0].frame.f_locals.get('z'), s[1].function, s[1].lineno)
def caller():
    q = 'qq'
    stk()
caller()

def tr(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'traced':
        print('call', dict(frame.f_locals))
    if event == 'line' and frame.f_code.co_name == 'traced':
        print('line', frame.f_lineno, sorted(frame.f_locals))
    return tr
def traced(p):
    r = p * 2
    return r
sys.settrace(tr)
traced(3)
sys.settrace(None)

# writes don't reach
def w():
    v = 1
    sys._getframe().f_locals['v'] = 2
    print(v)
    def x():
        sys._getframe(1).f_locals['v'] = 3
    x()
    print(v)
w()
# locals in comprehension / class body / nested
def comp():
    a = 1
    print([sorted(locals()) for i in range(2)])
    print({k: sorted(locals()) for k in 'x'})
    class C:
        y = 2
        print(sorted(locals()))
    g = (sorted(locals()) for j in range(1))
    print(list(g))
    def nested():
        print(sorted(locals()), a)
    nested()
    print(sorted(vars()))
comp()
class K:
    print(sorted(vars()))
    print([x for x in locals() if not x.startswith('__')])
print(sys._getframe().f_back)
def back_chain():
    f = sys._getframe()
    names = []
    while f:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
def bc2(): back_chain()
bc2()
def lasti():
    f = sys._getframe()
    print(type(f.f_lasti), f.f_lasti >= 0)
lasti()
def cl():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        print(e)
    return f
fr = cl()
fr.clear()
print(fr.f_locals)
def gen():
    a = 1
    yield sys._getframe(1).f_code.co_name
    b = 2
    yield 1
gg = gen()
print(next(gg), sorted(gg.gi_frame.f_locals))
next(gg)
print(sorted(gg.gi_frame.f_locals.items()))
import sys, threading
def worker(out):
    loc = 'w'
    out.append(sys._getframe())
    def peek():
        return sys._getframe(1).f_locals['loc']
    out.append(peek())
out = []
t = threading.Thread(target=worker, args=(out,))
t.start(); t.join()
print(out[1], sorted(out[0].f_locals))
# frame object made in another thread, read here while that thread runs
ev = threading.Event(); ev2 = threading.Event()
box = []
def runner():
    mine = 42
    box.append(sys._getframe())
    ev.set()
    ev2.wait()
t = threading.Thread(target=runner); t.start(); ev.wait()
print(type(box[0].f_locals).__name__, box[0].f_code.co_name)
ev2.set(); t.join()

def who():
    return sys._getframe(1).f_locals
class C:
    a = 1
    ns = who()
    print(sorted(ns))
print(who() is globals())
exec("x_exec = 5\nprint(sorted(k for k in who() if k=='x_exec'))")
def ev_in():
    loc = 3
    return eval("who()['loc']")
print(ev_in())
def rec(n):
    if n == 0:
        return [sys._getframe(i).f_locals['n'] for i in range(1, 4)]
    return rec(n - 1)
print(rec(3))
def g():
    v = 'gen'
    yield sys._getframe().f_locals['v']
    yield sys._getframe(1).f_code.co_name
print(list(g()))
def lam():
    return (lambda q: sys._getframe(1).f_locals)(1)
print(sorted(lam()))
def cellv():
    c = 1
    def inner():
        return c
    return sys._getframe().f_locals, inner
print(sorted(cellv()[0]))
def free():
    c = 7
    def inner():
        c
        return sys._getframe(0).f_locals
    return inner()
print(free())
def del_local():
    a = 1
    fr = sys._getframe()
    d = fr.f_locals
    del a
    print(sorted(fr.f_locals), d is fr.f_locals)
del_local()
def lineno():
    f = sys._getframe()
    x = f.f_lineno
    y = f.f_lineno
    return x, y
print(lineno())
def callee():
    return sys._getframe(1)
def caller_line():
    f = callee()
    a = f.f_lineno
    return a, f.f_lineno
print(caller_line())
import inspect
def fi():
    info = inspect.getframeinfo(sys._getframe(1))
    return info.function, info.lineno
def ficaller():
    return fi()
print(ficaller())
print(inspect.currentframe().f_locals is globals())
