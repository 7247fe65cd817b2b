# Function __closure__ and cell objects; SyntaxError's args and end positions from compile().
import re


def outer():
    x = [1]
    y = "two"

    def inner():
        return x, y

    return inner


f = outer()
print(type(f.__closure__).__name__, len(f.__closure__))
print([c.cell_contents for c in f.__closure__])
print(outer.__closure__, type(f.__closure__[0]).__name__)
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(f.__closure__[0])))


def late():
    def read():
        return z

    cell = read.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(cell)))
    z = 3
    print(cell.cell_contents)


late()

cases = [
    "x = (1 +\n", "a b c", "def f(:\n pass", "x = 1 +", "for x in range(3)\n  pass", "x === y",
    "x = '''abc", "x = 'abc", "class A(: pass", "import", "del f()", "x := 1", "return 5",
    "if x:\npass", "nonlocal x", "1__0", "x = 5 if y", "a.1", "break", "async = 1", "0x", "1e",
    "5 $ 3", "x = 1_", "x = 0b2", "x = (\n1,\n2", "x = )", "a = b = ]", "print(1 2)", "print 'hi'",
]
for src in cases:
    try:
        compile(src, "case.py", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args[0], (e.lineno, e.offset), (e.end_lineno, e.end_offset))
        print("  str:", str(e))
