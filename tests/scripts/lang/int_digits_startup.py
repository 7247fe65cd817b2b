# The int/str digit limit set at start-up: PYTHONINTMAXSTRDIGITS, -X int_max_str_digits (the
# first wins, the variable is read first and ignored under -E/-I), and python3's fatal error
# (exit 1) for a value that is neither 0 nor at least 640.
import os
import subprocess
import sys

SHOW = 'import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())'
BIG = 'print(len(str(10**5000)))'


def run(args, env_value=None, code=SHOW):
    env = dict(os.environ)
    env.pop('PYTHONINTMAXSTRDIGITS', None)
    if env_value is not None:
        env['PYTHONINTMAXSTRDIGITS'] = env_value
    done = subprocess.run([sys.executable] + args + ['-c', code], env=env,
                          capture_output=True, text=True)
    err = done.stderr.strip().splitlines()
    print(args, repr(env_value), '->', done.returncode, done.stdout.strip(), err[0] if err and done.returncode == 1 and 'Fatal' in err[0] else '')
    if done.returncode == 1 and 'Fatal' in done.stderr:
        print(repr(done.stderr))


run([])
run(['-X', 'int_max_str_digits=1000'])
run(['-X', 'int_max_str_digits=0'], code=BIG)
run(['-X', 'int_max_str_digits=700', '-X', 'int_max_str_digits=900'])
run([], '700')
run([], ' +0700')
run([], '')
run([], '0', code=BIG)
run(['-X', 'int_max_str_digits=800'], '700')
run(['-E'], '5')
run(['-I'], '5')
run(['-X', 'int_max_str_digits='])
for bad in ('5', '639', '700 ', 'x', '0x300', '99999999999999999999', '-700'):
    run(['-X', 'int_max_str_digits=' + bad])
    run([], bad)
run(['-X', 'int_max_str_digits'])
run(['-X', 'int_max_str_digits=800'], '5')
