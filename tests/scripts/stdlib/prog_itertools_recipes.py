import itertools
import operator
from itertools import *
import collections

def take(n, iterable):
    return list(islice(iterable, n))

def pairwise_(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s)+1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)

print(take(5, count(10, 2.5)))
print(list(pairwise_("ABCD")), list(pairwise("ABCD")))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBCcAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry", "blueberry"]), key=lambda s: s[0])])
print(list(permutations("ABC", 2)), list(combinations_with_replacement("AB", 2)))
print(list(product("AB", repeat=2)), list(product([1, 2], "xy")))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(repeat(10, 3)), list(zip_longest("AB", "xyz", fillvalue="-")), list(islice("ABCDEFG", 2, None, 2)))
print(list(chain("ABC", "DEF")), sum(1 for _ in combinations(range(10), 3)))
c = count(); next(c); print(repr(c), repr(repeat("a", 2)), repr(count(1.5, 0.5)))
it1, it2 = tee([1, 2, 3]); print(list(it1), list(it2))
print(list(itertools.batched("ABCDEFG", 3)) if hasattr(itertools, "batched") else "no batched")
