"""Generators with send/throw/close, closures and nonlocal, scoping errors, star-unpacking, comprehensions with walrus, chained exceptions, except*, exception groups, number edge cases."""
import sys
def gen():
    try:
        x = yield 1
        print('got', x)
        while True:
            try:
                x = yield x * 2
            except ValueError as e:
                print('caught', e)
                x = -1
    finally:
        print('cleanup')
g = gen()
print(next(g), g.send(5), g.send(7), g.throw(ValueError('bad')), g.send(3))
g.close(); print(g.gi_running, g.gi_frame)
try: next(g)
except StopIteration: print('stopped')
def gen2():
    yield 1
    return 'ret'
g = gen2(); next(g)
try: next(g)
except StopIteration as e: print('value', e.value)
def deleg():
    r = yield from gen2()
    print('r =', r)
    yield from range(2)
print(list(deleg()))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit'); raise
c = closer(); next(c); c.close()
def bad_closer():
    try: yield 1
    except GeneratorExit: yield 2
b = bad_closer(); next(b)
try: b.close()
except RuntimeError as e: print(e)
def gen3(): yield 1
g = gen3()
try: g.throw(KeyError, KeyError('k'))
except KeyError as e: print('thrown', repr(e))
print(g.send(None) if False else 'skip')
g = gen3()
try: g.send(1)
except TypeError as e: print(e)
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1 = counter(); c1(); c1(5); print(c1(), c1.__closure__[0].cell_contents)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
x = 'global'
def scope():
    x = 'enclosing'
    def inner():
        global x
        x = 'changed global'
    inner(); return x
print(scope(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
y = 0; unbound()
def outer():
    def inner(): return z
    try: inner()
    except NameError as e: print(e)
    z = 1
outer()
first, *rest = [1, 2, 3]; *init, last = 'abc'; a, (b, *c), d = 1, (2, 3, 4), 5
print(first, rest, init, last, a, b, c, d)
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1], 2))
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{'z': 2}))
try: f(**{'k': 1}, **{'k': 2})
except TypeError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1]
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
print({k: v for k, v in zip('abc', range(3)) if v}, {x % 3 for x in range(10)}, [y for x in [[1, 2], [3]] for y in x])
print([(x, y) for x in range(3) if x for y in range(x)], [v := 5, v ** 2], [s for w in ['a', 'bb'] if (s := len(w)) > 1], s)
data = [1, 2, 3, 4]
print([total := total + n for n in data] if (total := 0) == 0 else None, total)
print(any(n > 3 for n in data), all([]), sum(x * x for x in data), max(data, key=lambda n: -n), min([], default='empty'))
while (n := len(data)) > 2: data.pop()
print(n, data)
matrix = [[1, 2, 3], [4, 5, 6]]; print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    raise ExceptionGroup('grp', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])
except* ValueError as eg:
    print('values', repr(eg), [repr(x) for x in eg.exceptions])
except* TypeError as eg:
    print('types', eg.exceptions)
eg = ExceptionGroup('g', [ValueError('a'), KeyError('b')])
print(eg.subgroup(lambda e: isinstance(e, ValueError)), eg.split(KeyError), eg.derive([1 / 1 and ValueError('x')]))
try:
    raise BaseExceptionGroup('b', [KeyboardInterrupt()])
except BaseExceptionGroup as e: print(type(e).__name__, repr(e))
try:
    ExceptionGroup('x', [])
except ValueError as e: print(e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e: print(e)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg); self.code = code
    def __str__(self): return f'[{self.code}] {self.args[0]}'
try: raise MyErr(404, 'not found')
except MyErr as e: print(e, repr(e), e.args)
e = ValueError('x'); e.add_note('note 1'); print(e.__notes__)
def ret_in_finally():
    try: return 'try'
    finally: print('finally runs')
print(ret_in_finally())
def loop_else():
    for i in range(3):
        if i == 5: break
    else: print('no break')
    while False: pass
    else: print('while else')
loop_else()
try:
    pass
except Exception: pass
else: print('else runs')
finally: print('finally')
print(int.__name__, (1).__class__, type(None)(), type(...), NotImplemented, bool.__mro__)
print(isinstance(True, int), issubclass(bool, (str, int)), hash(1) == hash(1.0) == hash(True), 1 == 1.0, {1: 'a', 1.0: 'b', True: 'c'})
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** 0.5, pow(2, 10, 1000), pow(3, -1, 7), abs(-0.0), -0.0, 0.0 == -0.0, 1/3)
print(10 ** 20 // 3, -(10 ** 20) // 7, (10 ** 20) % -7, int(1e20), int(-2.7), int('-0b101', 0), hex(-255), oct(8), bin(-5), (255).to_bytes(2, 'big'), int.from_bytes(b'\xff\x00', 'little'))
print((5).bit_length(), (-5).bit_count() if hasattr(int, 'bit_count') else '', 3.0.is_integer(), (0.1).as_integer_ratio(), float.fromhex('0x1.8p1'), (1.5).hex(), 1e300 * 1e300, 2 ** 1023 * 2.0 if False else 'x')
try: 2.0 ** 10000
except OverflowError as e: print(e)
try: 1 / 0.0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: int('abc')
except ValueError as e: print(e)
try: float('1e')
except ValueError as e: print(e)
print(complex(3, 4) / complex(1, 2), (1+2j) ** 2, complex('-1.5e3j'), repr(complex(0, -0.0)), repr(-0j), complex(1, float('inf')), 1j.real, abs(-1j))
print(str(1.0e16), repr(1e22), 1.1 * 3, 0.1 * 3, 1e-320, 5e-324 / 2, float('-0'), round(-0.4), round(0.5), round(1.5), round(1e300, -300), round(123.456, -1), round(5, 1))
