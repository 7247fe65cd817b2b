# hasattr/getattr with a default answered without making the AttributeError (hooks, properties, exceptions, slots, modules still take the general path); str appended in place into a local (s += t, s = s + t) keeps other handles intact.
class A: pass
class G:
    def __getattr__(self, n):
        if n == 'magic': return 42
        raise AttributeError(n)
class P:
    @property
    def p(self): raise AttributeError('inner')
    @property
    def q(self): raise KeyError('k')
a = A(); a.x = 1
print(hasattr(a, 'x'), hasattr(a, 'y'), getattr(a, 'y', 'dflt'), getattr(a, 'x', 0), hasattr(A, 'x'), hasattr(A, '__init__'))
print(hasattr(G(), 'magic'), hasattr(G(), 'other'), getattr(G(), 'magic', None))
print(hasattr(P(), 'p'), getattr(P(), 'p', 'd'))
try: hasattr(P(), 'q')
except KeyError as e: print('KeyError', e)
e = OSError(2, 'nf'); print(hasattr(e, 'errno'), getattr(e, 'filename', 'x'), hasattr(ValueError(), 'args'), hasattr(e, 'nope'))
import sys; print(hasattr(sys, 'argv'), getattr(sys, 'nope', 5))
try: getattr(a, 'y')
except AttributeError as e: print(e)
try: hasattr(a, 1)
except TypeError as e: print(e)
print(hasattr(a, '__dict__'), hasattr(a, '__class__'), hasattr(a, '__weakref__'), getattr(a, '__nope__', 1))
class S:
    __slots__ = ('z',)
s = S(); print(hasattr(s, 'z')); s.z = 1; print(hasattr(s, 'z'), getattr(s, 'w', 2))
class GA:
    def __getattribute__(self, n):
        if n == 'y': return 'ga'
        return object.__getattribute__(self, n)
print(hasattr(GA(), 'y'), getattr(GA(), 'zz', 3))
name = ''.join(['x']); print(getattr(a, name), hasattr(a, 'x' + ''))
def f(): s = ''; [s := s + c for c in 'abc']; return s
def g():
    s = 'a'; t = s; s += 'b'; return s, t
def h():
    s = ''
    for i in range(5): s += str(i); s = s + '-'
    return s
print(f(), g(), h())
