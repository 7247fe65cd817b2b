# cgitb.text: the plain text report of an exception (version and date lines masked).
import sys, io, os, warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import cgitb
    print([str(x.message) for x in w])

here = os.path.dirname(os.path.abspath(__file__))
LIMIT = 3

class Box:
    def __init__(self):
        self.items = [1, 2]

def inner(box, n, *rest, **opts):
    total = n * 2
    return box.items[n] + total + LIMIT + len(rest)

def outer(x):
    b = Box()
    return inner(b, x, 'a', k=1)

def clean(text):
    lines = text.split('\n')
    lines[1] = 'PYVER'
    lines[2] = 'DATE'
    lines = [l for l in lines if not l.startswith('    __')]
    return '\n'.join(lines).replace(here + '/', '')

try:
    outer(5)
except IndexError:
    info = sys.exc_info()
report = cgitb.text(info)
print(clean(report))
print(clean(cgitb.text(info, context=1)).count('\n'))
out = io.StringIO()
hook = cgitb.Hook(file=out, format='text', display=1)
hook(*info)
print(clean(out.getvalue())[:200])
out = io.StringIO()
cgitb.Hook(file=out, display=0, format='text').handle(info)
print(repr(out.getvalue()))
print(cgitb.small('x'), cgitb.strong(''), cgitb.grey('g'))
print(cgitb.lookup('LIMIT', sys._getframe(), {}), cgitb.lookup('len', sys._getframe(), {})[0], cgitb.lookup('zz', sys._getframe(), {'zz': 1}))
cgitb.enable(format='text')
print(type(sys.excepthook).__name__, sys.excepthook.format)
