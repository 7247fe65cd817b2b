"""SyntaxWarning at compile time as CPython 3.11 prints it (file:line prefix, the source line)."""
import warnings

x = 1
print(x is 1, x is not 'a')
print(x is None, x is True, x is ...)
code = [
    "y = 5\nprint(y is 5)",
    "print((1, 2)(3))",
    "print([1][0]('x'))",
    "z = [1, 2]\nz[0]\n(1, 2)['a']",
    "None[0]",
    "assert (1, 'msg')",
    "print({1}[0])",
    "f'abc'()",
    "print(-1 is x)",
    "print(x is ())",
    "print((x, 1) is x)",
]
for src in code:
    try:
        compile(src, '<test>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e)
caught = []
def record(message, category, filename, lineno, file=None, line=None):
    caught.append((category.__name__, str(message), filename, lineno))
saved = warnings.showwarning
warnings.showwarning = record
compile('x is 1', 'f.py', 'exec')
compile('x is 1', 'f.py', 'exec')
warnings.showwarning = saved
print(caught)
warnings.simplefilter('error')
try:
    compile('\n\nx is 1', 'g.py', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename, e.lineno, e.offset)
warnings.resetwarnings()
warnings.simplefilter('ignore', SyntaxWarning)
compile('x is 1', 'h.py', 'exec')
print('ignored')
