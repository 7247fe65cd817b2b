# Traceback and frame objects: e.__traceback__, sys.exc_info(), __exit__'s traceback,
# with_traceback, how re-raising extends a traceback, and the frames a traceback holds.
import sys
import types


def show(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def inner():
    return 1 / 0


def outer():
    return inner()


# 1. a traceback object per frame the exception passed through, outermost first
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, isinstance(tb, types.TracebackType))
    print(show(tb))
    print(e.__traceback__ is tb, tb.tb_next.tb_next.tb_next)
    print(type(tb.tb_lasti).__name__, tb.tb_lasti >= 0)

# 2. sys.exc_info() inside and outside handlers
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is e.__traceback__, show(tb))
    try:
        raise ValueError('inner')
    except ValueError:
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
print(sys.exc_info())


def handler_in_function():
    try:
        [][1]
    except IndexError:
        return sys.exc_info()


t, v, tb = handler_in_function()
print(t.__name__, show(tb))

# 3. raise e: the traceback grows (the raising frame added again); bare raise does not
def reraise_named():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e


def reraise_bare():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


for f in (reraise_named, reraise_bare):
    try:
        f()
    except ZeroDivisionError as e:
        print(f.__name__, show(e.__traceback__))

# a stored exception raised again keeps its old entries
try:
    try:
        outer()
    except ZeroDivisionError as e:
        saved = e
    raise saved
except ZeroDivisionError as e:
    print('stored', show(e.__traceback__))

# with_traceback
err = ValueError('fresh')
print(err.__traceback__, err.with_traceback(None) is err)
try:
    try:
        outer()
    except ZeroDivisionError as e:
        raise e.with_traceback(None)
except ZeroDivisionError as e:
    print('cleared', show(e.__traceback__))
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    e2 = RuntimeError('moved').with_traceback(tb.tb_next)
    print('with tb', show(e2.__traceback__))
    e2.__traceback__ = None
    print(e2.__traceback__)
    try:
        e2.__traceback__ = 5
    except TypeError as x:
        print('TypeError', x)
    try:
        e2.with_traceback(5)
    except TypeError as x:
        print('TypeError', x)

# 4. __exit__ gets the traceback
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print('exit', t and t.__name__, v, tb is None or show(tb))
        return True


with CM():
    pass
with CM():
    outer()


def in_function():
    with CM():
        raise KeyError('x')


in_function()

# 5. frames: f_code, f_lineno, f_globals, f_back, f_locals of a module frame
try:
    outer()
except ZeroDivisionError as e:
    f = e.__traceback__.tb_next.tb_next.tb_frame
    code = f.f_code
    print(code.co_name, code.co_filename.endswith('traceback_objects.py'), code.co_firstlineno, f.f_lineno)
    print(f.f_globals is globals(), f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
    top = e.__traceback__.tb_frame
    print(top.f_back, top.f_code.co_name, top.f_locals is globals())
    print(e.__traceback__.tb_next.tb_frame is e.__traceback__.tb_next.tb_frame)
    print(isinstance(top, types.FrameType), isinstance(code, types.CodeType))

# the same frame object for two entries of one frame
try:
    reraise_named()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame is tb.tb_next.tb_frame, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_lineno)

# 6. chaining: __context__ and __cause__ keep their own tracebacks
try:
    try:
        outer()
    except ZeroDivisionError:
        raise KeyError('during')
except KeyError as e:
    print(show(e.__traceback__), show(e.__context__.__traceback__))
try:
    try:
        outer()
    except ZeroDivisionError as z:
        raise KeyError('from') from z
except KeyError as e:
    print(show(e.__cause__.__traceback__), e.__suppress_context__)

# 7. generators and throw
def gen():
    yield 1
    yield 2


g = gen()
next(g)
try:
    g.throw(ValueError('thrown'))
except ValueError as e:
    print('throw', show(e.__traceback__))

# 8. TracebackType made by hand
f = sys._getframe()
tb = types.TracebackType(None, f, 0, 7)
print(tb.tb_lineno, tb.tb_frame is f, tb.tb_next)
tb2 = types.TracebackType(tb, f, 0, 9)
print(show(tb2))
try:
    types.TracebackType(5, f, 0, 1)
except TypeError as x:
    print('TypeError', x)
