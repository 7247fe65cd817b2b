# timeit.main (what `-m timeit` runs): option parsing, output format, units, verbose, autorange, errors;
# a fake timer makes the numbers deterministic.
import contextlib
import io
import sys
import timeit


def fake_timer(step):
    def wrap(real):
        state = [0.0]

        def tick():
            state[0] += step
            return state[0]
        return tick
    return wrap


def run(args, step=0.001):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = timeit.main(args, _wrap_timer=fake_timer(step))
    print(args, '->', code)
    print(out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')


run(['-n', '10', '-r', '3', 'x = 1'])
run(['--number=1', '--repeat=1', '-s', 'import math', 'math.sqrt(2)'])
run(['-n', '1000', '-u', 'usec', 'pass'])
run(['-n', '1000', '-u', 'nsec', 'pass'], step=0.5)
run(['-n', '2', '-u', 'sec', 'pass'], step=3.0)
run(['-n', '5', '-v', 'pass'])
run(['-n', '5', '-v', '-v', 'pass'])
run(['-v', 'pass'], step=0.25)
run(['pass'], step=0.3)
run(['-r', '0', '-n', '1', 'a = [1]', 'a.append(2)'])
run(['-n', '1', '-p', 'pass'])
run(['-x'])
run(['--bogus'])
run(['-n'])
run(['-u', 'minutes', 'pass'])
run(['-n', '1', '--', '-1'])
print(timeit.reindent('a\nb', 4))


def growing(real):
    state = [0.0, 0.001]

    def tick():
        state[1] *= 1.5
        state[0] += state[1]
        return state[0]
    return tick


out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    timeit.main(['-n', '1', '-r', '8', 'pass'], _wrap_timer=growing)
print(out.getvalue(), err.getvalue().splitlines()[0])
