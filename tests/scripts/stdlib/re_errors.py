# re.error messages and positions, as CPython 3.11 reports them.
import re

PATTERNS = [
    '(a', 'a)', '*a', 'a**', 'a*+*', r'\q', r'\\', '\\', 'abc\\', '[a', '[', '[]', '[^]', 'a{2,1}', r'(?<=a+)b',
    r'(?<=a|bc)d', r'(?<!a*)b', r'\5', r'(a)\2', r'(a\1)', '(?P<1>a)', '(?P<a-b>a)', '(?P<a>a)(?P<a>b)',
    '(?P=x)', '(?P<a>a)(?P=a', '(?P<>a)', '(?P=)', '(?Px)', '(?P', '(?', '(?x', '(?z)', '(?<a>x)', '(?<',
    'a\n(b', 'ab\ncd\n[ef', '[z-a]', r'[\d-z]', r'[a-\d]', r'\x4', r'\xg', r'\u12', r'\U0011ffff', r'\777',
    r'[\8]', r'[\777]', '(?i', '(?i)(?m)a', 'a(?i)b', '(?i-i:a)', '(?-i)a', '(?i-:a)', '(?a', '(?au)a',
    '(?L)a', r'\N{foo}', r'\N', r'\N{', r'\N{}', r'(?(1)a|b|c)(a)', r'(?(a)b)', '(?(1a)b)', '(?(2)a|b)',
    '(?(0)a)', '(?#abc', 'x|*', '(?i)*', '(|*)', r'\b*', '^*', '$+', r'\A?', 'a{3}{2}', 'a??+',
    '(?<=(?P<a>a)(?P=a))', '(?<=(a)\\1)', 'a{99999999999}', '(?=a', '(?!a', '(?<=a', '(?>a', '(?:a',
    '(?P<a>', 'a|b)', '((a)', '(a))', '[a-', '[a-]', r'[\w-a]', r'(?x)[a', '(?x)a # (', '(?x)(a # )',
    r'\g', r'\k', '(?u)a', '(?-x:a)', '(?x-x:a)', '(?s-a:a)', '(?-', '(?i-', '(?i:a', 'a{,1', 'a{1,x}',
]

for p in PATTERNS:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except OverflowError as e:
        print(repr(p), 'OverflowError', e)

for p in [b'(a', b'\\u0041', b'(?u)a', b'[b-a]', b'\\N{DIGIT ONE}']:
    try:
        print(p, re.compile(p))
    except re.error as e:
        print(p, 'error:', e, '|', e.pos, e.pattern == p)

# templates
for t in [r'\u0041', r'\N{DIGIT ONE}', r'\x4', r'\-', r'\g<a>', r'\g<1a>', r'\g<2>', r'\g', r'\g<',
          r'\g<a', r'\2', r'\8', r'\08', r'\400', '\\', 'a\\', r'\g<0>', r'\g<01>', r'\q', r'\n\t\\', r'\0',
          r'\01\1', r'\11']:
    try:
        print(repr(t), repr(re.sub('(x)', t, 'x')))
    except re.error as e:
        print(repr(t), 'error:', e, '|', e.pos)
    except IndexError as e:
        print(repr(t), 'IndexError', e)

e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
