# tarfile: writing archives (plain and gzip, ustar/gnu/pax formats, long and non-ASCII names),
# reading them back (members, names, TarInfo fields, extractfile), list() output, appending,
# extraction with and without filters, streams, and the errors.
import io
import os
import shutil
import tarfile
import tempfile

work = tempfile.mkdtemp()
src = os.path.join(work, "src")
os.makedirs(os.path.join(src, "sub", "deeper"))
with open(os.path.join(src, "a.txt"), "w") as f:
    f.write("hello\n")
with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
    f.write(bytes(range(256)) * 3)
with open(os.path.join(src, "sub", "deeper", "c.txt"), "w") as f:
    f.write("deep\n")
for root, dirs, names in os.walk(src):
    for name in dirs + names:
        os.utime(os.path.join(root, name), (86400 * 365, 86400 * 365))
os.utime(src, (86400 * 365, 86400 * 365))
os.chmod(os.path.join(src, "a.txt"), 0o640)


def describe(t):
    for m in t.getmembers():
        kind = "dir" if m.isdir() else "sym" if m.issym() else "lnk" if m.islnk() else "file" if m.isfile() else "other"
        print("  ", m.name, kind, m.size, oct(m.mode), m.mtime, m.linkname or "-", m.uid, m.gid, m.uname, m.gname, m.type)


def owners_as_fixed(info):
    info.uid = info.gid = 1000
    info.uname = info.gname = "user"
    return info


for mode, suffix in (("w", ".tar"), ("w:gz", ".tar.gz"), ("w:", ".plain.tar")):
    path = os.path.join(work, "out" + suffix)
    with tarfile.open(path, mode) as t:
        t.add(src, arcname="src", filter=owners_as_fixed)
        link = tarfile.TarInfo("src/link")
        link.type = tarfile.SYMTYPE
        link.linkname = "a.txt"
        link.mtime = 86400 * 365
        t.addfile(link)
        info = tarfile.TarInfo("mem/x.bin")
        info.size = 3
        info.mtime = 86400
        t.addfile(info, io.BytesIO(b"abcdef"))
        info = tarfile.TarInfo("empty-dir")
        info.type = tarfile.DIRTYPE
        info.mode = 0o755
        t.addfile(info)
    print(mode, os.path.getsize(path) % 512, tarfile.is_tarfile(path))
    with tarfile.open(path) as t:
        print(t.getnames())
        describe(t)
        t.list()
        t.list(verbose=False)
        print(t.extractfile("src/a.txt").read(), t.extractfile("src/link").read(), t.extractfile("src/sub"))
        f = t.extractfile("src/sub/b.bin")
        print(len(f.read()), os.path.basename(f.name))
        member = t.getmember("mem/x.bin")
        print(repr(member).startswith("<TarInfo 'mem/x.bin' at 0x"), t.extractfile(member).read())
        try:
            t.getmember("nothing")
        except KeyError as e:
            print("KeyError", e)

print(tarfile.is_tarfile(os.path.join(src, "a.txt")))

# Long and non-ASCII names in each format.
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    names = ["d" * 60 + "/" + "n" * 60, "ü-name.txt", "x" * 130]
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as t:
        for name in names:
            info = tarfile.TarInfo(name)
            info.size = len(name)
            try:
                t.addfile(info, io.BytesIO(name.encode()))
            except ValueError as e:
                print(fmt, "ValueError", e)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        print(fmt, len(buf.getvalue()), [(m.name[:8], len(m.name), m.size) for m in t], t.getmembers()[0].pax_headers)

info = tarfile.TarInfo("big")
info.size = 8 ** 11 + 1
print(len(info.tobuf(tarfile.PAX_FORMAT)), len(info.tobuf(tarfile.GNU_FORMAT)))
try:
    info.tobuf(tarfile.USTAR_FORMAT)
except ValueError as e:
    print("ValueError", e)
