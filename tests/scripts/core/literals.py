# Literals: big ints, float repr, every string form, f-strings, bytes, containers.
print(2 ** 100, -2 ** 100, 10 ** 30 // 7, 0x_ff, 0o17, 0b1010, 1_000_000)
print(12345678901234567890 * 98765432109876543210)
print(0.1 + 0.2, 1e16, 1e-7, 1.5e300 * 1e10, -1e400, float("nan"), 1/3, 2.0, 100.0, 1e22, 123456789012345678.0)
print(repr(0.1), str(1.0), 3.14159, -0.0, 5e-324, 1.7976931348623157e308)
print('single', "double", '''triple
lines''', """also "quoted" """, r'raw\n', 'tab\tnew\\n', '\x41\u00e9\N{BULLET}', "it's")
x, name = 42, "world"
print(f"{x} {x!r} {name!r} {name!s} {x:>6} {x:<6}| {x:^7}| {x:08.3f} {x:x} {x:#b} {x:,} {3.14159:.2f} {1e6:e} {0.25:%}")
print(f"{'nested'} {f'{x}'} {x + 1 = } {name=} {{braces}} {x:{'>'}{10}}")
width, prec = 12, 3
print(f"{3.14159265:{width}.{prec}f}|{'left':<{width}}|")
print(b"bytes", b'\x00\xff', rb'\d', bytes(3), bytes([65, 66]), b"ab" + b"cd", b"abc"[1], b"abc"[1:])
print(True, False, None, [1, 'a', None], (1,), (), {'k': 1, 2: [3]}, {3, 1, 2}, set(), frozenset({2, 1}))
print({10, 5, 100, 33, 2}, {"a"} | {"a"}, {(1, 2), (0, 1)})
print([], {}, [[]], ((1, 2), 3))
