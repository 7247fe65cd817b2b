# os.listdir/scandir on bytes paths give bytes names; os.fwalk gives walk's triples plus a
# directory descriptor.
import os, tempfile, shutil
d = tempfile.mkdtemp()
open(os.path.join(d, "f"), "w").close()
os.mkdir(os.path.join(d, "s"))
open(os.path.join(d, "s", "g"), "w").close()
print(sorted(os.listdir(d.encode())), sorted(os.listdir(d)))
with os.scandir(d.encode()) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path == os.path.join(d.encode(), e.name), e.is_dir(), e.is_file(), repr(e)) for e in entries])
print(sorted((r == d, sorted(ds), sorted(fs), type(fd).__name__) for r, ds, fs, fd in os.fwalk(d)))
print(sorted((os.path.relpath(r, d), sorted(fs)) for r, ds, fs, fd in os.fwalk(d, topdown=False)))
for root, dirs, files, fd in os.fwalk(d):
    print(sorted(os.listdir(fd)) if False else len(files) >= 1, os.fstat(fd).st_mode & 0o170000 == 0o040000)
    dirs.clear()
print(sorted(os.path.basename(r) for r, ds, fs in os.walk(d.encode())) == sorted(os.path.basename(r) for r, ds, fs in os.walk(d.encode())))
shutil.rmtree(d)
