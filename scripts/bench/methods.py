# Method calls and attribute access on instances.

from benchlib import run


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by


def main():
    acc = Vector(0, 0)
    c = Counter()
    for i in range(3_000_000):
        v = Vector(i, i + 1)
        acc = acc.add(v)
        c.bump()
        if v.dot(v) % 7 == 0:
            c.bump(2)
    acc.scale(2)
    print(acc.x, acc.y, c.n)


run(main)
