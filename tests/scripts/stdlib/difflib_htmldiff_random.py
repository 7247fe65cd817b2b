# difflib.HtmlDiff on 150 seeded random edits (tabs, wrapping, context, headers): digests of
# the tables, equal to python3's.
import difflib, random, hashlib
rng = random.Random(7)
words = ['alpha', 'beta', 'gamma', 'delta', 'eps\tilon', '', 'zeta zeta', 'eta&<>', 'theta', 'iota']
out = []
for case in range(150):
    a = [rng.choice(words) + rng.choice(['', 'x', ' y']) + '\n' for _ in range(rng.randrange(0, 12))]
    b = list(a)
    for _ in range(rng.randrange(0, 5)):
        op = rng.randrange(3)
        if op == 0 and b:
            del b[rng.randrange(len(b))]
        elif op == 1:
            b.insert(rng.randrange(len(b) + 1), rng.choice(words) + '\n')
        elif b:
            i = rng.randrange(len(b))
            b[i] = b[i][:-1] + rng.choice(['q', 'Z', '']) + '\n'
    d = difflib.HtmlDiff(tabsize=rng.choice([2, 8]), wrapcolumn=rng.choice([None, 5, 12]))
    t = d.make_table(a, b, 'x' if case % 3 else '', 'y', context=bool(case % 2), numlines=rng.randrange(0, 4))
    out.append(hashlib.md5(t.encode()).hexdigest()[:8])
print(' '.join(out))
