# Random nested data pretty-printed with random options; expected output from python3.
import pprint
import random

random.seed(7)
WORDS = ['a', 'spam', 'eggs and ham', 'x' * 15, 'hello world, this is a longer string value', '', 'line\nbreak here']


def make(depth):
    r = random.random()
    if depth > 3 or r < 0.35:
        return random.choice([random.randint(-10**6, 10**9), random.random() * 100, random.choice(WORDS),
                              None, True, b'bytes value here' * random.randint(0, 3), 2**70])
    kind = random.choice(['list', 'tuple', 'dict', 'set', 'frozenset'])
    n = random.randint(0, 6)
    if kind == 'list':
        return [make(depth + 1) for _ in range(n)]
    if kind == 'tuple':
        return tuple(make(depth + 1) for _ in range(n))
    if kind == 'set':
        return set(random.randint(0, 10**6) for _ in range(n))
    if kind == 'frozenset':
        return frozenset(random.randint(0, 1000) for _ in range(n))
    return {random.choice([random.choice(WORDS), random.randint(0, 50), (1, 2)]): make(depth + 1) for _ in range(n)}


for t in range(150):
    obj = make(0)
    kw = {'width': random.choice([1, 10, 20, 35, 50, 80, 120])}
    if random.random() < 0.3:
        kw['indent'] = random.randint(0, 4)
    if random.random() < 0.3:
        kw['depth'] = random.randint(1, 4)
    if random.random() < 0.3:
        kw['compact'] = True
    if random.random() < 0.3:
        kw['sort_dicts'] = False
    if random.random() < 0.2:
        kw['underscore_numbers'] = True
    print(t, kw)
    print(pprint.pformat(obj, **kw))
    print(pprint.isreadable(obj), pprint.isrecursive(obj), len(pprint.saferepr(obj)))
