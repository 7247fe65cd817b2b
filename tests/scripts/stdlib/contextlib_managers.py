import contextlib, sys, io, os
from contextlib import *
@contextmanager
def cm(tag, swallow=False):
    "cm doc"
    print('enter', tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print('caught', repr(e))
        if not swallow: raise
    finally:
        print('exit', tag)
print(cm.__name__, cm.__doc__, cm.__wrapped__.__name__)
with cm('a') as v: print('body', v)
with cm('b', True): raise ValueError('x')
try:
    with cm('c'): raise ValueError('y')
except ValueError as e: print('outer', repr(e), e.__traceback__ is not None)
try:
    with cm('d'): raise KeyError('k')
except KeyError as e: print('outer', repr(e))
c = cm('e'); print(type(c).__name__, c.__doc__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(repr(e), e.__cause__, e.__suppress_context__)
@contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield(): pass
except RuntimeError as e: print(repr(e))
@contextmanager
def ignore_throw():
    try: yield
    except Exception: yield
try:
    with ignore_throw(): raise ValueError
except RuntimeError as e: print(repr(e))
@contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration('s')
except StopIteration as e: print('stopiter', repr(e))
@contextmanager
def converting():
    try: yield
    except ValueError: raise TypeError('converted')
try:
    with converting(): raise ValueError('v')
except TypeError as e: print(repr(e), repr(e.__context__))
@cm('deco')
def decorated(a, b=2):
    "dd"
    print('in decorated', a, b); return a + b
print(decorated(1), decorated(5, b=1), decorated.__name__, decorated.__doc__)
class MyCD(ContextDecorator):
    def __enter__(self): print('MyCD enter'); return self
    def __exit__(self, *e): print('MyCD exit', e[0]); return False
@MyCD()
def f(): print('f body')
f(); f()
# closing
class Thing:
    def close(self): print('closed')
with closing(Thing()) as t: print(type(t).__name__)
# nullcontext
with nullcontext() as n: print(n)
with nullcontext(42) as n: print(n)
# suppress
with suppress(KeyError, IndexError): {}['x']
with suppress(): pass
try:
    with suppress(KeyError): raise ValueError('not suppressed')
except ValueError as e: print(repr(e))
with suppress(Exception): 1/0
print('after suppress')
# redirect
buf = io.StringIO()
with redirect_stdout(buf) as b:
    print('hidden'); print(b is buf)
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf): print('err!', file=sys.stderr)
print(repr(ebuf.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r: print('nested')
print(sys.stdout is sys.__stdout__, repr(r._new_target.getvalue()))
# ExitStack
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.callback(print, 'cb2', sep='-')
    print(st.enter_context(cm('es')))
    st.push(lambda *a: print('push exit', a[0]))
    print('body')
def exploder(*a): raise KeyError('from callback')
try:
    with ExitStack() as st:
        st.callback(print, 'last')
        st.callback(exploder)
        st.push(lambda t, v, tb: print('saw', t.__name__ if t else None) or True)
        raise ValueError('body')
except KeyError as e: print('got', repr(e), repr(e.__context__))
with ExitStack() as st:
    st.push(lambda *a: True)
    raise IndexError
print('suppressed by stack')
try:
    with ExitStack() as st:
        st.callback(exploder)
        st.callback(lambda: 1/0)
except KeyError as e: print('chain', repr(e), repr(e.__context__), repr(e.__context__.__context__ if e.__context__ else 0))
st = ExitStack(); st.callback(print, 'popped'); st2 = st.pop_all(); st.close(); print('closing st2'); st2.close()
try:
    ExitStack().enter_context(object())
except TypeError as e: print(e)
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
class CMType:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): print('CMType exit'); return False
with ExitStack() as st:
    r = st.push(CMType()); print(type(r).__name__)
    print(st.enter_context(CMType()))
cbret = ExitStack().callback(print); print(cbret)
print(issubclass(ExitStack, AbstractContextManager), isinstance(CMType(), AbstractContextManager), isinstance(1, AbstractContextManager))
print(AbstractContextManager.__enter__(5))
class Sub(AbstractContextManager):
    def __exit__(self, *a): return None
with Sub() as s: print(type(s).__name__)
try:
    class Bad(AbstractContextManager): pass
    Bad()
except TypeError as e: print(e)
print(AbstractContextManager[int])
d = os.getcwd()
with chdir('/tmp'): print(os.getcwd())
print(os.getcwd() == d)
with ExitStack() as outer:
    try:
        with ExitStack() as st:
            st.callback(exploder)
            raise ValueError('inner')
    except KeyError as e: print('inner chain', repr(e.__context__))
print(repr(closing(1)).startswith('<contextlib.closing object'))
