# `-m NAME` for a module and a package (its __main__) inside a ZIP archive on the path.
import os, shutil, subprocess, sys, tempfile, zipfile

base = tempfile.mkdtemp()
arc = os.path.join(base, 'app.zip')
with zipfile.ZipFile(arc, 'w') as z:
    z.writestr('tool.py', 'import sys\nprint("tool", __name__, __file__.rsplit("/", 1)[-1], sys.argv[1:])\n')
    z.writestr('pk/__init__.py', '')
    z.writestr('pk/__main__.py', 'print("pk main", __name__, __spec__.name)\n')
env = dict(os.environ, PYTHONPATH=arc)
for args in (['-m', 'tool', 'a', 'b'], ['-m', 'pk'], ['-m', 'nothere']):
    r = subprocess.run([sys.executable] + args, env=env, capture_output=True, text=True)
    print(r.returncode, r.stdout.strip(), r.stderr.strip().rsplit(': ', 1)[-1])
shutil.rmtree(base)
