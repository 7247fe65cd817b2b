import zipfile, io, os, tempfile, shutil, time
b = io.BytesIO()
with zipfile.ZipFile(b, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2021, 5, 6, 7, 8, 10)), "hello hello hello", compress_type=zipfile.ZIP_DEFLATED)
    z.writestr(zipfile.ZipInfo("d/b.bin", (2020, 1, 2, 3, 4, 6)), b"\x00\x01")
    z.writestr(zipfile.ZipInfo("s.txt", (2022, 12, 31, 23, 59, 58)), "stored " * 20)
    z.writestr(zipfile.ZipInfo("caf\u00e9.txt", (2022, 1, 1, 0, 0, 0)), "unicode name")
    print(z.infolist())
data = b.getvalue(); print(data)
z = zipfile.ZipFile(io.BytesIO(data))
print(z.namelist(), [repr(i) for i in z.infolist()], z.read("a.txt"), z.getinfo("s.txt").date_time, z.testzip())
info = z.getinfo("a.txt"); print(info.filename, info.file_size, info.compress_size, info.CRC, info.compress_type, info.is_dir(), info.date_time, info.create_system, info.external_attr)
try:
    z.read("nope")
except KeyError as e:
    print(e)
try:
    zipfile.ZipFile(io.BytesIO(b"junk"))
except zipfile.BadZipFile as e:
    print(e)
z.printdir()
with z.open("s.txt") as f:
    print(f.read(6), f.readline()[:10], f.read())
with z.open("a.txt") as f:
    print(io.TextIOWrapper(f, encoding="utf-8").read())
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"nope")))
tmp = tempfile.mkdtemp(); os.chdir(tmp)
os.makedirs("proj/sub")
for name, text in (("proj/readme.md", "# readme\n"), ("proj/sub/code.py", "print(1)\n" * 50)):
    with open(name, "w") as f: f.write(text)
    os.utime(name, (1600000000, 1600000000))
with zipfile.ZipFile("out.zip", "w", zipfile.ZIP_DEFLATED) as zf:
    for root, dirs, files in sorted(os.walk("proj")):
        for fn in sorted(files):
            zf.write(os.path.join(root, fn))
    zf.write("proj/readme.md", arcname="renamed.md", compress_type=zipfile.ZIP_STORED)
    print(repr(zf))
print(os.path.getsize("out.zip"))
with zipfile.ZipFile("out.zip") as zf:
    print(repr(zf), zf.namelist(), [i.file_size for i in zf.infolist()], [i.compress_size for i in zf.infolist()])
    print(zf.extract("proj/readme.md", "x1"))
    zf.extractall("x2")
    print(sorted(os.path.relpath(os.path.join(r, f), "x2") for r, d, fs in os.walk("x2") for f in fs))
with zipfile.ZipFile("out.zip", "a") as zf:
    zf.writestr(zipfile.ZipInfo("added.txt", (2000, 1, 1, 0, 0, 0)), "appended")
    with zf.open(zipfile.ZipInfo("via_open.txt", (2001, 2, 3, 4, 5, 6)), "w") as w:
        w.write(b"written through open")
with zipfile.ZipFile("out.zip") as zf:
    print(zf.namelist(), zf.read("added.txt"), zf.read("via_open.txt"))
print(repr(zf))
with open("out.zip", "rb") as f:
    print(f.read()[-60:])
for bad in (lambda: zipfile.ZipFile("out.zip", "q"), lambda: zipfile.ZipInfo("x", (1970, 1, 1, 0, 0, 0)), lambda: zipfile.ZipFile("out.zip").writestr("x", "y"), lambda: zipfile.ZipFile("missing.zip")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
zc = zipfile.ZipFile(io.BytesIO(), "w"); zc.comment = b"my comment"; zc.writestr("x", "y"); zc.close()
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZipInfo("dir/"), zipfile.ZipInfo("f"))
os.chdir("/"); shutil.rmtree(tmp)
