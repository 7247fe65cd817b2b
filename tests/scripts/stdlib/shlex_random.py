# Random shell-like strings through shlex (posix and not, punctuation_chars, comments) and
# random names/patterns through fnmatch; expected output from python3.
import fnmatch
import random
import shlex

random.seed(4)
PIECES = ['a', 'bc', ' ', '  ', '\t', '\n', '"', "'", '\\', '#', ';', '|', '&&', '(', ')', 'x=1',
          '$HOME', '*', '?', '-', '.', 'é', '"quoted words"', "'single words'", '\\"', "\\'"]
for t in range(300):
    s = ''.join(random.choice(PIECES) for _ in range(random.randint(0, 8)))
    mode = random.randint(0, 3)
    try:
        if mode == 0:
            r = shlex.split(s)
        elif mode == 1:
            r = shlex.split(s, comments=True, posix=random.random() < 0.5)
        else:
            lex = shlex.shlex(s, posix=random.random() < 0.5,
                              punctuation_chars=random.choice([False, True, ';|']))
            lex.whitespace_split = random.random() < 0.5
            r = list(lex)
        print(t, repr(s), mode, r)
    except ValueError as e:
        print(t, repr(s), mode, 'ValueError', e)
    q = shlex.quote(s)
    print(t, q, shlex.split(q) == [s])

CHARS = 'ab.-]![*?\\x'
for t in range(300):
    pat = ''.join(random.choice(CHARS) for _ in range(random.randint(0, 6)))
    names = [''.join(random.choice('ab.-]![x\\') for _ in range(random.randint(0, 4))) for _ in range(8)]
    print(t, repr(pat), fnmatch.translate(pat), fnmatch.filter(names, pat))
