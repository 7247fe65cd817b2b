# Code objects: the co_* attributes, co_code as bytes, co_lines/co_positions, replace().
import sys


def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    x = a + b

    def g():
        return x
    return g


co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, hex(co.co_flags))
print(type(co.co_code).__name__, len(co.co_code) % 2, type(co.co_exceptiontable).__name__, type(co.co_stacksize).__name__)
print(type(co.co_lnotab).__name__, type(co.co_linetable).__name__, co.co_stacksize > 0)
g = f(1, d=1)
print(g.__code__.co_freevars, g.__code__.co_qualname, hex(g.__code__.co_flags))
lines = list(co.co_lines())
print(all(len(t) == 3 for t in lines), lines[0][0], all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
print(lines[-1][1] == len(co.co_code))
body = {line for _, _, line in lines if line is not None}
print(sorted(body)[0] >= co.co_firstlineno, max(body) <= co.co_firstlineno + 6)
positions = list(co.co_positions())
print(len(positions) == len(co.co_code) // 2, all(len(p) == 4 for p in positions))
print(all(p[0] is None or p[0] >= co.co_firstlineno for p in positions))
print(sorted(x for x in dir(co) if x.startswith('co_')))
print('replace' in dir(co), 'co_lines' in dir(co), 'co_positions' in dir(co))
co2 = co.replace(co_name='h', co_qualname='H')
print(co2.co_name, co2.co_qualname, co2 is co, co.co_name, co2.co_varnames == co.co_varnames)
print(co.replace().co_name, co.replace(co_filename='other.py').co_filename)
for bad in (dict(bogus=1), dict(co_name=5), dict(co_argcount='x')):
    try:
        co.replace(**bad)
    except TypeError as e:
        print('TypeError', e)
try:
    co.replace(1)
except TypeError as e:
    print('TypeError', e)


def h():
    return 1


print(h.__code__.co_names, h.__code__.co_flags, h.__code__.co_argcount, h.__code__.co_varnames)
print(type(sys._getframe().f_lasti).__name__, sys._getframe().f_lasti % 2)


def gen():
    yield 1


async def coro():
    pass


print(hex(gen.__code__.co_flags), hex(coro.__code__.co_flags), hex((lambda *a, **k: 0).__code__.co_flags))
print(co.co_filename.rsplit('/', 1)[-1], co.co_firstlineno)
