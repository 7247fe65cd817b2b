# re.Scanner (lexicon tried in order at each position) and the deprecated re.template / re.T.
import re, warnings

def s_ident(scanner, token): return ('IDENT', token)
def s_operator(scanner, token): return ('OP', token)
def s_float(scanner, token): return ('FLOAT', float(token))
def s_int(scanner, token): return ('INT', int(token))

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("x = 1 ? 2"))
print(scanner.scan(""))
print(type(scanner.scanner).__name__, scanner.lexicon[2][0])

# actions that see the match, plain strings, and group-holding patterns
def tagged(sc, text):
    return (sc.match.group(), sc.match.start(), sc.match.end())
sc = re.Scanner([(r'(a)(b)?', tagged), (r'c+', 'Cs'), (r'\s', None)], re.I)
print(sc.scan('AB a ccc ABd'))
sc = re.Scanner([(r'x*', 'X'), (r'y', 'Y')])
print(sc.scan('xxyxz'))
print(sc.scan('yy'))
try:
    re.Scanner([])
except RuntimeError as e:
    print('RuntimeError', e)
print(re.Scanner([(r'\w+', lambda s, t: t.upper()), (r'\W', None)]).scan('hello, big world!'))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = re.template(r'ab|c[de]')
    print(p.pattern, bool(p.flags & re.TEMPLATE), p.findall('abcdce'))
    print([str(x.message)[:40] for x in w], [x.category.__name__ for x in w])
for pat in ['a*', 'b+c', 'x?', 'a{2}', 'a{2,3}', 'a{,3}', 'a{}', 'a{x}', '(ab)*?', r'\*', '[*+?]', '(?:a)', '(?P<n>a)b', 'a|b+', 'a{2}+', 'a*+', '[a-z]{3}']:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            print(pat, re.template(pat).findall('aaa{}b*bc x?'))
        except re.error as e:
            print(pat, 'error:', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        re.compile('q+', re.T)
    except re.error as e:
        print('compile T:', e)
    print([x.category.__name__ for x in w])
print('template' in re.__all__, 'Scanner' in re.__all__)
