# F-string errors as CPython 3.11 words and places them: the scanner's own errors at the token after
# the string; a field's expression that does not parse gets the error of `(expr)` parsed alone, with
# "f-string: " before it and columns counted within `(expr)`.
cases = [
    "f'{a b}'\n", "x = 1\nyy = f'{a b}'\n", "yy = 'q' f'ab{a b}'\n", "f'''\n{a b}'''\n",
    "f'{*a}'\n", "zz = f'{*a}'\n", "f'{**a}'\n", "f'{lambda x: 1}'\n", "f'{)}'\n", "f'{)}' + 1\n",
    "f'{)}'  'x'  \n", "(f'{)}'\n)", "f'{(}'\n", "f'{[}'\n", "f'{(]}'\n", "f'{1 +}'\n", "x = f'{1 +}'\n",
    "f'{await}'\n", "f'{#}'\n", "f'{x#}' if 1 else 2\n", "f'{\\n}'\n", "rf'{\\}'\n", "print(f'{x} {y')\n",
    "f'{a!x}'\n", "f'{}'\n", "f'{!r}'\n", "f'{ :x}'\n", "f'}'\n", "f'{a:{b:{c}}}'\n", "f'{a b}' f'{c d}'\n",
    "f'{a = }' f'{1 1}'\n", "f'{x:{a b}}'\n", "f'{x!r:{a b}}'\n", "f'{ a b}'\n", "f'{x = 1}'\n",
    "f'{1 if 2}'\n", "f'{print 1}'\n", "f'{def}'\n", "f'{a b c d}'\n", "f'{\"a}'\n", "f'{(((}'\n",
    "f'{)}'  # c\n", "f'{a!}'\n", "f'{a!r'\n", "f'{a=!r:>{w}}' f'{b!s}'\n", "f'{x:{y!z}}'\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
print(f'{1 if 2 else 3}', f'{3 > 2}', f'{3 != 2}', f"{'a' '}'}", f'{ {"a": 1}["a"] }', f'{x!r:>{5}}' if (x := 'q') else 0)
