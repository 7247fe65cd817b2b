# os's process side: ids and groups, times(), getloadavg, sched_getaffinity, sysconf, system,
# popen, exec*, the wait-status macros and constants, and os.environ reaching child processes
# (putenv/unsetenv behind its assignments).
import os
import subprocess
import sys

print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), isinstance(os.getgroups(), list))
print(os.getpgrp() == os.getpgid(0) == os.getpgid(os.getpid()), os.getsid(0) == os.getsid(os.getpid()))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.system >= 0, t.elapsed > 0, t[0] == t.user, repr(t).startswith('posix.times_result(user='))
load = os.getloadavg()
print(len(load), all(isinstance(x, float) and x >= 0 for x in load))
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, 0 < len(cpus) <= os.cpu_count(), os.sysconf('SC_PAGE_SIZE') > 0, os.sysconf('SC_CLK_TCK'))
print('SC_PAGE_SIZE' in os.sysconf_names, os.sysconf_names['SC_CLK_TCK'] == os.sysconf_names['SC_CLK_TCK'])
for bad in ('SC_NOT_A_NAME', 1.5):
    try:
        os.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.sched_yield()

sys.stdout.flush()
status = os.system('exit 3')
print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
status = os.system('kill -9 $$')
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WCOREDUMP(status), os.WIFSTOPPED(status), os.waitstatus_to_exitcode(status))
print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff), os.WIFEXITED(0x137f))
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.EX_CONFIG, os.WNOHANG, os.WUNTRACED, os.WCONTINUED, os.P_PID, os.O_PATH)

with os.popen('echo one; echo two') as p:
    print(p.readlines())
p = os.popen('exit 2')
print(p.read(), p.close())
p = os.popen('cat > /dev/null', 'w')
p.write('data')
print(p.close())
for bad in ((['ls'],), ('ls', 'rb')):
    try:
        os.popen(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

os.environ['GILPY_CHILD_SEES'] = 'yes'
os.putenv('GILPY_PUT_ONLY', 'put')
script = "import os; print(os.environ.get('GILPY_CHILD_SEES'), os.environ.get('GILPY_PUT_ONLY'), os.environ.get('GILPY_GONE'))"
os.environ['GILPY_GONE'] = 'here'
del os.environ['GILPY_GONE']
print(subprocess.run([sys.executable, '-c', script], capture_output=True, text=True).stdout.strip())
print('GILPY_PUT_ONLY' in os.environ, os.environ.get('GILPY_CHILD_SEES'), os.getenv('GILPY_GONE', 'default'))
os.environ.update(GILPY_A='1', GILPY_B='2')
print(os.environ.pop('GILPY_A'), os.environ.setdefault('GILPY_B', 'x'), os.environ.setdefault('GILPY_C', 'c'), 'GILPY_A' in os.environ)
print(type(os.environ.copy()).__name__, repr(os.environ).startswith('environ({'))
for bad in ((1, 'x'), ('X', 2)):
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print(e)
for args in (('', 'v'), ('A=B', 'v'), ('A\0', 'v'), ('A', 'v\0'), ('=A', 'v')):
    try:
        os.putenv(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
for key in ('', 'A=B', 'A\0'):
    try:
        os.unsetenv(key)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
os.unsetenv('GILPY_CHILD_SEES')
print(subprocess.run([sys.executable, '-c', script], capture_output=True, text=True).stdout.strip())

child = "import os; os.execv('/bin/echo', ['echo', 'replaced', 'by', 'echo']); print('not reached')"
print(subprocess.run([sys.executable, '-c', child], capture_output=True, text=True).stdout.strip())
child = "import os; os.execlp('echo', 'echo', 'found', 'on', 'PATH')"
print(subprocess.run([sys.executable, '-c', child], capture_output=True, text=True).stdout.strip())
child = "import os; os.execve('/bin/sh', ['sh', '-c', 'echo $ONLY'], {'ONLY': 'env given'})"
print(subprocess.run([sys.executable, '-c', child], capture_output=True, text=True).stdout.strip())
for call in (lambda: os.execv('/no/such/program', ['x']), lambda: os.execv('/bin/echo', []), lambda: os.execvp('no-such-program-here', ['x'])):
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(os.error is OSError, os.supports_bytes_environ, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
