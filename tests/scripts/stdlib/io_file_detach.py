"""detach() and reconfigure() of open()'s files: what the layer below is, what a detached file
still answers, the rules and messages of reconfigure(), write_through, and the errors of a
closed file."""
import io
import os
import tempfile
DIR = tempfile.mkdtemp(prefix='gilpy_detach_')
P = os.path.join(DIR, 'f.txt')
W = os.path.join(DIR, 'w.bin')


def t(name, fn):
    try:
        print(name, fn())
    except Exception as e:
        print(name, 'ERR', type(e).__name__, e)


with open(P, 'w') as f:
    f.write('a\r\nb\rc\nd')

f = open(P)
d = f.detach()
print(type(d).__name__, d.read())
d.close()
for meth in ['read', 'close', 'flush', 'tell', 'fileno', 'readable', 'detach', '__iter__', 'readline']:
    t(meth, lambda: getattr(f, meth)())
for attr in ['name', 'encoding', 'errors', 'newlines', 'line_buffering', 'mode', 'buffer', 'closed']:
    t(attr, lambda: getattr(f, attr))
t('repr', lambda: repr(f))

w = open(os.path.join(DIR, 'w.txt'), 'w')
w.write('abc')
d = w.detach()
print(type(d).__name__, d.tell())
d.close()

w = open(W, 'wb')
w.write(b'abc')
r = w.detach()
print(type(r).__name__, r.tell(), r.mode)
t('write', lambda: w.write(b'x'))
t('closed', lambda: w.closed)
t('repr', lambda: repr(w))
t('detach again', lambda: w.detach())
t('raw', lambda: w.raw)
r.close()
with open(W, 'rb') as g:
    print(g.read())
f = open(P, 'rb', buffering=0)
t('fileio detach', lambda: f.detach())
f.close()
for mode in ['r', 'rb', 'wb']:
    g = open(P if 'r' in mode else W, mode)
    g.close()
    t('closed detach ' + mode, lambda: g.detach())


def reconf():
    f = open(P)
    f.reconfigure(encoding='latin-1', errors='replace', newline='', line_buffering=True, write_through=True)
    r = (f.encoding, f.errors, f.line_buffering, f.write_through, f.read())
    f.close()
    return r


t('reconfigure', reconf)


def after_read(**kw):
    f = open(P)
    f.read(1)
    try:
        f.reconfigure(**kw)
        return 'ok', f.encoding, f.errors, f.line_buffering
    finally:
        f.close()


for kw in [dict(encoding='ascii'), dict(errors='replace'), dict(newline=None), dict(line_buffering=True), dict(write_through=True)]:
    t('after read ' + str(kw), lambda: after_read(**kw))


def after_full_read():
    with open(P) as f:
        f.read()
        f.reconfigure(encoding='latin-1')
        return f.encoding, f.errors


t('after full read', after_full_read)


def steps():
    with open(P) as f:
        out = []
        f.reconfigure(errors='replace')
        out.append((f.encoding, f.errors))
        f.reconfigure(encoding='ascii')
        out.append((f.encoding, f.errors))
        f.reconfigure(encoding='locale')
        out.append((f.encoding, f.errors))
        return out


t('steps', steps)
for kw in [dict(encoding='nope'), dict(encoding=3), dict(errors=3), dict(newline=3), dict(newline='x'), dict(line_buffering='x'), dict(foo=1)]:
    def bad(kw=kw):
        with open(P) as f:
            f.reconfigure(**kw)
    t('bad ' + str(kw), bad)
t('positional', lambda: open(P).reconfigure('ascii'))


def closed_reconf():
    f = open(P)
    f.close()
    f.reconfigure(newline=None)


t('closed reconfigure', closed_reconf)


def write_reconf():
    path = os.path.join(DIR, 'enc.txt')
    with open(path, 'w') as f:
        f.write('é')
        f.reconfigure(encoding='latin-1')
        f.write('é')
        f.reconfigure(encoding='ascii', errors='xmlcharrefreplace')
        f.write('é\n')
    with open(path, 'rb') as f:
        return f.read()


t('write reconfigure', write_reconf)
t('write_through', lambda: open(P).write_through)

f = open(P)
f.close()
for meth in ['read', 'readline', 'readlines', 'tell', 'fileno', 'isatty', 'readable', 'writable', 'seekable',
             'flush', '__iter__', '__next__', '__enter__', 'truncate']:
    t('closed ' + meth, lambda: getattr(f, meth)())
t('closed write', lambda: f.write('x'))
t('closed seek', lambda: f.seek(0))
t('closed writelines', lambda: f.writelines(['x']))
print(isinstance(open(P), io.TextIOWrapper), isinstance(open(P, 'rb'), io.BufferedReader))
for name in os.listdir(DIR):
    os.remove(os.path.join(DIR, name))
os.rmdir(DIR)
