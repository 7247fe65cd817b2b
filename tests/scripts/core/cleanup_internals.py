print('__base_new__' in dir(int), '__base_new__' in dir(list))
try:
    UnsupportedOperation
except NameError as e:
    print("NameError", e)
import io
print(io.UnsupportedOperation.__mro__)
print(list[int], dict[str, int], tuple[int, ...], type[int], set[int], frozenset[int])
print(hasattr(list, '__class_getitem__'))
class L(list): pass
print(L[int])
import collections
print(collections.deque[int])
f = open(__file__)
try:
    f.write('x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, ValueError), isinstance(e, OSError))
print(int('5'), list((1,2)), float('1.5'))
try:
    object[int]
except TypeError as e:
    print(e)
f.close()
for expr in ['1.5 & 2', '2 | 1.5', '1.5 @ 1.5', '1.5 ** 2']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
def g(a, b=2):
    c = a + b
    print(sorted(locals().items()), sorted(vars().items()))
    print(eval('a + c'))
    exec('print(a * b)')
g(3)
class W(UserWarning): pass
import warnings
warnings.showwarning = lambda *a, **k: print("hook", a[0], a[1].__name__)
warnings.warn("w1", W)
for name in ['EnvironmentError', 'IOError', 'StopIteration', 'TabError']:
    print(name, name in dir(__builtins__) if not isinstance(__builtins__, dict) else name in __builtins__)
