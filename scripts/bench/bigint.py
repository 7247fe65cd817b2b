# Big-integer arithmetic: digits of pi from an unbounded spigot (Gibbons' algorithm), factorials,
# Fibonacci numbers by doubling, products reduced modulo a large number, modular powers and int/str conversions of large values.
from benchlib import run


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)


def main():
    digits = pi_digits(3000)
    f = 1
    for i in range(2, 1400):
        f *= i
    fib = fib_pair(300_000)[0]
    prod = 1
    for i in range(1, 1200):
        prod = prod * (2**64 - i) % (10**1000 + 7)
    m = pow(3, 10**40 + 7, 2**521 - 1)
    s = str(f)
    back = int(s)
    return "".join(map(str, digits[-20:])), len(s), back % 1_000_003, fib.bit_length(), fib % 1_000_003, prod % 1_000_003, m % 1_000_003


run(main, repeat=4)
