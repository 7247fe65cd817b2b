# breakpoint() through sys.breakpointhook and PYTHONBREAKPOINT, pdb.post_mortem, and
# `python -m pdb script.py`, each in a child process fed commands on stdin.
import os
import subprocess
import sys

root = '/tmp/pdb_breakpoint_cli_fixture'
os.makedirs(root, exist_ok=True)
script = os.path.join(root, 'target.py')
with open(script, 'w') as f:
    f.write('''import sys
def area(w, h):
    size = w * h
    breakpoint()
    return size + 1

print('area', area(3, 4))
print('done')
''')
crash = os.path.join(root, 'crash.py')
with open(crash, 'w') as f:
    f.write('''def divide(a, b):
    return a / b

def main():
    return divide(1, 0)

main()
''')
pm = os.path.join(root, 'pm.py')
with open(pm, 'w') as f:
    f.write('''import pdb, sys
def inner(x):
    y = x + 1
    raise KeyError(y)
try:
    inner(5)
except KeyError:
    pdb.post_mortem()
print('after')
try:
    pdb.post_mortem()
except ValueError as e:
    print(e)
''')


def run(args, commands, **env):
    full = dict(os.environ, **env)
    done = subprocess.run([sys.executable, *args], input=commands, capture_output=True, text=True, env=full)
    print('exit', done.returncode)
    print(done.stdout.replace(root + '/', '').replace(os.getcwd() + '/', ''), end='')
    err = [line for line in done.stderr.splitlines() if line.strip()]
    print('stderr last:', err[-1].replace(root + '/', '') if err else None)


run([script], 'p size\nw\nn\nn\nc\n')
run([script], 'p w, h\nq\n')
run([script], '', PYTHONBREAKPOINT='0')
run([script], '', PYTHONBREAKPOINT='builtins.print')
run([script], '', PYTHONBREAKPOINT='nosuch.module')
run(['-m', 'pdb', script], 'n\nn\nb area\nc\np w\ncl 1\nc\nc\nq\n')
run(['-m', 'pdb', crash], 'c\np a, b\nu\nq\n')
run(['-m', 'pdb', script], 'EOF\n')
run(['-m', 'pdb'], '')
run(['-m', 'pdb', os.path.join(root, 'missing.py')], '')
run([pm], 'p y\nu\nq\n')
run(['-m', 'pdb', '-m', 'helper_runpkg.mod1'], 'n\np X\nc\nq\n')
run(['-m', 'pdb', '-m', 'helper_runpkg.nothere'], '')
