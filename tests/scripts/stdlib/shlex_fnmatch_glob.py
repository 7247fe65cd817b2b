# shlex (split, quote, join, the shlex class), fnmatch (fnmatch, fnmatchcase, filter,
# translate) and glob (glob, iglob, recursive '**', escape, root_dir) over a temporary tree.
import fnmatch
import glob
import os
import shlex

# ---- shlex
for s in ['a b  c', 'one "two three" four', "its 'quoted here'", 'esc\\ aped "in \\"dq\\""',
          "'single \\ backslash'", 'a#b # comment', '', '   ', 'x="1 2" y=3', 'tab\tsep\nnl',
          '"adjacent"quotes\'mix\'', '\\$HOME "$HOME" \'$HOME\'', 'ünïcödé wörds']:
    print(repr(s), shlex.split(s))
print(shlex.split('a # b c', comments=True), shlex.split('a b # c\nd', comments=True))
print(shlex.split('a "b c" d', posix=False), shlex.split("x 'y z'", posix=False))
for bad in ['unterminated "quote', "also 'bad", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ['', 'simple', 'with space', "it's", 'a"b', '$var', 'semi;colon', 'ok@host:1,2/3.4-5+6=7%',
          'tab\there', 'ünï', '*glob?']:
    print(repr(s), shlex.quote(s))
args = ['echo', 'hello world', "it's", '', '--flag=a b']
print(shlex.join(args), shlex.split(shlex.join(args)) == args)

lex = shlex.shlex('a = b + "c d"; e(f) # trailing')
print(list(lex))
lex = shlex.shlex('x=1 && y=2 || (z)', posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('cmd arg1 arg2;next', punctuation_chars=';')
lex.whitespace_split = True
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('first second third')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
lex = shlex.shlex('one\ntwo\nthree', posix=True)
print([(t, lex.lineno) for t in lex], lex.error_leader('file.txt', 3))
lex = shlex.shlex('a b', posix=True)
lex.push_source('inner source')
print(list(lex))
lex = shlex.shlex('w1 w2', posix=True)
lex.wordchars += '-'
print(list(shlex.shlex('a-b c.d', posix=True)), list(lex))

# ---- fnmatch
names = ['main.py', 'test_main.py', 'README.md', 'data.json', '.hidden.py', 'a', 'ab', 'abc',
         'x1', 'x2', 'xa', 'dir/sub.py', 'File.PY', '[bracket]', 'line\nbreak', '-dash', '!bang']
for pat in ['*.py', '*', '?', '??', 'a*', '*a*', 'x[0-9]', 'x[!0-9]', '[abc]*', '*.[pP][yY]',
            '[[]*', '*]', '[!.]*', 'test_*.py', '*/*', '*\n*', '[-]*', '[!!]*', '[z-a]*',
            '[a-]*', '**a**b**', 'x[]0]', '[!]']:
    print(repr(pat), fnmatch.filter(names, pat))
print(fnmatch.fnmatch('File.PY', '*.py'), fnmatch.fnmatchcase('File.PY', '*.PY'),
      fnmatch.fnmatch('abc', 'a?c'), fnmatch.fnmatch('a/c', 'a?c'))
for pat in ['*a*b', '*.py', 'a?c', '[!a-c]x', '[z-a]', '[!]', '[a-]', '[]]', '[', 'x*',
            '**a**b*c', '[a-c-e]', '[!', '[^x]', '[a&&b]', 'a.b+c(d)', '[\\x]', 'sp ace#',
            '[!z-a-c]', '[a-cx-z]', '*?*', '{a,b}~|$^']:
    print(repr(pat), repr(fnmatch.translate(pat)))
for bad in [(1, '*'), ('a', None)]:
    try:
        fnmatch.fnmatch(*bad)
    except TypeError as e:
        print(type(e).__name__)

# ---- glob
root = 'glob_tree_%d' % os.getpid()
layout = ['a.txt', 'b.txt', 'c.py', '.hidden', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt',
          'sub/deep/g.md', 'other/h.txt', '.dotdir/i.txt', 'we[ird]/j.txt', 'q?/k.txt']
made_dirs = []
for rel in layout:
    parts = rel.split('/')
    path = root
    if not os.path.isdir(path):
        os.mkdir(path)
        made_dirs.append(path)
    for part in parts[:-1]:
        path = os.path.join(path, part)
        if not os.path.isdir(path):
            os.mkdir(path)
            made_dirs.append(path)
    with open(os.path.join(root, rel), 'w') as fh:
        fh.write(rel)
try:
    def show(pattern, **kw):
        found = glob.glob(pattern, **kw)
        if not kw.get('root_dir'):
            found = [f[len(root) + 1:] if f.startswith(root + '/') else f for f in found]
        print(repr(pattern.replace(root, 'ROOT')), kw.get('recursive', False), sorted(found))

    for pat in ['*', '*.txt', '?.py', '[ab].txt', '*/*.txt', '*/*/*', '.*', '*/', 'sub/*',
                'sub/deep', 'missing/*', 'sub', 'nothing.txt', '[!a]*', 'sub/*/', '*/*.py']:
        show(os.path.join(root, pat))
    for pat in ['**', '**/*.txt', 'sub/**', '**/', '**/deep/*', '**/*.md']:
        show(os.path.join(root, pat), recursive=True)
    show(os.path.join(root, '**/*.txt'))
    show('*.txt', root_dir=root)
    show('**/*.py', root_dir=root, recursive=True)
    show('**', root_dir=root, recursive=True)
    show('sub/*', root_dir=root)
    print(sorted(f[len(root) + 1:] for f in glob.iglob(os.path.join(root, 'sub', '*'))))
    print(type(glob.iglob('*')).__name__ != 'list')
    print(glob.escape('we[ird]/q?/*.txt'), glob.escape('plain/path'))
    show(os.path.join(root, glob.escape('we[ird]'), '*'))
    show(os.path.join(root, glob.escape('q?'), '*.txt'))
    show(os.path.join(root, 'we[ird]', '*'))
    print(glob.has_magic('a*'), glob.has_magic('plain'), glob.has_magic('[x]'))
    print(glob.glob(''), glob.glob('', recursive=True))
finally:
    for dirpath in sorted(made_dirs, key=len, reverse=True):
        for name in os.listdir(dirpath):
            full = os.path.join(dirpath, name)
            if not os.path.isdir(full):
                os.remove(full)
    for dirpath in sorted(made_dirs, key=len, reverse=True):
        os.rmdir(dirpath)
print(os.path.exists(root))
