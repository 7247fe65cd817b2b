"""The messages of everyday errors (TypeError, ValueError, IndexError, KeyError, AttributeError...), exceptions through finally, traceback.print_exc of chained exceptions and groups."""
import helper_paths
import sys, traceback
def level3(): raise ValueError('deep')
def level2():
    try: level3()
    except ValueError as e: raise RuntimeError('mid') from e
def level1():
    try: level2()
    except RuntimeError: raise TypeError('top')
try: level1()
except TypeError:
    traceback.print_exc(file=sys.stdout)
try:
    raise ExceptionGroup('many', [ValueError('a'), ExceptionGroup('sub', [KeyError('k')])])
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
def f():
    try:
        raise KeyError('x')
    finally:
        print('cleanup in f')
try: f()
except KeyError as e: print('got', repr(e), e.__traceback__ is not None)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items: raise IndexError('pop from empty stack')
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __repr__(self): return f'Stack({self._items})'
    def __contains__(self, x): return x in self._items
    def __iter__(self): return reversed(self._items)
s = Stack().push(1).push(2).push(3)
print(s, len(s), 2 in s, list(s), s.pop(), s)
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, idx):
        i, j = idx; return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx; self.rows[i][j] = v
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return f'Matrix({self.rows})'
m = Matrix([[1, 2], [3, 4]]); print(m @ m, m[0, 1]); m[1, 1] = 9; print(m, m == Matrix([[1, 2], [3, 9]]), m != m)
class Money:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f'${self.c}'
print(sorted([Money(3), Money(1)]), max(Money(1), Money(5)), Money(1) > Money(0))
try: Money(1) <= Money(2)
except TypeError as e: print(e)
class Acc:
    def __init__(self): self.total = 0
    def __iadd__(self, n): self.total += n; return self
    def __int__(self): return self.total
    def __index__(self): return self.total
    def __float__(self): return float(self.total)
a = Acc(); a += 5; a += 2
print(int(a), float(a), [0, 1, 2, 3, 4, 5, 6, 7][a], hex(a), bin(a), range(10)[a])
class Str2:
    def __str__(self): return 'S'
    def __repr__(self): return 'R'
print(Str2(), [Str2()], f'{Str2()}', f'{Str2()!r}', str(Str2()), '%s %r' % (Str2(), Str2()), format(Str2()))
class Hashless:
    def __eq__(self, o): return True
try: hash(Hashless())
except TypeError as e: print(e)
class GetAttr:
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(f'no {name}')
g = GetAttr(); print(g.xyz, getattr(g, 'abc', 'default'), hasattr(g, 'q'))
class Slotted:
    __slots__ = ('a',)
s2 = Slotted()
try: s2.a
except AttributeError as e: print(e)
try: s2.b = 1
except AttributeError as e: print(e)
class Obj: pass
o = Obj()
try: o.missing
except AttributeError as e: print(e)
try: None.foo
except AttributeError as e: print(e)
try: [].bogus()
except AttributeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: 'a' + 1
except TypeError as e: print(e)
try: 1 + 'a'
except TypeError as e: print(e)
try: [1] * 'a'
except TypeError as e: print(e)
try: {}[[1]]
except TypeError as e: print(e)
try: int(None)
except TypeError as e: print(e)
try: undefined_name
except NameError as e: print(e)
try: [][0]
except IndexError as e: print(e)
try: (1,)[5]
except IndexError as e: print(e)
try: 'abc'[10]
except IndexError as e: print(e)
try: {'a': 1}['b']
except KeyError as e: print(repr(e), e)
try: iter(5)
except TypeError as e: print(e)
try: next(iter([]))
except StopIteration as e: print('StopIteration', repr(e))
try: f(1, 2, 3)
except TypeError as e: print(e)
def kw(a, *, b): pass
try: kw(1, 2)
except TypeError as e: print(e)
try: kw(1)
except TypeError as e: print(e)
try: kw(1, b=2, c=3)
except TypeError as e: print(e)
try: kw()
except TypeError as e: print(e)
try: Obj(1)
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: import nonexistent_mod
except ModuleNotFoundError as e: print(e, e.name)
except ImportError as e: print(e)
try: 1 < 'a'
except TypeError as e: print(e)
try: sorted([1, 'a'])
except TypeError as e: print(e)
try: x = 5; x()
except TypeError as e: print(e)
try: {1, 2}[0]
except TypeError as e: print(e)
try: a, b = 5
except TypeError as e: print(e)
try: max([])
except ValueError as e: print(e)
try: [1, 2].index(5)
except ValueError as e: print(e)
try: 'abc'.index('z')
except ValueError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: {}.popitem()
except KeyError as e: print(e)
try: set().pop()
except KeyError as e: print(e)
try: import math; math.sqrt(-1)
except ValueError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: 'x' * -1 + 'y'; print(repr('x' * -1))
except Exception as e: print(e)
try: b'a' + 'b'
except TypeError as e: print(e)
try: tuple(1)
except TypeError as e: print(e)
try: dict([1, 2])
except TypeError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: super(int, 'x')
except TypeError as e: print(e)
try: assert 1 == 2, 'math broke'
except AssertionError as e: print(repr(e))
try: raise StopIteration
except StopIteration as e: print(repr(e))
def genr():
    raise StopIteration
    yield
try: list(genr())
except RuntimeError as e: print(e, repr(e.__cause__))
try: print(1, 2, sep=3)
except TypeError as e: print(e)
try: round('x')
except TypeError as e: print(e)
try: abs('x')
except TypeError as e: print(e)
try: -'x'
except TypeError as e: print(e)
try: ~1.5
except TypeError as e: print(e)
try: 1 << -1
except ValueError as e: print(e)
try: 2 ** 'x'
except TypeError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 1.0 // 0
except ZeroDivisionError as e: print(e)
try: int('1' * 5000)
except ValueError as e: print(str(e)[:60])