block = tarfile.TarInfo("x").tobuf()
print(len(block), block[:8], block[100:108], block[148:156], block[257:265])
info = tarfile.TarInfo.frombuf(block, "utf-8", "strict")
print(info.name, info.size, oct(info.mode), info.type, info.chksum)
for bad in (b"", b"x" * 100, b"\0" * 512, b"y" * 512):
    try:
        tarfile.TarInfo.frombuf(bad, "utf-8", "strict")
    except tarfile.HeaderError as e:
        print(type(e).__name__, e)

# Appending.
path = os.path.join(work, "out.tar")
with tarfile.open(path, "a") as t:
    info = tarfile.TarInfo("appended.txt")
    info.size = 5
    t.addfile(info, io.BytesIO(b"added"))
with tarfile.open(path) as t:
    print(t.getnames()[-2:], t.extractfile("appended.txt").read())

# Extraction.
dest = os.path.join(work, "dest")
with tarfile.open(os.path.join(work, "out.tar.gz")) as t:
    t.extractall(dest)
for root, dirs, names in sorted(os.walk(dest)):
    for name in sorted(dirs + names):
        full = os.path.join(root, name)
        st = os.lstat(full)
        rel = os.path.relpath(full, dest)
        # Directories made on the way (mem) and symlinks keep the time of extraction.
        stamp = "now" if rel == "mem" or os.path.islink(full) else int(st.st_mtime)
        print("  ", rel, oct(st.st_mode & 0o777), stamp, os.path.islink(full))
print(open(os.path.join(dest, "src", "link")).read())
with tarfile.open(os.path.join(work, "out.tar")) as t:
    t.extract("src/sub/deeper/c.txt", os.path.join(work, "one"))
    t.extract(t.getmember("src/a.txt"), os.path.join(work, "one"), filter="data")
print(sorted(os.listdir(os.path.join(work, "one", "src"))))

# Filters refuse members that escape.
evil = io.BytesIO()
with tarfile.open(fileobj=evil, mode="w") as t:
    for name, kind, link in (("../escape.txt", tarfile.REGTYPE, ""), ("/abs.txt", tarfile.REGTYPE, ""),
                             ("badlink", tarfile.SYMTYPE, "/etc/passwd"), ("dev", tarfile.CHRTYPE, "")):
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = link
        t.addfile(info, io.BytesIO(b""))
for flt in ("data", "tar"):
    evil.seek(0)
    with tarfile.open(fileobj=evil) as t:
        for member in t.getmembers():
            try:
                t.extract(member, os.path.join(work, "evil"), filter=flt)
                print(flt, member.name, "extracted")
            except tarfile.FilterError as e:
                print(flt, type(e).__name__, str(e).replace(work, "WORK"))
try:
    tarfile.open(fileobj=evil).extractall(os.path.join(work, "evil2"), filter="bogus")
except ValueError as e:
    print("ValueError", e)

# Streams.
stream = io.BytesIO()
with tarfile.open(fileobj=stream, mode="w|gz") as t:
    info = tarfile.TarInfo("streamed.txt")
    info.size = 6
    t.addfile(info, io.BytesIO(b"stream"))
stream.seek(0)
with tarfile.open(fileobj=stream, mode="r|gz") as t:
    for member in t:
        print(member.name, t.extractfile(member).read())

# Errors.
for kwargs in ({"fileobj": io.BytesIO(b"x" * 600), "mode": "r:"}, {"fileobj": io.BytesIO(b"x" * 600), "mode": "r:gz"},
               {"name": "x", "mode": "q"}, {"fileobj": io.BytesIO(), "mode": "r:zip"}, {"name": os.path.join(work, "missing.tar")},
               {}):
    try:
        tarfile.open(**kwargs)
    except (tarfile.TarError, ValueError, OSError) as e:
        print(type(e).__name__, str(e).replace(work, "WORK"))
t = tarfile.open(os.path.join(work, "out.tar"))
t.close()
try:
    t.getmembers()
except OSError as e:
    print("OSError", e)
with tarfile.open(os.path.join(work, "w.tar"), "w") as t:
    try:
        t.extractfile("x")
    except OSError as e:
        print("OSError", e)
print(tarfile.TarInfo("d").isfile(), tarfile.DEFAULT_FORMAT == tarfile.PAX_FORMAT, tarfile.ENCODING)
shutil.rmtree(work)
