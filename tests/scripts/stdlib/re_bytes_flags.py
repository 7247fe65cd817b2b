# Bytes patterns on bytes subjects, and the flags: values, reprs, combinations and their effects.
import re

print(re.findall(rb'\w+', b'hello world 42'), re.findall(rb'\d', b'a1b2'), re.findall(rb'\s', b'a b\tc'))
print(re.findall(rb'\w+', 'café'.encode()), re.search(rb'(?i)HELLO', b'say hello').span())
print(re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.sub(rb'(\w+) (\w+)', rb'\2 \1', b'hello world'))
print(re.split(rb'[,;]', b'a,b;c'), re.subn(rb'o', b'0', b'foo boo'), re.escape(b'1+1=2?'))
m = re.match(rb'(?P<k>\w+)=(?P<v>\w*)', b'key=val')
print(m, m.group('k'), m.groups(), m.groupdict(), m.span('v'), m[2], m.expand(rb'\g<v>:\1'))
p = re.compile(rb'\x00+|\xff')
print(p, p.findall(b'a\x00\x00b\xff'), p.flags, re.compile(b'a', re.I).flags)
print(re.fullmatch(rb'[\x80-\xff]+', bytes([128, 200, 255])), re.search(rb'\bab\b', b'x ab y').span())
print(re.findall(rb'.', b'a\nb'), re.findall(rb'(?s).', b'a\nb'), re.findall(rb'^\w', b'a\nb', re.M))
print(re.sub(rb'x*', b'-', b'abc'), re.split(rb'\b', b'ab cd'), re.sub(rb'a', lambda m: b'<' + m.group() + b'>', b'banana'))
print([m.span() for m in re.finditer(rb'a+', b'aa ba aaa')], re.compile(rb'a').search(b'bbab', 1, 3))

# flags
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.T, re.DEBUG)
print(re.IGNORECASE | re.MULTILINE, re.M | re.I, re.X | re.A | re.S, re.I | re.U, re.I | 1024)
print(int(re.I), re.I.value, re.M.name, re.I == 2, re.I | 0, re.I & re.M, re.I ^ re.I, type(re.I).__name__)
print(re.I | re.M == 10, (re.I | re.M) & re.M, repr(re.I), '%s' % re.M, re.IGNORECASE is re.I)
print(re.compile('x', re.I | re.M).flags, re.compile('x', re.I | re.M))
print(re.compile('x', re.IGNORECASE | re.VERBOSE | re.DOTALL | re.MULTILINE))
print(re.compile(b'x', re.IGNORECASE | re.LOCALE), re.compile('(?ix)x'), re.compile('(?u)x'), re.compile('(?a)x'))
for f in [0, re.I, re.M, re.S, re.I | re.M | re.S]:
    print(f, re.findall('^a.b$', 'A\nB\na\nb\naxb', f), re.findall('^a.B$', 'axb\nAxB', f))
print(re.findall(r'''(?x)
    (\d+)    # a number
    \s*      # space
    ([a-z]+) # a unit
''', '3 kg, 12m'))
print(re.findall(r'a # not a comment', 'a # not a comment'), re.findall('a b', 'a b', re.X), re.findall('[ ]', ' ', re.X))
print(re.search(r'(?x) a   b  # c', 'ab'), re.search(r'(?x)a{ 2 }', 'aa a{ 2 }'))
print(re.findall('(?i)[A-Z]+', 'abcXYZ'), re.findall('[A-Z]+', 'abcXYZ', re.I | re.A))
print(re.findall(r'\w+', 'ñandú café', re.A), re.findall(r'\w+', 'ñandú café', re.U))

# inline flags: where global flags may appear, and scoped flags
for p, s in [('(?x) a b (?i)c', 'abC'), (' (?x)a', ' a'), ('(?#c)(?i)a', 'A'), ('(?i)(?#c)a', 'A'), ('(?x)  # comment\n(?i)a', 'A'),
             ('a|(?i)b', 'B'), ('(?i:a(?-i:b))', 'Ab'), ('(?i:a(?-i:b))', 'AB'), ('(?s:a.)(?m:^b)', 'a\nb'), ('(?a:\\w+)\\w+', 'aé'),
             ('(?u)\\w', 'é'), ('((?i)a)', 'A'), ('(?x)(?i)a b', 'AB'), ('(?i)(?x)a b', 'AB')]:
    try:
        r = re.compile(p)
        print(repr(p), r.flags, r.findall(s))
    except re.error as e:
        print(repr(p), 'error', e)
