def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Point:
    def __init__(self, x):
        self.x = x


total = 0
for i in range(3):
    try:
        total += Point(i).x
    except ValueError as e:
        raise RuntimeError("bad") from e
    finally:
        total -= 0
print([v * 2 for v in (1, 2)], fib(5), total)
