# Operators with Python's semantics.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, a / b, divmod(a, b), -a, +a, abs(a))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3) if False else 0, 10 ** 20 / 3)
print(2 ** 10, (-2) ** 3, 0 ** 0, pow(2, 100, 7), pow(3, -1, 7), 1 + 2.5, 3 * 1.0, 7 / 7)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 70, -1 >> 3, 1024 >> 3, -(2 ** 65) >> 1)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, 1 == 1.0, 1 != 2, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) >= (1, 2))
print(True and 3, 0 and 3, 0 or "x", None or [], not 0, not [1])
print(2 in [1, 2], 3 not in (1, 2), "ab" in "cabd", 1 in {1: 2}, [] is [], None is None, x is not None if (x := 1) else 0)
print("yes" if 1 else "no", (lambda x, y=2: x * y)(4), (lambda *a: a)(1, 2))
s = list(range(10))
print(s[2:5], s[::-1], s[-3:], s[:-7], s[1:8:3], s[8:1:-2], s[100:], s[-100:2], "hello"[::-1], "hello"[1:-1])
print(True + True, True * 3, 3 - True, "ab" * 3, [0] * 3, 3 * (1,), -"abc".count("b"))
print(0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3, 1e308 * 10, -1e308 * 10, 10 // 3.0, 2 ** 62 + 2 ** 62)
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 14; x >>= 1
print(x)
l = [1]
l += [2]
l *= 2
t = (1,)
t += (2,)
print(l, t)
a = [1, 2, 3]
a[0] = 'x'; a[-1] = 'z'; a[True] = 'y'
print(a)
for k in (3, -4):
    try:
        a[k] = 0
    except IndexError as e:
        print(e)
b = [[0.0] * 3 for _ in range(2)]
b[1][2] += 1.5
print(b)
