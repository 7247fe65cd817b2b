# os.path on bytes: every string function takes bytes and gives bytes back (any bytes, not only
# UTF-8), mixing str and bytes is refused as CPython refuses it; os.fsencode/fsdecode; os.environ
# assignments reach expandvars/expanduser.
import os
os.environ['HOME'] = '/home/tester'
cases = [b'/a/b/c.txt', b'a/b/', b'', b'/', b'//x', b'./a/../b', b'~/x', b'~', b'$HOME/q', b'a\xff/b\xfe.tar.gz', b'.bashrc', b'/tmp/../etc']
for c in cases:
    print(c, os.path.basename(c), os.path.dirname(c), os.path.split(c), os.path.splitext(c), os.path.normpath(c),
          os.path.isabs(c), os.path.splitdrive(c), os.path.normcase(c), os.path.expandvars(c), os.path.expanduser(c)[:1])
print(os.path.join(b'a', b'b', b'/c', b'd'), os.path.join(b'', b'x'), os.path.abspath(b'x').endswith(b'/x'))
for args in [(b'a', 'b'), ('a', b'b'), (b'a', b'b', 'c'), ('a', 1), (1, 'a'), (b'a', None)]:
    try: print(os.path.join(*args))
    except TypeError as e: print(args, e)
print(os.path.relpath(b'/a/b/c', b'/a/d'), os.path.commonpath([b'/a/b', b'/a/c']), os.path.commonprefix([b'/ab', b'/ac']))
for f, args in [(os.path.relpath, (b'/a', '/b')), (os.path.commonpath, ([b'/a', '/b'],)), (os.path.relpath, ('/a', b'/b'))]:
    try: print(f(*args))
    except (TypeError, ValueError) as e: print(f.__name__, type(e).__name__, e)
print(os.path.exists(b'/tmp'), os.path.isdir(b'/tmp'), os.path.isfile(b'/tmp'), os.path.realpath(b'/tmp/../tmp'))
print(os.fsencode(b'x'), os.fsdecode('y'))
os.environ['GILPY_T'] = 'v1'
print(os.path.expandvars('$GILPY_T'), os.getenv('GILPY_T'), os.environ.pop('GILPY_T'), 'GILPY_T' in os.environ)
os.environ['GILPY_DIR'] = '/data/x'
print(os.path.expandvars(b'$GILPY_DIR/in/${GILPY_DIR}'), os.path.expanduser(b'~/bin'), os.path.expanduser('~/bin'))
print(os.path.join(b'/\xff', b'\xfe'), os.path.splitext(b'/x.y/z'), os.path.splitext(b'.a.b'), os.path.basename(b'/x/y/'))
print(os.path.normpath(b'/a//b/./c/../d/'), os.path.normpath(b'a/../..'), os.path.normpath(b'//a'), os.path.normpath(b'///a'))
print(os.path.commonpath([b'/usr/lib', b'/usr/local/lib']), os.path.relpath(b'/usr/lib', b'/usr/local'))
class P:
    def __fspath__(self):
        return b'/p/q.txt'
print(os.path.basename(P()), os.path.splitext(P()), os.path.join(P(), b'r'), os.fsencode(P()), os.fsdecode(P()))
try:
    os.path.join(P(), 'r')
except TypeError as e:
    print(e)
