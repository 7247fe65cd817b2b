# A generator pipeline: numbers through chained generators (filter, map, windows, yield from,
# a generator-based tokenizer, send()), consumed by sum, max, sorted and any.
import itertools

from benchlib import run


def numbers(n):
    state = 12345
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state % 1000


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count


def words(text):
    word = []
    for ch in text:
        if ch.isalpha():
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def main():
    s = sum(w[0] * w[2] - w[1] for w in windows(evens(numbers(600_000)), 3))
    m = max(x for x in numbers(400_000) if x % 7 == 3)
    nested = [[i, [i + 1, [i + 2]]] for i in range(80_000)]
    f = sum(flatten(nested))
    avg = running_mean()
    next(avg)
    for x in numbers(200_000):
        last = avg.send(x)
    text = "the cat sat on the mat, and the dog ate the hat! " * 4000
    counts = {}
    for w in words(text):
        counts[w] = counts.get(w, 0) + 1
    pairs = sum(1 for a, b in itertools.pairwise(numbers(200_000)) if a < b)
    return s, m, f, round(last, 6), sorted(counts.items()), pairs


run(main, repeat=4)
