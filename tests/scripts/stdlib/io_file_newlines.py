"""Text files from open(): universal newlines and the `newlines` attribute for every newline=,
'\\n' translation on write, tell()/seek() round trips, truncate, and the binary classes' extras
(peek, read1, readinto, readinto1)."""
import os
import tempfile
DIR = tempfile.mkdtemp(prefix='gilpy_nl_')
P = os.path.join(DIR, 'f.txt')
H = os.path.join(DIR, 'h.txt')


def t(name, fn):
    try:
        print(name, fn())
    except Exception as e:
        print(name, 'ERR', type(e).__name__, e)


with open(P, 'w') as f:
    f.write('a\r\nb\rc\nd')


def lines(n):
    with open(P, newline=n) as f:
        before = f.newlines
        return before, f.readlines(), f.newlines


for n in [None, '', '\n', '\r', '\r\n']:
    t(repr(n), lambda: lines(n))


def partial():
    with open(P) as f:
        a = f.read(2)
        n1 = f.newlines
        f.seek(0)
        n2 = f.newlines
        f.read()
        return a, n1, n2, f.newlines


t('partial', partial)
for content in ['only\nlf\n', 'only\rcr\r', 'only\r\ncrlf\r\n', 'mixed\n\r\n', '\r', '']:
    with open(H, 'w', newline='') as f:
        f.write(content)
    with open(H) as f:
        t(repr(content), lambda: (f.read(), f.newlines))
# A \r\n split across the read-ahead boundary is one ending.
with open(H, 'w', newline='') as f:
    f.write('x' * 8191 + '\r\n' + 'y\n')
with open(H) as f:
    t('boundary', lambda: (len(f.readline()), f.readline(), f.newlines))


def seek_round_trip():
    with open(P) as f:
        seen = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            seen.append((pos, line))
        back = []
        for pos, line in reversed(seen):
            f.seek(pos)
            back.append(f.readline() == line)
        return [l for _, l in seen], back


t('seek round trip', seek_round_trip)
for n in [None, '', '\n', '\r', '\r\n']:
    def write(n=n):
        with open(H, 'w', newline=n) as f:
            f.write('x\ny\rz\r\n')
        with open(H, 'rb') as f:
            return f.read()
    t('write ' + repr(n), write)


def trunc():
    with open(H, 'w') as f:
        f.write('hello world')
    with open(H, 'r+') as f:
        a = f.truncate(2)
        b = f.tell()
    with open(H, 'rb') as f:
        return a, b, f.read()


t('truncate', trunc)


def binary_extras():
    with open(P, 'rb') as f:
        b = bytearray(3)
        return f.peek(2)[:2], f.read1(2), f.readinto(b), bytes(b), f.readinto1(b), bytes(b), f.read1(), f.read1(), f.tell()


t('binary', binary_extras)
for mode in ['rb', 'wb', 'ab', 'r+b', 'rb+', 'w+b']:
    with open(H, mode) as g:
        print(mode, type(g).__name__, type(g.raw).__name__, g.mode, g.raw.mode)
with open(P, 'rb', buffering=0) as g:
    print(type(g).__name__, g.mode)
with open(P, encoding='locale') as g:
    print(g.encoding)
for name in os.listdir(DIR):
    os.remove(os.path.join(DIR, name))
os.rmdir(DIR)
