# Source nested too deeply: "too many nested parentheses" past 200 brackets, "too many levels
# of indentation" past 100, MemoryError (CPython's parser) for unary operators, not, **, lambdas
# and conditional expressions nested thousands deep, RecursionError "during compilation" for
# long left-nested chains (+, attribute access, calls); shallower nesting compiles.


class Self:
    def __call__(self):
        return self


def attempt(name, src):
    try:
        exec(src, {'f': Self(), 'a': None, 'x': 1, 'y': 0})
        r = 'ok'
    except AttributeError:
        r = 'ok'
    except TypeError:
        r = 'ok'
    except SyntaxError as e:
        r = f'{type(e).__name__}: {e} offset={e.offset} lineno={e.lineno}'
    except (MemoryError, RecursionError) as e:
        r = f'{type(e).__name__}: {e} {e.args}'
    print(name, r)


for n in (100, 200, 201, 1000, 1000000):
    attempt(f'parens {n}', '(' * n + '1' + ')' * n)
    attempt(f'list {n}', '[' * n + ']' * n)
    attempt(f'dict {n}', '{' * n + '}' * n)
for n in (100, 1000, 10000, 100000):
    attempt(f'plus {n}', '+'.join(['1'] * n))
    attempt(f'neg {n}', '-' * n + '1')
    attempt(f'invert {n}', '~' * n + '1')
    attempt(f'not {n}', 'not ' * n + '1')
    attempt(f'pow {n}', '1**' * n + '1')
    attempt(f'lambda {n}', 'lambda: ' * n + '1')
    attempt(f'ifexp {n}', 'x if y else ' * n + '1')
    attempt(f'attr {n}', 'a' + '.b' * n)
    attempt(f'call {n}', 'f' + '()' * n)
for n in (98, 99, 100, 150):
    src = ''.join(' ' * i + 'if 1:\n' for i in range(n)) + ' ' * n + 'pass\n'
    attempt(f'indent {n}', src)
