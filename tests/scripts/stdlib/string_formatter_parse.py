# string.Formatter: parse() and get_field() on random format strings (the error messages of
# str.format's parser included), Formatter().format with attribute/index fields and nesting,
# and Template pattern/flags details.
import random
import re
import string

rng = random.Random(3)
alpha = ['{', '}', '{', '}', 'a', '0', '1', '!', ':', 'r', 's', '[', ']', '.', 'x', ' ', '>', '{}']


class O:
    x = 5

    def __repr__(self):
        return 'O'

    __str__ = __repr__

    def __getitem__(self, k):
        return k


fmt = string.Formatter()
for t in range(400):
    s = ''.join(rng.choice(alpha) for _ in range(rng.randrange(0, 12)))
    try:
        parsed = list(fmt.parse(s))
    except ValueError as e:
        parsed = 'ValueError: %s' % e
    try:
        out = repr(fmt.format(s, O(), 'b', 3, a=O(), x='y'))
    except Exception as e:
        out = '%s: %s' % (type(e).__name__, e)
    print(t, repr(s), parsed, out)
for name in ['a', '0', 'a.b', 'a[0]', 'a[x].x', '0[1][2]', 'a.', 'a[', 'a[]', 'a[0]x']:
    try:
        print(name, fmt.get_field(name, (O(),), {'a': O()}))
    except Exception as e:
        print(name, type(e).__name__, e)
print(fmt.format('{0:{1}}|{:>{}}', 'ab', 5) if False else fmt.format('{0:>{1}}|{2!r:^{3}}', 'ab', 5, 'c', 7))
print(fmt.vformat('{a.x}{b[k]}', (), {'a': O(), 'b': {'k': 'v'}}))
print(string.Template.flags == re.IGNORECASE, string.Template.pattern.flags & re.VERBOSE != 0)
print(string.Template('$a ${b} $$ $c').get_identifiers(), string.capwords('  hello   world  '), string.capwords('a-b-c', '-'))
