# A corpus of pattern/subject pairs: findall, search, split, sub and fullmatch results, compared
# with CPython's.
import re

TEXT = [
    'hello world', 'The quick brown fox jumps over the lazy dog.', 'aaa bbb ccc', 'a1b22c333d4444',
    'foo@bar.com, baz@qux.org', '2023-01-15 10:30:45 ERROR something failed', '', 'x', 'abcabcabc',
    'line1\nline2\nline3\n', '  leading and trailing  ', 'tab\tseparated\tvalues', 'MiXeD CaSe TeXt',
    'café naïve résumé', 'Ünïcödé wörds ٣٤ and ½', 'a,b;c d', '((nested)) (parens)', '<a><b></b></a>',
    'key=value; other=thing', 'aAbBcC', 'mississippi', '192.168.0.1 and 10.0.0.255', 'ab\n', 'ΑΒΓ αβγ',
]

PATTERNS = [
    r'\w+', r'\W+', r'\d+', r'\D+', r'\s+', r'\S+', r'[a-z]+', r'[^a-z]+', r'[A-Z]', r'\b\w', r'\w\b',
    r'\B\w', r'o', r'(o)', r'(\w)(\w)', r'(\w+)@(\w+)\.(\w+)', r'\d{2,3}', r'\d{2}', r'\d{,2}', r'\d{2,}',
    r'a*', r'a+?', r'a*?', r'(a|b)*', r'(?:ab|a)c', r'x*', r'^', r'$', r'^\w+', r'\w+$', r'(?m)^\w+',
    r'(?m)\w+$', r'.', r'(?s).', r'.+', r'(?s).+', r'[.,;]', r'[\s,]+', r'(?i)[a-c]+', r'(?i)the',
    r'(?i)É', r'(?a)\w+', r'(\w)\1', r'(?P<c>\w)(?P=c)', r'(?<=a)b', r'(?<!a)b', r'\w+(?=\s)', r'\w+(?!\w|\s)',
    r'(?<=\s)\w+', r'(\d+)-(\d+)-(\d+)', r'(\d+):(\d+)(?::(\d+))?', r'[^\W\d]+', r'[\w.]+@[\w.]+',
    r'(?x) \d + # digits', r'\(([^()]*)\)', r'<(\w+)>', r'<(/?)(\w+)>', r'(\w+)=(\w+)', r'i(ss)?', r'(ss|s)i',
    r'(?>a+)b', r'a++', r'\w++\d', r'(a)?(?(1)b|c)', r'(?:(\w)|-)+', r'\A\w', r'\w\Z', r'\n', r'(?m)$',
    r'[αβγ]+', r'(?i)αβγ', r'\d+\.\d+\.\d+\.\d+', r'(?:\d+\.){3}\d+', r'[^aeiou\s]+', r'(?i)[^aeiou\s]+',
    r'\b', r'\B', r'(?=a)', r'|', r'a|', r'(a*)*', r'(a*)+', r'(a|)+', r'(\s*)', r'[-a]', r'[]a]', r'[a^]',
    r'\x41|\u0062|\101', r'[\x20-\x2f]', r'.{3}', r'.{3}?', r'(?#comment)\w', r'(.)(.)?', r'(\w)(?:(\d)|(\s))',
]

for p in PATTERNS:
    rx = re.compile(p)
    for t in TEXT:
        fa = rx.findall(t)
        s = rx.search(t)
        sp = rx.split(t)
        sb = rx.subn('<\\g<0>>', t)
        fm = rx.fullmatch(t)
        it = [(m.span(), m.lastindex, m.groups()) for m in rx.finditer(t)]
        print(repr(p), repr(t))
        print('  findall', fa)
        print('  search', s and (s.span(), s.groups(), s.lastindex))
        print('  split', sp, 'sub', sb, 'full', fm and fm.span())
        print('  iter', it)
