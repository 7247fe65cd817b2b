# shlex: split/quote/join edge cases, posix vs non-posix lexers, punctuation_chars, comments,
# whitespace_split, push_token/push_source/pop_source, `source` inclusion, lineno, error_leader,
# the debug trace, read_token, custom wordchars/quotes/escape, and the errors.
import io
import os
import shlex
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ['a b c', '  lead  trail  ', "it's", '"a b" c', "'a \\ b'", '"a \\" b"', 'a\\ b', 'a#b # c',
          'x="1 2" y', '""', "''", 'a""b', '\\', '"open', "'open", 'e\\\\', '"\\$x"', "'\\''",
          'ab"cd"ef', "a'b'c", '', '   ', 'ü é ß', 'a\nb\tc\rd', '"\\a"', '"\\\\"', 'a"b c"d']:
    show('split %r' % s, lambda: shlex.split(s))
    show('split nonposix %r' % s, lambda: shlex.split(s, posix=False))
    show('split comments %r' % s, lambda: shlex.split(s, comments=True))
for s in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'a@b%c+d=e:f,g./h-i', 'ü', '\n', "'", '*']:
    print('quote', repr(s), shlex.quote(s), shlex.split(shlex.quote(s)) == [s])
show('quote int', lambda: shlex.quote(3))
show('quote bytes', lambda: shlex.quote(b'a b'))
print(shlex.join(['ls', '-l', 'my file', "it's", '']), shlex.join([]), shlex.join(iter(['a'])))
show('join non-str', lambda: shlex.join([1]))

for posix in (False, True):
    lex = shlex.shlex('a = b; "c d" # comment\n e.f \'g\'', posix=posix)
    print(posix, repr(lex.eof), list(lex), lex.lineno)
for punct in (True, ';|', '&'):
    for split_ws in (False, True):
        lex = shlex.shlex('a&&b||c; (d) e>f.txt 2>&1 ~/x.y *', punctuation_chars=punct, posix=True)
        lex.whitespace_split = split_ws
        print(repr(lex.punctuation_chars), split_ws, list(lex))
show('punctuation read-only', lambda: setattr(shlex.shlex('', punctuation_chars=True), 'punctuation_chars', 'x'))
print(repr(shlex.shlex('', punctuation_chars=';').wordchars))

lex = shlex.shlex('one two three')
print(lex.get_token())
lex.push_token('pushed')
lex.push_token('again')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.read_token(), repr(lex.get_token()))
lex = shlex.shlex('start end', infile='main.txt')
print(lex.get_token())
lex.push_source('inner1 inner2', 'inner.txt')
print(lex.get_token(), lex.error_leader(), lex.get_token(), lex.get_token(), lex.error_leader(), lex.error_leader('f', 9))
lex = shlex.shlex(io.StringIO('x\ny\n\nz'))
print([(lex.get_token(), lex.lineno) for _ in range(4)])
print(shlex.shlex('a').error_leader())

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'incfile'), 'w') as f:
        f.write('from include\n')
    main = os.path.join(d, 'main.txt')
    with open(main, 'w') as f:
        f.write('before source incfile after source "incfile" end\n')
    with open(main) as f:
        lex = shlex.shlex(f, main)
        lex.source = 'source'
        print(list(lex))

    class NoInclude(shlex.shlex):
        def sourcehook(self, newfile):
            return None
    lex = NoInclude('a source x b')
    lex.source = 'source'
    print(list(lex))

lex = shlex.shlex('a "b c"', posix=True)
lex.debug = 3
print(list(lex))
lex = shlex.shlex('x y')
lex.debug = 1
lex.push_token('p')
print(list(lex))

lex = shlex.shlex('a-b c:d', posix=True)
lex.wordchars += '-:'
print(list(lex))
lex = shlex.shlex("a |b c| 'd e'", posix=True)
lex.quotes = '|'
print(list(lex))
lex = shlex.shlex('a^ b c', posix=True)
lex.escape = '^'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a;b,c', posix=False)
lex.whitespace = ',;'
print(list(lex))
lex = shlex.shlex('a % b\nc', posix=True)
lex.commenters = '%'
print(list(lex))
lex = shlex.shlex('"a \\" b" \'c \\\' ', posix=True)
show('escaped quotes', lambda: list(lex))
show('no escaped char', lambda: list(shlex.shlex('a \\', posix=True)))
show('no closing', lambda: list(shlex.shlex('"a', posix=False)))
print(shlex.__all__, shlex.shlex.__name__, type(shlex.split).__name__)
print(list(shlex.shlex('a b', posix=True, punctuation_chars=True)), repr(shlex.shlex('', posix=True).eof))
print(sorted(vars(shlex.shlex('a'))))
print(sorted(vars(shlex.shlex('a', punctuation_chars=True))))
