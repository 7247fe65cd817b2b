# str methods gilpy lacked: isascii, maketrans, translate, format_map.
from collections import defaultdict

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t('isascii', lambda: ('abc'.isascii(), 'é'.isascii(), ''.isascii(), '\x7f'.isascii()))
t('maketrans 2', lambda: str.maketrans('ab', 'xy'))
t('maketrans 3', lambda: str.maketrans('a', 'b', 'cd'))
t('maketrans dict', lambda: str.maketrans({'a': 'A', 98: None, 'c': 67}))
t('maketrans inst', lambda: 'q'.maketrans('a', 'b'))
t('maketrans len', lambda: str.maketrans('ab', 'c'))
t('maketrans one str', lambda: str.maketrans('ab'))
t('maketrans key', lambda: str.maketrans({'ab': 1}))
t('maketrans key type', lambda: str.maketrans({1.5: 1}))
t('maketrans bad', lambda: str.maketrans('a', 1))
t('maketrans none', lambda: str.maketrans())
t('translate', lambda: 'hello world'.translate(str.maketrans('lo', '01', ' ')))
t('translate dict', lambda: 'abc'.translate({97: 'AA', 98: None, 99: 100}))
t('translate list', lambda: 'abc'.translate(['x'] * 98))
t('translate bad', lambda: 'abc'.translate({97: 1.5}))
t('translate range', lambda: 'a'.translate({97: -1}))
t('translate none', lambda: 'a'.translate())
t('format_map', lambda: '{x} and {y[0]} {x!r:>5}'.format_map({'x': 'one', 'y': [2]}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
t('format_map missing', lambda: '{a} {b}'.format_map(Default(a=1)))
t('format_map defaultdict', lambda: '{z}'.format_map(defaultdict(int)))
t('format_map keyerror', lambda: '{q}'.format_map({}))
t('format_map positional', lambda: '{0}'.format_map({}))
t('format_map none', lambda: '{}'.format_map())
