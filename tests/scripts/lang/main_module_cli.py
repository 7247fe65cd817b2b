# The main module and the command line: `__builtins__` is the builtins module in __main__ (a dict
# elsewhere), `__package__`/`__spec__` of a directory or `-m pkg` run, sys.flags' repr, `-i` with
# a pipe (prompts on stderr, a newline at end of input, SystemExit reported), PYTHONINSPECT, and a
# closed sys.stdout ("I/O operation on closed file." and python3's exit codes).
import os
import subprocess
import sys
import tempfile

print(type(__builtins__).__name__, __name__)
import builtins
print(__builtins__ is builtins)
exec('print("exec own globals:", type(__builtins__).__name__)')
exec('print("exec new globals:", type(__builtins__).__name__)', {})

CLEAN = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}


def run(args, stdin='', env=None, cwd=None):
    done = subprocess.run([sys.executable] + args, input=stdin, capture_output=True, text=True,
                          env=dict(CLEAN, **(env or {})), cwd=cwd)
    print('$', ' '.join(args[-2:]) if len(args) > 2 else ' '.join(args), '->', done.returncode)
    print('  out:', repr(done.stdout))
    print('  err:', repr(done.stderr.replace(sys.executable, 'PY')))


with tempfile.TemporaryDirectory() as work:
    pkg = os.path.join(work, 'pkg')
    os.makedirs(pkg)
    show = ('import sys\nprint(__name__, repr(__package__), __spec__ and __spec__.name, '
            'type(__builtins__).__name__, __file__.rsplit("/", 1)[-1], sys.argv[0].rsplit("/", 1)[-1])\n')
    for where in (work, pkg):
        with open(os.path.join(where, '__main__.py'), 'w') as f:
            f.write(show)
    with open(os.path.join(pkg, '__init__.py'), 'w') as f:
        f.write('print("init", __name__, repr(__package__), type(__builtins__).__name__)\n')
    with open(os.path.join(work, 'mod.py'), 'w') as f:
        f.write(show)
    run(['.'], cwd=work)
    run(['-m', 'pkg'], cwd=work)
    run(['-m', 'mod'], cwd=work)
    run(['mod.py'], cwd=work)
    run(['-c', 'import pkg'], cwd=work)

run(['-c', 'import sys; print(sys.flags)'])
run(['-O', '-B', '-c', 'import sys; print(repr(sys.flags)[:60], sys.flags.optimize, len(sys.flags))'])

run(['-i', '-c', 'print(1)'], stdin='x = 5\nx\n')
run(['-i', '-c', 'print(1)'], stdin='x = 5\nx')
run(['-q', '-i'], stdin='')
run(['-q', '-i'], stdin='if 1:\n  print(3)')
run(['-q', '-i'], stdin='def f():\n  return 3\n\nf()\n1/0\nf() + 1\n')
run(['-q', '-i', '-'], stdin='1+1\nprint(7)\n')
run(['-q', '-i', '-c', 'import sys; sys.exit(3)'], stdin='2 * 4\n')
run(['-q', '-i'], stdin='raise SystemExit(4)\n')
run(['-q'], stdin='1+1\nprint(7)\n', env={'PYTHONINSPECT': '1'})
run(['-q', '-c', 'print(0)'], stdin='print(7)\n', env={'PYTHONINSPECT': '1'})
run(['-q', '-c', '1/0'], stdin='print(7)\n', env={'PYTHONINSPECT': '1'})

for code in ("import sys; sys.stdout.close(); print('x')",
             "import sys; print('a', end=''); sys.stdout.close(); sys.stdout.write('x')",
             "import sys; sys.stdout.close(); sys.stdout.flush()",
             "import sys; sys.stdout.close()",
             "import sys; print('x'); sys.stdout.close(); sys.stdout.close()",
             "import sys, os; sys.stdout.close(); os.write(1, repr(sys.stdout.closed).encode())",
             "import sys; sys.stdout.close(); raise SystemExit('bye')",
             "import sys; sys.stdin.close(); sys.stdin.read()",
             "import sys; sys.stdout.close(); print(1, 2, file=sys.stderr)",
             "import sys, os\ns = sys.stdout\ns.close()\n"
             "for call in ('fileno()', 'isatty()', 'writable()', 'tell()', 'writelines([])', '__enter__()',"
             " 'readline()', 'closed', 'name', 'mode', '__exit__(None, None, None)'):\n"
             "    try:\n        os.write(2, f'{call}: ok {eval(\"s.\" + call)!r}\\n'.encode())\n"
             "    except ValueError as e:\n        os.write(2, f'{call}: {e}\\n'.encode())\n"):
    run(['-c', code])
