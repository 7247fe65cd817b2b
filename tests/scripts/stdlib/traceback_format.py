import helper_paths
import traceback, sys, io
def inner(x): return 1 / x
def outer(x): return inner(x) + 1
def get(fn, *a):
    try: fn(*a)
    except BaseException as e: return e
e = get(outer, 0)
tb = e.__traceback__
st = traceback.extract_tb(tb)
print(type(st).__name__, len(st), [ (f.name, f.lineno, f.line) for f in st])
f0 = st[-1]
print(repr(f0), f0.filename == __file__, f0[0] == __file__, f0[1:], len(f0), list(f0)[2:], f0.end_lineno, f0.colno, f0.end_colno, f0.locals)
print(f0 == tuple(f0), f0 == traceback.FrameSummary(f0.filename, f0.lineno, f0.name), f0 != 5, f0 == 5)
print(''.join(traceback.format_tb(tb)), end='')
print(''.join(traceback.format_tb(tb, limit=1)), end='')
print(''.join(traceback.format_tb(tb, limit=-1)), end='')
print(''.join(traceback.format_tb(tb, limit=0)), end='|\n')
traceback.print_tb(tb, file=sys.stdout)
print(''.join(traceback.format_exception(e)), end='')
print(''.join(traceback.format_exception(type(e), e, tb, limit=1)), end='')
print(''.join(traceback.format_exception(type(e), e, None)), end='')
print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(None), traceback.format_exception_only(KeyError, None))
try: traceback.format_exception(e, e)
except ValueError as x: print(x)
try: traceback.print_exception(5)
except TypeError as x: print(x)
print(traceback.format_exc(), end='')
try: outer(0)
except ZeroDivisionError: print(traceback.format_exc(limit=1), end='')
class BadStr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(BadStr()))
class Mod(Exception): pass
Mod.__module__ = 'some.where'
print(traceback.format_exception_only(Mod('m')), traceback.format_exception_only(Mod()))
class Odd(Exception): pass
Odd.__module__ = 5
print(traceback.format_exception_only(Odd('o')))
print(traceback.format_exception_only(Exception('')), traceback.format_exception_only(Exception('a\nb')))
n = ValueError('with notes'); n.add_note('note 1'); n.add_note('two\nlines')
print(traceback.format_exception_only(n))
n2 = ValueError('x'); n2.__notes__ = 'notalist'; print(traceback.format_exception_only(n2))
n3 = ValueError('x'); n3.__notes__ = [1, BadStr()]; print(traceback.format_exception_only(n3))
# SyntaxError variants
for args in [('msg', ('f.py', 3, 5, 'x = (1 +\n', 3, 8)), ('bad', ('f.py', 1, 1, '   indented\n', 1, 4)), ('nolineno', (None, None, None, None)), ('m',), (), ('m', ('file', None, None, None)), ('m', ('<string>', 2, 0, 'abc\n')), ('m', ('x.py', 2, 10, 'abc\n')), ('m', ('x.py', 2, -1, 'abc')), ('m', ('x.py', 2, 2, 'a\tbcdef', 2, 2)), ('m', ('x.py', 2, 2, 'abcdef', 2, -1))]:
    se = SyntaxError(*args)
    print(traceback.format_exception_only(se))
print(traceback.format_exception_only(IndentationError('expected an indented block', ('t.py', 2, 5, '    x\n', 2, 6))))
try: compile('a b', 'src.py', 'exec')
except SyntaxError as s: print(traceback.format_exception_only(s))
# chains
def chained():
    try: outer(0)
    except ZeroDivisionError as z: raise ValueError('wrapped') from z
c = get(chained)
print(''.join(traceback.format_exception(c)), end='')
print(''.join(traceback.format_exception(c, chain=False)), end='')
def ctx():
    try: outer(0)
    except ZeroDivisionError: raise KeyError('ctx')
k = get(ctx)
print(''.join(traceback.format_exception(k)), end='')
def suppressed():
    try: outer(0)
    except ZeroDivisionError: raise KeyError('sup') from None
