# trace: line tracing and counting through Trace (runfunc, runctx), results and .cover files,
# functions called, callers, and `python -m trace --trace / --count`.
import os
import subprocess
import sys
import trace

root = '/tmp/trace_module_fixture'
os.makedirs(root, exist_ok=True)
prog = os.path.join(root, 'prog.py')
with open(prog, 'w') as f:
    f.write('''def square(x):
    return x * x


def total(n):
    s = 0
    for i in range(n):
        s += square(i)
    return s


print(total(3))
''')
namespace = {'__file__': prog, '__name__': 'prog'}
with open(prog) as f:
    code = compile(f.read(), prog, 'exec')

t = trace.Trace(count=1, trace=1)
t.runctx(code, namespace, namespace)
counts = t.results().counts
print(sorted((os.path.basename(f), line, n) for (f, line), n in counts.items()))

t = trace.Trace(count=1, trace=0)
print(t.runfunc(namespace['total'], 4))
print(sorted((line, n) for (f, line), n in t.results().counts.items()))
res = t.results()
res.write_results(show_missing=False, summary=True)
with open(os.path.join(root, 'prog.cover')) as f:
    print(f.read())

t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(namespace['total'], 2)
print(sorted((os.path.basename(f), m, fn) for f, m, fn in t.results().calledfuncs))

t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(namespace['total'], 2)
pairs = t.results().callers
print(sorted((a[2], b[2]) for a, b in pairs))

t = trace.Trace(count=0, trace=0)
print(t.donothing, t.runfunc(namespace['square'], 5))
t = trace.Trace(ignoremods=['prog'])
t.runctx(code, dict(namespace), None)
print(trace._modname('/a/b/c.py'), trace.CoverageResults().is_ignored_filename('<string>'))


def run(*args):
    done = subprocess.run([sys.executable, '-m', 'trace', *args], capture_output=True, text=True, cwd=root)
    print('exit', done.returncode)
    print(done.stdout, end='')
    err = [line for line in done.stderr.splitlines() if line.strip()]
    print('stderr last:', err[-1] if err else None)


run('--trace', 'prog.py')
run('--count', '-s', 'prog.py')
run('--listfuncs', 'prog.py')
run('prog.py')
run('--trace', '--listfuncs', 'prog.py')
