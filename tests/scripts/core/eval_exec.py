# eval and exec: expressions and statements from strings, with default, given and separate namespaces, and their errors.
x = 10
print(eval('x + 1'), eval('  [i * 2 for i in range(3)]'), eval('y', {'y': 5}), eval('a + b', {'a': 1}, {'b': 2}))
exec('z = x * 3\nprint("in exec", z)')
print(z)
g = {}
exec('def f(n):\n    return n + 1\nw = f(1)', g)
print(g['w'], sorted(k for k in g if k != '__builtins__'))
ns = {}
exec('q = 1', None, ns); print(ns)
print(eval('lambda v: v * 2')(4), eval(b'1+1'))
for bad in ['1 +', 'x = 1']:
    try:
        eval(bad)
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    eval('nope')
except NameError as e:
    print(e)
try:
    exec('1/0')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(eval('x', {'x': 'g'}, {'x': 'l'}))