print(''.join(traceback.format_exception(get(suppressed))), end='')
# cycle
a = ValueError('a'); b = ValueError('b'); a.__context__ = b; b.__context__ = a
print(''.join(traceback.format_exception(a)), end='')
# TracebackException
te = traceback.TracebackException.from_exception(c)
print(te.exc_type.__name__, str(te), te._str, type(te.stack).__name__, len(te.stack), te.__cause__.exc_type.__name__, te.__context__, te.__suppress_context__, te.exceptions)
te2 = traceback.TracebackException(type(c), c, c.__traceback__)
print(te == te2, te == 5, te != te2)
te3 = traceback.TracebackException.from_exception(c, compact=True)
print(te3.__context__, te3.__cause__ is not None)
print(list(te.format_exception_only()), ''.join(te.format(chain=False)), end='')
buf = io.StringIO(); te.print(file=buf); print(buf.getvalue() == ''.join(te.format()))
se = SyntaxError('bad', ('f.py', 3, 5, 'x = (1 +\n', 3, 8))
tse = traceback.TracebackException.from_exception(se)
print(tse.filename, repr(tse.lineno), repr(tse.end_lineno), repr(tse.text), tse.offset, tse.end_offset, tse.msg)
tn = traceback.TracebackException(None, None, None); print(list(tn.format()), str(tn))
# StackSummary
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1'), traceback.FrameSummary('b.py', 2, 'g', line='y()'), ('c.py', 3, 'h', None)])
print(''.join(ss.format()), end='')
print(traceback.format_list([('a.py', 1, 'f', 'code')]), end='')
traceback.print_list([('a.py', 1, 'f', 'code')], file=sys.stdout)
print(''.join(traceback.StackSummary.from_list([('r.py', 5, 'rec', 'rec()')] * 7).format()), end='')
print(''.join(traceback.StackSummary.from_list([('r.py', 5, 'rec', 'rec()')] * 4 + [('r.py', 6, 'x', 'y')]).format()), end='')
fs = traceback.FrameSummary('nofile.py', 5, 'fn', lookup_line=False)
print(repr(fs._line), fs.line, traceback.FrameSummary('nofile.py', None, 'fn').line, traceback.FrameSummary(__file__, 1, 'm', locals={'a': [1]}).locals)
print(repr(traceback.FrameSummary(__file__, 2, 'm').line))
# stack
def deep(): return traceback.extract_stack()
s = deep(); print(type(s).__name__, s[-1].name, s[-1].line, s[-2].name)
def deep2(): return traceback.format_stack(limit=2)
print(''.join(deep2()), end='')
def deep3(): traceback.print_stack(limit=1, file=sys.stdout)
deep3()
print([ln for fr, ln in traceback.walk_tb(tb)], [fr.f_code.co_name for fr, ln in traceback.walk_tb(tb)])
old = getattr(sys, 'tracebacklimit', None)
sys.tracebacklimit = 1; print(len(traceback.extract_tb(tb)), ''.join(traceback.format_exception(e)), end='')
sys.tracebacklimit = -3; print(len(traceback.extract_tb(tb)))
del sys.tracebacklimit
try: traceback.print_last()
except ValueError as x: print(x)
traceback.clear_frames(tb)
print(sorted(traceback.__all__))
# exception groups
def grp():
    raise ExceptionGroup('many', [ValueError('v'), get(outer, 0), ExceptionGroup('nested', [KeyError('k')])])
g = get(grp)
print(''.join(traceback.format_exception(g)), end='')
big = ExceptionGroup('big', [ValueError(i) for i in range(17)])
print(''.join(traceback.format_exception(big)), end='')
tg = traceback.TracebackException.from_exception(big, max_group_width=2, max_group_depth=1)
print(''.join(tg.format()), end='')
deep_g = ValueError('leaf')
for i in range(4): deep_g = ExceptionGroup(f'lvl{i}', [deep_g])
print(''.join(traceback.TracebackException.from_exception(deep_g, max_group_depth=2).format()), end='')
print(len(traceback.TracebackException.from_exception(g).exceptions))
print(traceback.format_exc(), end='')
