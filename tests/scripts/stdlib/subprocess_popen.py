import subprocess
import sys
import threading

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.args, p.returncode, p.pid > 0, p.poll())
out, err = p.communicate(b'abc\n')
print(out, err, p.returncode, p.poll(), p.wait())
print(repr(p))

# A big output in both directions does not deadlock.
data = b''.join(b'line %d\n' % i for i in range(20000))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(len(out), out == data, err)
p = subprocess.Popen(['sh', '-c', 'head -c 300000 /dev/zero; head -c 200000 /dev/zero >&2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(len(out), len(err))

# Reading the pipe file objects directly.
with subprocess.Popen(['sh', '-c', 'echo first; echo second'], stdout=subprocess.PIPE) as p:
    print(p.stdout.readline(), p.stdout.read())
print(p.returncode, p.stdout.closed)
with subprocess.Popen(['sh', '-c', 'printf "x\\ny\\n"'], stdout=subprocess.PIPE, text=True) as p:
    print(list(p.stdout))
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as p:
    p.stdin.write('via stdin\n')
    p.stdin.close()
    print(repr(p.stdout.read()))

# Timeouts: wait and communicate raise TimeoutExpired; the process can be killed afterwards.
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'echo early; sleep 10'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e, e.output)
p.terminate()
out, _ = p.communicate()
print(repr(out), p.returncode)
try:
    subprocess.run(['sleep', '10'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output)
try:
    subprocess.run(['sh', '-c', 'echo so far; sleep 10'], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout, e.stderr)

p = subprocess.Popen(['sleep', '10'])
p.send_signal(15)
print(p.wait())
p.send_signal(15)  # already reaped: ignored
p = subprocess.Popen(['true'])
p.wait()
p.kill()
print('kill after exit ok')

# stderr=STDOUT merges; stdout to a file object; stdin from a file descriptor.
p = subprocess.Popen(['sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(p.communicate()[0].split()))
import tempfile, os
with tempfile.TemporaryFile() as f:
    subprocess.run(['echo', 'to file'], stdout=f)
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
    f.seek(0)
    print(subprocess.run(['cat'], stdin=f.fileno(), capture_output=True).stdout)
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)

# Many Popens from threads at once.
results = []
lock = threading.Lock()


def work(i):
    out = subprocess.check_output([sys.executable, '-c', 'print(%d * %d)' % (i, i)])
    with lock:
        results.append(int(out))


threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

try:
    subprocess.Popen(['true'], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
try:
    subprocess.Popen(['true'], bufsize='x')
except TypeError as e:
    print(e)
try:
    subprocess.Popen(['true'], env={'A=B': '1'})
except ValueError as e:
    print(e)
p = subprocess.Popen(['sh', '-c', 'exit 0'], start_new_session=True, close_fds=True)
print(p.wait())
r = subprocess.run(['sh', '-c', 'echo $0'], executable=None, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run('echo $0', shell=True, executable='/bin/bash', capture_output=True, text=True)
print(r.stdout.strip())
