# List building, sorting and comprehensions.
import random

from benchlib import run


def one_round(seed):
    random.seed(seed)
    data = [random.randint(0, 1_000_000) for _ in range(100_000)]
    squares = [x * x for x in data if x % 3]
    pairs = sorted([(x % 1000, x) for x in data])
    desc = sorted(data, reverse=True)
    keyed = sorted(data, key=lambda x: (x % 10, -x))
    matrix = [[i * j for j in range(100)] for i in range(300)]
    flat = [v for row in matrix for v in row if v % 2 == 0]
    evens = {x for x in data if x % 2 == 0}
    index = {x: i for i, x in enumerate(data[:50_000])}
    return len(squares), pairs[0], desc[0], keyed[:2], len(flat), len(evens), len(index)


def main():
    return [one_round(seed) for seed in range(5)]


run(main)
