import ntpath, random, os
os.environ['FOO']='foo'; os.environ['BAR_1']='b a r'
os.environ.pop('USERPROFILE', None); os.environ['HOMEPATH']='\\Users\\me'; os.environ['HOMEDRIVE']='C:'; os.environ['USERNAME']='me'
rnd = random.Random(5)
atoms = ['a', 'B', '\\', '/', ':', 'c:', 'C:', '.', '..', '\\\\', '//', '?', 'UNC', 'srv', 'share', '$FOO', '%FOO%', '${BAR_1}', "'", '%', '$', '~', 'x.txt', '.ext', 'é', '$$', '%%', '{', '}']
def gen():
    return ''.join(rnd.choice(atoms) for _ in range(rnd.randint(0, 7)))
def show(f, *a):
    try:
        r = f(*a)
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    print(f.__name__, repr(a), repr(r))
fs1 = [ntpath.normcase, ntpath.isabs, ntpath.splitdrive, ntpath.split, ntpath.splitext, ntpath.basename, ntpath.dirname, ntpath.expanduser, ntpath.expandvars, ntpath.normpath, ntpath.ismount]
for i in range(300):
    p = gen()
    for f in fs1:
        show(f, p)
        show(f, p.encode('utf-8'))
    q = gen()
    show(ntpath.join, p, q)
    show(ntpath.join, p, q, gen())
    show(ntpath.join, p.encode(), q.encode())
    show(ntpath.commonpath, [p, q])
    show(ntpath.commonpath, [p.encode(), q.encode(), gen().encode()])
    show(ntpath.commonprefix, [p, q])
    show(ntpath.relpath, 'c:' + p, 'c:' + q)
show(ntpath.join, 'a', b'b'); show(ntpath.join, 'a', 3); show(ntpath.join, 3); show(ntpath.join, b'a', 'b')
show(ntpath.commonpath, []); show(ntpath.commonpath, ['a', b'b']); show(ntpath.relpath, ''); show(ntpath.relpath, 'a', b'b')
show(ntpath.splitdrive, 3); show(ntpath.abspath, 'c:\\x\\..\\y'); show(ntpath.realpath, 'c:/a/b/')
print(ntpath.abspath('rel').startswith('\\'), ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.defpath, ntpath.devnull)
print(ntpath.exists('/tmp'), ntpath.isdir('/tmp'), ntpath.isfile('/tmp'), ntpath.lexists('/nonexist'), ntpath.islink('/tmp'))
import pathlib
show(ntpath.join, pathlib.PurePosixPath('a/b'), 'c')
