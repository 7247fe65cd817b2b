import subprocess
import sys

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()

r = subprocess.run(['echo', 'text'], capture_output=True, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run('echo shell $((1+2))', shell=True, stdout=subprocess.PIPE, universal_newlines=True)
print(r)
r = subprocess.run(['cat'], input=b'piped input\nline 2\n', capture_output=True)
print(r.stdout)
r = subprocess.run(['cat'], input='text input', capture_output=True, encoding='utf-8')
print(repr(r.stdout))
r = subprocess.run(['false'])
print(r, repr(r))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)

try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run('exit 3', shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.output), repr(e.stderr))
try:
    subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 7'], check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), repr(e.stderr))
try:
    subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)

try:
    subprocess.run(['nosuchcmd'])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(['/no/such/dir/prog', 'a'])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.filename)
try:
    subprocess.run(['ls'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.filename)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print(type(e).__name__, e)

print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 5', shell=True))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 2'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(['echo', 'out']))
print(repr(subprocess.check_output('echo a; echo b >&2', shell=True, stderr=subprocess.STDOUT, text=True)))
print(repr(subprocess.check_output(['cat'], input=b'xyz')))
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 1'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.getoutput('echo one; echo two'))
print(subprocess.getstatusoutput('echo bad; exit 4'))
print(subprocess.getstatusoutput('nosuchcmd_xyz 2>/dev/null'))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL).stdout)

r = subprocess.run(['sh', '-c', 'echo $GREETING-$OTHER'], env={'GREETING': 'hi', 'OTHER': 'there'}, capture_output=True, text=True)
print(r.stdout, end='')
r = subprocess.run(['pwd'], cwd='/', capture_output=True, text=True)
print(r.stdout, end='')
r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.argv[1:]); sys.exit(4)', 'a b', 'c'], capture_output=True, text=True)
print(r.returncode, r.stdout, end='')
r = subprocess.run(['printf', 'a\\r\\nb\\rc\\n'], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['printf', '\\xc3\\xa9t\\xc3\\xa9'], capture_output=True, encoding='utf-8')
print(repr(r.stdout))
r = subprocess.run(['printf', '\\xff'], capture_output=True, encoding='utf-8', errors='replace')
print(repr(r.stdout))
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', '']))
e = subprocess.TimeoutExpired(['sleep', '9'], 1.5)
print(e, e.timeout, e.output, e.stdout)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(repr(subprocess.CompletedProcess(['x'], 0)), repr(subprocess.CompletedProcess('y', 1, 'o', 'e')))
print(str(subprocess.CalledProcessError(-999, 'cmd')))
