# locals()/vars() in functions, class bodies and modules; eval/exec inside a function see its variables (3.11 f_locals semantics).
a = 1
print(sorted(k for k in locals() if not k.startswith('__')) == sorted(k for k in globals() if not k.startswith('__')))
def f(x, y=2):
    z = x + y
    def inner():
        return z
    print(sorted(locals())[:3], vars() == locals(), locals()['x'])
    print(eval('x * 10 + y'), eval('z', {'z': 'given'}))
    exec('print("exec sees", x, z)')
    exec('w = 5')
    print('w' in locals(), sorted(locals()))
    return inner
f(1)
class C:
    p = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
def g():
    q = 3
    return [eval('q') for _ in range(1)] if False else eval('q')
print(g())
