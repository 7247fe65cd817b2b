"""frame.f_locals of function frames (a snapshot as 3.11's, refreshed on access), locals() agreeing."""
import sys


def f(a, b=2):
    c = a + b
    first = dict(sys._getframe().f_locals)
    print(sorted(k for k in first), first['a'], first['b'], first['c'])
    frame = sys._getframe()
    d = 'later'
    print('d' in first, 'd' in sys._getframe().f_locals)
    print(sorted(locals()) == sorted(sys._getframe().f_locals))
    print(sys._getframe().f_locals is locals())
    return frame


fr = f(1)
print(fr.f_code.co_name, type(fr.f_locals).__name__)


def closure():
    x = 10
    def inner():
        y = x + 1
        return sorted(sys._getframe().f_locals.items())
    return inner()


print(closure())
print(sys._getframe().f_locals is globals())


class K:
    z = 5
    print(sorted(k for k in sys._getframe().f_locals if not k.startswith('__')))
