# Deep recursion in tracebacks: after three identical entries CPython folds the rest into
# "[Previous line repeated N more times]" (format_tb, format_exception, format_stack, StackSummary).
import sys
import traceback


_print = print


def print(*args, **kwargs):
    _print(*[str(a).replace(__file__, "<script>") for a in args], **kwargs)


class _Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "<script>"))


OUT = _Out()


def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)


def g(n):
    return g(n - 1) if n else f(50)


try:
    g(5)
except ValueError:
    traceback.print_exc(file=OUT)
    print(len(traceback.format_exc().splitlines()))


def r():
    r()


try:
    r()
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(lines[-3:])
    print(len(lines), len(traceback.extract_tb(e.__traceback__)))


def a(n):
    if n == 0:
        raise KeyError(1)
    if n % 2:
        return a(n - 1)
    else:
        return a(n - 1)


try:
    a(10)
except KeyError:
    traceback.print_exc(file=OUT)


def one(n):
    if n == 0:
        raise TypeError
    one(n - 1)


for k in (2, 3, 4, 5):
    try:
        one(k)
    except TypeError as e:
        print(''.join(traceback.format_tb(e.__traceback__)))


def stack(n):
    if n == 0:
        return traceback.format_stack()
    return stack(n - 1)


print(''.join(stack(20)))
s = traceback.StackSummary.from_list([('x.py', 1, 'f', 'f()')] * 6 + [('x.py', 2, 'g', 'g()')])
print(''.join(s.format()))
