# What __repr__, __str__ and __format__ return: a str subclass instance is kept by repr(),
# str() and format(); anything but a str is CPython's TypeError, on every path that calls them.


class Tagged(str):
    def tag(self):
        return '<' + self + '>'


class Both:
    def __repr__(self):
        return Tagged('R')

    def __str__(self):
        return Tagged('S')

    def __format__(self, spec):
        return Tagged('F' + spec)


b = Both()
print(repr(b), str(b), format(b), format(b, 'x>5'), f'{b}', f'{b!r}', f'{b!s}', f'{b:spec}')
print('%s %r' % (b, b), '{} {!r} {!s} {:q}'.format(b, b, b, b), [b], (b,), {b: b} if False else '')
print(type(repr(b)).__name__, type(str(b)).__name__, type(format(b)).__name__, type(format(b, 'z')).__name__)
print(repr(b).tag(), str(b).tag(), format(b, '!').tag())


class OnlyStr:
    def __str__(self):
        return Tagged('only-str')


o = OnlyStr()
print(f'{o}', format(o), '{}'.format(o), type(format(o)).__name__, type(str(o)).__name__)
try:
    format(o, 'x')
except TypeError as e:
    print('TypeError:', e)


class OnlyRepr:
    def __repr__(self):
        return Tagged('only-repr')


r = OnlyRepr()
print(str(r), type(str(r)).__name__, f'{r}', [r])


class Bad:
    def __repr__(self):
        return 1

    def __str__(self):
        return 2

    def __format__(self, spec):
        return 3


bad = Bad()
cases = [
    ('repr', lambda: repr(bad)), ('str', lambda: str(bad)), ('format', lambda: format(bad)),
    ('format spec', lambda: format(bad, 'x')), ('f-string', lambda: f'{bad}'), ('f !r', lambda: f'{bad!r}'),
    ('f !s', lambda: f'{bad!s}'), ('f !a', lambda: f'{bad!a}'), ('f spec', lambda: f'{bad:>3}'),
    ('%s', lambda: '%s' % bad), ('%r', lambda: '%r' % bad), ('%a', lambda: '%a' % bad),
    ('str.format', lambda: '{}'.format(bad)), ('str.format !r', lambda: '{!r}'.format(bad)),
    ('print', lambda: print(bad)), ('list repr', lambda: repr([bad])), ('str of list', lambda: str([bad])),
    ('dict repr', lambda: repr({1: bad})), ('ascii', lambda: ascii(bad)),
]
for name, fn in cases:
    try:
        print(name, '->', fn())
    except TypeError as e:
        print(name, '-> TypeError:', e)


class BytesRepr:
    def __repr__(self):
        return b'bytes'


try:
    repr(BytesRepr())
except TypeError as e:
    print('TypeError:', e)


class NoneFormat:
    def __format__(self, spec):
        return None


try:
    f'{NoneFormat()}'
except TypeError as e:
    print('TypeError:', e)
