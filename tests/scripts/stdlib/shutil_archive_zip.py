# shutil.make_archive/unpack_archive in the ZIP format (gilpy has no tarfile yet), formats registry, errors.
import shutil, os, tempfile, zipfile, logging, sys
tmp = tempfile.mkdtemp(); os.chdir(tmp)
os.makedirs("data/sub/deeper")
for n in ("data/a.txt", "data/sub/b.txt", "data/sub/deeper/c.txt"):
    with open(n, "w") as f: f.write(n * 10)
print(("zip", "ZIP file") in shutil.get_archive_formats(), [f for f in shutil.get_unpack_formats() if f[0] == "zip"])
z = shutil.make_archive("backup", "zip", root_dir="data")
print(os.path.relpath(z, tmp))
with zipfile.ZipFile(z) as zf:
    print(sorted(zf.namelist()), zf.testzip(), sorted(i.file_size for i in zf.infolist()))
z2 = shutil.make_archive(os.path.join("out", "nested"), "zip", root_dir=".", base_dir="data")
with zipfile.ZipFile(z2) as zf:
    print(os.path.relpath(z2, tmp), sorted(zf.namelist()))
cwd_before = os.getcwd(); os.chdir("data")
z3 = shutil.make_archive("../plain", "zip"); os.chdir(cwd_before)
with zipfile.ZipFile(os.path.join("data", z3)) as zf:
    print(z3, sorted(zf.namelist()))
shutil.unpack_archive(z, "restored")
print(sorted(os.path.relpath(os.path.join(r, f), "restored") for r, d, fs in os.walk("restored") for f in fs))
shutil.unpack_archive(z2, "restored2", "zip")
print(sorted(os.path.relpath(os.path.join(r, f), "restored2") for r, d, fs in os.walk("restored2") for f in fs))
for bad in (lambda: shutil.make_archive("x", "rar"), lambda: shutil.unpack_archive("file.unknown"), lambda: shutil.unpack_archive(z, "r3", "nope")):
    try:
        bad()
    except (ValueError, shutil.ReadError) as e:
        print(type(e).__name__, e)
with open("fake.zip", "w") as f: f.write("not a zip")
try:
    shutil.unpack_archive("fake.zip", "r4")
except shutil.ReadError as e:
    print("ReadError", e)
def myfmt(base_name, base_dir, **kw):
    print("myfmt", os.path.basename(base_name), base_dir, sorted(kw)); return base_name + ".my"
shutil.register_archive_format("myfmt", myfmt, description="mine")
print(os.path.basename(shutil.make_archive("m", "myfmt", root_dir="data")), os.getcwd() == cwd_before)
shutil.unregister_archive_format("myfmt")
logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(message)s")
print(os.path.relpath(shutil.make_archive("dry", "zip", root_dir="data", dry_run=1, logger=logging.getLogger()), tmp), os.path.exists("dry.zip"))
os.chdir("/"); shutil.rmtree(tmp)
