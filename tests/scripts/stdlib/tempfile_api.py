"""tempfile: names, mkstemp/mkdtemp/mktemp arguments, the file wrappers, SpooledTemporaryFile rolling
over, TemporaryDirectory cleanup (printing only what does not depend on the random names)."""
import tempfile, os, re
def e(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as ex:
        print(type(ex).__name__, ex)
d = tempfile.mkdtemp(prefix='pre_', suffix='_suf')
base = os.path.basename(d)
print(base.startswith('pre_'), base.endswith('_suf'), len(base), oct(os.stat(d).st_mode & 0o777), os.path.isabs(d))
fd, path = tempfile.mkstemp(suffix='.txt', dir=d)
print(isinstance(fd, int), path.startswith(d + os.sep), os.path.basename(path).startswith('tmp'), path.endswith('.txt'), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'abc'); os.close(fd)
print(open(path).read())
fd2, path2 = tempfile.mkstemp(dir=d, text=True, prefix=''); os.close(fd2); print(len(os.path.basename(path2)))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.gettempdir() == tempfile.gettempdirb().decode(), tempfile.template, tempfile.TMP_MAX)
n = tempfile.mktemp(dir=d); print(os.path.dirname(n) == d, os.path.exists(n), re.fullmatch(r'tmp[a-z0-9_]{8}', os.path.basename(n)) is not None)
names = tempfile._get_candidate_names(); a = next(names); print(len(a), set(a) <= set('abcdefghijklmnopqrstuvwxyz0123456789_'), a != next(names), iter(names) is names)
with tempfile.NamedTemporaryFile(dir=d, suffix='.bin') as f:
    print(os.path.exists(f.name), f.name.endswith('.bin'), f.mode if hasattr(f, 'mode') else '', f.write(b'data'), f.seek(0), f.read(), f.closed)
    name = f.name
print(os.path.exists(name), f.closed)
f = tempfile.NamedTemporaryFile('w+', dir=d, delete=False, encoding='utf-8')
f.write('text é\n'); f.flush(); f.seek(0); print(f.readline(), end=''); f.close(); print(os.path.exists(f.name), open(f.name, encoding='utf-8').read(), end='')
os.unlink(f.name)
with tempfile.TemporaryFile(dir=d) as t:
    t.write(b'xyz'); t.seek(0); print(t.read(), isinstance(t.name, int) or t.name)
print(sorted(os.listdir(d)) == sorted([os.path.basename(path), os.path.basename(path2)]))
s = tempfile.SpooledTemporaryFile(max_size=10, dir=d)
print(s._rolled, s.write(b'12345'), s._rolled, s.tell(), s.name, s.mode)
s.write(b'678901'); print(s._rolled, s.tell()); s.seek(0); print(s.read(), s.closed)
s.close(); print(s.closed)
s = tempfile.SpooledTemporaryFile(mode='w+', dir=d)
s.write('line1\nline2\n'); s.seek(0); print(s.readlines(), s._rolled); s.seek(0); print(list(s)); s.fileno(); print(s._rolled); s.close()
s = tempfile.SpooledTemporaryFile(max_size=3, dir=d); s.writelines([b'ab', b'cd']); print(s._rolled); s.close()
with tempfile.SpooledTemporaryFile() as s:
    s.write(b'q')
e(s.__enter__)
with tempfile.TemporaryDirectory(dir=d, prefix='td') as td:
    print(os.path.isdir(td), os.path.basename(td).startswith('td'))
    open(os.path.join(td, 'f'), 'w').close(); os.mkdir(os.path.join(td, 'sub'))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=d); print(repr(t).startswith('<TemporaryDirectory '), repr(t).endswith("'>")); t.cleanup(); t.cleanup(); print(os.path.exists(t.name))
for f in (tempfile.mkstemp, tempfile.mkdtemp):
    try:
        f(dir='/nonexistent_dir_q')
    except FileNotFoundError as ex:
        print(ex.errno, ex.strerror, ex.filename.startswith('/nonexistent_dir_q/tmp'))
e(tempfile.mkstemp, prefix=b'x', suffix='y'); e(tempfile.mkdtemp, dir=b'/tmp', prefix='z')
fdb, pb = tempfile.mkstemp(prefix=b'b_', dir=d.encode()); os.close(fdb); print(type(pb).__name__, pb.rsplit(b'/', 1)[1].startswith(b'b_')); os.unlink(pb)
db = tempfile.mkdtemp(dir=d.encode()); print(type(db).__name__); os.rmdir(db)
import shutil; shutil.rmtree(d); print(os.path.exists(d))
print(sorted(tempfile.__all__))
