# A while-loop countdown and a for loop over range: the bare eval loop.
from benchlib import run


def countdown(n):
    while n > 0:
        n -= 1
    return n


def total(n):
    s = 0
    for i in range(n):
        s += i & 7
    return s


def main():
    return countdown(30_000_000), total(20_000_000)


run(main)
