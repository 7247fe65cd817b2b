import functools, collections.abc
from functools import singledispatch, singledispatchmethod, partialmethod, partial

@singledispatch
def fun(arg, verbose=False):
    return f"default {arg!r}"

@fun.register
def _(arg: int, verbose=False):
    return f"int {arg}"

@fun.register(list)
def _(arg, verbose=False):
    return f"list {len(arg)}"

@fun.register
def _(arg: float | str):
    return f"float-or-str {arg!r}"

def nothing(arg):
    return "nothing"
fun.register(type(None), nothing)

@fun.register(collections.abc.Mapping)
def _(arg):
    return "mapping"

@fun.register(collections.abc.Sequence)
def _(arg):
    return "sequence"

print(fun(1), fun(True), fun([1, 2]), fun(1.5), fun("s"), fun(None), fun({}), fun((1,)), fun(object()) [:8])
print(fun.dispatch(bool).__name__, fun.dispatch(dict) is fun.registry[collections.abc.Mapping])
print(sorted(k.__name__ for k in fun.registry))
print(fun.__name__, fun.__wrapped__.__name__)
try:
    fun()
except TypeError as e:
    print(e)
try:
    @fun.register
    def _(arg):
        pass
except TypeError as e:
    print(str(e)[:40])
try:
    fun.register(3, nothing)
except TypeError as e:
    print(e)

class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
    @singledispatchmethod
    @classmethod
    def cneg(cls, arg):
        return cls.__name__ + " default"
    @cneg.register
    @classmethod
    def _(cls, arg: int):
        return cls.__name__ + " int"

n = Negator()
print(n.neg(5), n.neg(True), Negator.cneg(1), Negator.cneg('x'))
try:
    n.neg('x')
except NotImplementedError as e:
    print(e)

class Cell:
    def __init__(self):
        self._alive = False
    @property
    def alive(self):
        return self._alive
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make1 = partialmethod(make, 1)
    st = partialmethod(staticmethod(lambda a, b: a + b), 10)

c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)
print(Cell.make1(2), c.make1(3), c.st(5), Cell.st(6))
print(repr(Cell.__dict__['set_alive']).startswith('functools.partialmethod(<function Cell.set_state'))
p = partial(print, sep='-')
p2 = partial(p, 1)
p2(2, 3)
print(type(functools.get_cache_token()).__name__)

class A: pass
class B(A): pass
@singledispatch
def g(x): return 'obj'
g.register(A, lambda x: 'A')
print(g(B()), g(A()), g(1))
g.register(B, lambda x: 'B')
print(g(B()))
