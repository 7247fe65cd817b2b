"""sys.settrace / setprofile: call, line, return, exception events, local trace functions."""
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno - BASE, arg if event == 'return' else (arg[0].__name__ if event == 'exception' else arg)))
    return tracer


BASE = sys._getframe().f_lineno


def add(a, b):
    c = a + b
    return c


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def fails():
    raise ValueError('x')


def catches():
    try:
        fails()
    except ValueError:
        return 'caught'


def gen():
    yield 1
    yield 2


sys.settrace(tracer)
add(1, 2)
loop(3)
catches()
list(gen())
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())

# a global function that returns None: only 'call' events
events.clear()
def calls_only(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name))
sys.settrace(calls_only)
add(2, 3)
loop(2)
sys.settrace(None)
print(events)

# a local function different from the global one, returning itself only for some events
events.clear()
def local(frame, event, arg):
    events.append(('local', event, frame.f_lineno - BASE))
    return local
def global_(frame, event, arg):
    if frame.f_code.co_name == 'add':
        events.append(('global', event))
        return local
    return None
sys.settrace(global_)
add(1, 1)
loop(1)
sys.settrace(None)
print(events)

# f_locals in a trace function
seen = []
def watch(frame, event, arg):
    if frame.f_code.co_name == 'add':
        seen.append((event, sorted(frame.f_locals.items())))
    return watch
sys.settrace(watch)
add(5, 6)
sys.settrace(None)
for s in seen:
    print(s)

# f_trace_lines = False: no line events
events.clear()
def no_lines(frame, event, arg):
    if frame.f_code.co_name == 'loop':
        frame.f_trace_lines = False
        events.append(event)
        return no_lines
sys.settrace(no_lines)
loop(3)
sys.settrace(None)
print(events)

# the hook is not traced itself; an exception in the hook removes it
def bad(frame, event, arg):
    raise RuntimeError('hook failed')
sys.settrace(bad)
try:
    add(1, 2)
except RuntimeError as e:
    print('RuntimeError', e, sys.gettrace())

# profile: call/return and c_call/c_return/c_exception
pevents = []
def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        pevents.append((event, frame.f_code.co_name, getattr(arg, '__name__', arg) if event.startswith('c_') else arg))
def uses_builtins(xs):
    n = len(xs)
    try:
        int('x')
    except ValueError:
        pass
    return n
sys.setprofile(prof)
uses_builtins([1, 2])
sys.setprofile(None)
for p in pevents:
    print(p)
print(sys.getprofile())
