# zipfile.Path / CompleteDirs: walking and reading an in-memory archive as paths.
import io, zipfile
data = io.BytesIO()
zf = zipfile.ZipFile(data, 'w')
zf.writestr('a.txt', 'content of a')
zf.writestr('b/c.txt', 'content of c')
zf.writestr('b/d/e.txt', 'content of e')
zf.writestr('g.tar.gz', b'\x00\x01')
zf.filename = 'mem/abcde.zip'
root = zipfile.Path(zf)
print(repr(root), str(root), root.name, root.suffix, root.stem, root.is_dir(), root.exists())
print(sorted(str(p) for p in root.iterdir()))
b = root / 'b'
print(repr(b), b.is_dir(), b.is_file(), b.exists(), b.name)
print(sorted(repr(p) for p in b.iterdir()))
c = b / 'c.txt'
print(repr(c), c.read_text(), c.read_bytes(), c.is_file(), c.name, c.suffix, c.stem, c.suffixes)
print(repr(c.parent), repr(b.parent), repr(root.parent), str(c.filename))
e = root.joinpath('b', 'd', 'e.txt')
print(repr(e), e.read_text(encoding='utf-8'))
with e.open() as f:
    print(type(f).__name__, f.read())
with e.open('rb') as f:
    print(f.read())
g = root / 'g.tar.gz'
print(g.suffix, g.suffixes, g.stem)
missing = root / 'nope.txt'
print(missing.exists(), missing.is_file(), missing.is_dir())
for bad in (lambda: missing.read_text(), lambda: b.open(), lambda: c.iterdir(), lambda: c.open('rb', encoding='x')):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(type(zf).__name__, isinstance(zf, zipfile.CompleteDirs), sorted(zf.namelist()))
print(zipfile.CompleteDirs.__module__, zipfile.Path.__module__)
print(list(zipfile.CompleteDirs._implied_dirs(['x/y/z.txt', 'x/', 'q.txt'])))
zf.close()
