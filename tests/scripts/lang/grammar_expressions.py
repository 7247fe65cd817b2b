# Chapter 6 of the 3.11 language reference (expressions): f-strings, comprehensions, walrus,
# star-expressions, lambdas, comparisons, literals of every form.
x = 5; name = 'ab'; width = 10; prec = 3; val = 3.14159
print(f"{x=}", f"{x = }", f"{x=!r:>10}", f"{name!r:>10}", f"{val:{width}.{prec}}")
print(f'{"nested"}', f"{'q'}", f'''{"a" + 'b'}''', f"""{x:>{width}}|""")
print(f"{x!s}", f"{x!a}", f"{'é'!a}", f"{x:#x}", f"{x:08.3f}", f"{{}}", f"{{{x}}}")
print(f"{x if x else 0}", f"{(lambda: 1)()}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }")
print(f"{x:{'>'}{width}}", f"{3.5:{'.2f'}}", f"{'a' 'b'}", f"{x,}", f"{x, x}")
print("a" f"b{x}" 'c' rf"\d{x}" fr'\n' u'uni' F"{x}", Rb'\x' BR'\y' rb'z')
print(sum(i for i in range(4)), list(i*j for i in range(3) if i for j in range(2) if j))
print(max(x for x in [3, 1, 2]), sorted(x for x in 'cab'))
print([y := 10, y**2], [z for q in range(3) if (z := q*2) > 1], z)
print({k: v for k, v in zip('ab', (1, 2))}, sorted({c for c in 'aab'}), [*range(2), *'ab'], {**{'a': 1}, 'b': 2})
a = [1, 2]; b = (3,)
print(*a, *b, sep='-'); print(dict(**{'k': 1}, j=2))
d = {}
d[*a, 1] = 'star-subscript' if False else 'ok'
print(d)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2, 'a' in 'abc' not in 'x', [] is not None)
print(1 if x else 2, (lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f))(1, d=4))
print((lambda *, k=1: k)(), (lambda a, /, b: a+b)(1, 2))
print(..., Ellipsis is ..., type(...).__name__)
print(1_000_000, 0x_ff, 0o17, 0b1010, 1e3, 1_0.5e-1_0, 3j, 1.5J, 0XAB, 0O7, 0B1, 00, 1E+2)
print(10 // 3, -7 // 2, -7 % 3, 2 ** -1, -2 ** 2, (-2) ** 2, ~5, not 0, 7 @ 1 if False else 'm')
print(0.1 + 0.2, 1/3, 2**100, -(2**63), divmod(-7, 2), 5 & 3 | 8 ^ 1, 1 << 70 >> 68)
print(not 1 == 2, (not 1) == 2, 1 and 2 or 3, 0 or '' or None, [] and 1)
print(a[::-1], a[0:1], 'abcdef'[1:5:2], a[-1], (1, 2, 3)[-2:])
print(type(lambda: (yield)).__name__)
print(type((yield_ := 1)), yield_)
print([(i, j) for i in range(2) for j in range(2)], [[j for j in range(i)] for i in range(3)])
print('abc' 'def', b'ab' b'cd', """multi
line""", 'a\
b')
print(x if x > 3 else -x if x < 0 else 0)
print((1,), (), (1, 2,), [1,], {1,}, {'a': 1,})
print(str.upper('a'), 'x'.join(['a', 'b']), (1).real, 1 .real, 1.0.is_integer())
print(await_ := 3, match := 4, case := 5, _ := 6, type := 7)
del type
print(sorted({3, 1, 2}), [*'abc'][1], {**dict(a=1)})
print(True + True, None is None, 'a' < 'b', (1, 2) < (1, 3), [1] * 3, 'ab' * 2, -0.0)
print(int.__name__, (1).__class__.__name__, getattr(x, 'real'))
