# re module functions, Pattern and Match objects.
import re

m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Hello John Smith!')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 2, 'first'))
print(m.groups(), m.groupdict(), m.span(), m.span(1), m.span('last'))
print(m.start(), m.end(), m.start(2), m.end('first'), m.lastindex, m.lastgroup)
print(m.regs, m[0], m[1], m['last'], bool(m), m.pos, m.endpos, m.string, m.re)
print(m.expand(r'\g<last>, \g<first> (\1/\2)'))
for bad in [3, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m[5]
except IndexError as e:
    print('IndexError', e)

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.start(2), m.end(2), m.group(2), m.regs, m.lastindex)
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict(0), m.lastgroup, m.lastindex)
m = re.match(r'((a)b)', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(?P<outer>(?P<inner>a)b)', 'ab')
print(m.lastindex, m.lastgroup)
print(re.match('a', 'b'), re.search('z', 'abc'), re.fullmatch('ab', 'abc'))
print(re.match('ab', 'abc'), re.fullmatch('ab|abc', 'abc'), re.fullmatch('a*?', 'aaa'))

# Pattern objects
p = re.compile(r'(\d+)(?P<unit>[a-z]*)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, p.groupindex['unit'], dict(p.groupindex))
print(p.match('10kg 5 lb'), p.match('x10kg'), p.match('x10kg', 1), p.search('x10kg', 2))
print(p.search('x10kg', 1, 3), p.fullmatch('10kg'), p.fullmatch('10kg', 0, 3), p.findall('1a 22BB 333', 2))
print(p.findall('1a 22BB 333', 0, 5), [m.group() for m in p.finditer('1a 22BB 333', 1)])
m = p.search('abc 10kg', 2, 7)
print(m, m.pos, m.endpos)
print(p.split('1a x 22b y'), p.split('1a x 22b y', 1), p.sub('#', '1a x 22b'), p.subn('#', '1a x 22b', 1))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('abc')) == hash(re.compile('abc')), re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile('a+', re.I | re.M), re.compile('x', re.S | re.X | re.A), re.compile(b'y', re.L))
print(re.compile("it's"), re.compile('(?i)abc'), re.compile('(?s)(?m)x').flags)
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags, re.compile('(?a)a').flags)
print(len(re.compile('x' * 300).__repr__()))

# module-level functions
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'(\w)=\d', 'a=1 b=2'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  ef')])
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'(-)|(\+)', 'a-b+c'))
print(re.split(r'\b', 'a b'), re.split(r'\s*', 'a b  c'), re.split('', 'abc'), re.split('x', ''))
print(re.sub(r'\s+', ' ', '  a  b   c '), re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=1))
print(re.subn(r'(\w+)', r'<\1>', 'a bc def'), re.sub('(?i)A', 'x', 'aAa', flags=re.I))
print(re.escape('hello.world*?[]{}()|^$\\+-#&~ \t\n'), re.escape('ünïcode_123'), re.escape(b'a.b'))
re.purge()
print(re.match('x', 'x'))

# empty matches (3.7+ rules)
print(re.findall(r'x*', 'axxb'), re.sub(r'x*', '-', 'axxb'), re.split(r'x*', 'axxb'))
print(re.findall(r'\b', 'ab cd'), re.sub(r'\b', '|', 'ab cd'), re.sub('', '-', 'abc'))
print(re.findall(r'a|(?=b)', 'ab'), re.sub(r'(?=b)|b', '#', 'abb'), re.findall(r'^|\w+', 'ab cd'))
print([m.span() for m in re.finditer(r'\d*', 'a12b')], re.subn('$', '!', 'a\nb\n'))
print(re.sub('(?m)^', '> ', 'one\ntwo\n'), re.findall('(?m)$', 'a\nb\n'))

# callable replacement
def dbl(m):
    return str(int(m.group()) * 2)
print(re.sub(r'\d+', dbl, 'a1 b22 c333'), re.subn(r'\d', lambda m: '<' + m.group() + '>', '1x2', 1))
print(re.sub(r'(?P<w>\w+)', lambda m: m.group('w').upper(), 'hello there'))

# type errors
for args in [('a', 5), (5, 'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', b'x', 'ba')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
for a in [(b'a', 'x', b'a'), ('a', 5, 'a'), (b'a', 5, b'a'), ('a', lambda m: 5, 'a'), ('a', lambda m: None, 'bab')]:
    try:
        print(re.sub(*a))
    except TypeError as e:
        print('TypeError', e)

# subclasses of str
class S(str):
    pass
m = re.search(r'b+', S('abbc'))
print(m, re.findall('b', S('abb')), re.sub('b', 'x', S('abb')), re.split('b', S('abc')))
try:
    re.search('a', 3.5)
except TypeError as e:
    print(e)
