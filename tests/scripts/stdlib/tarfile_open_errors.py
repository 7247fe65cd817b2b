# The errors of tarfile's openers (TarFile.gzopen/bz2open/xzopen/taropen and tarfile.open) for
# names, modes and file objects they cannot use, and for contents that are not what the mode
# says: the same exception types and messages as CPython's (issue 18: gzopen(fd) and bz2open's
# errors differed).
import bz2
import gzip
import io
import lzma
import os
import tarfile
import tempfile

os.chdir(tempfile.mkdtemp())
with tarfile.open("plain.tar", "w") as t:
    info = tarfile.TarInfo("hello.txt")
    info.size = 5
    t.addfile(info, io.BytesIO(b"hello"))
with open("plain.tar", "rb") as f:
    PLAIN = f.read()
CONTENTS = {
    "empty": b"",
    "garbage": b"not an archive at all" * 40,
    "plain": PLAIN,
    "gz": gzip.compress(PLAIN),
    "bz2": bz2.compress(PLAIN),
    "xz": lzma.compress(PLAIN),
}
for label, data in CONTENTS.items():
    with open(label + ".bin", "wb") as f:
        f.write(data)


def show(label, f):
    try:
        r = f()
        if isinstance(r, tarfile.TarFile):
            names = r.getnames()
            r.close()
            print(label, "->", "TarFile", names)
        else:
            print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace("\n", " | "))


def fresh_fd():
    return os.open("gz.bin", os.O_RDONLY)


for opener in ("gzopen", "bz2open", "xzopen", "taropen"):
    m = getattr(tarfile.TarFile, opener)
    show(f"{opener}(fd)", lambda: m(fresh_fd()))
    show(f"{opener}(3.5)", lambda: m(3.5))
    show(f"{opener}(None)", lambda: m(None))
    for mode in ("q", "rw", "", "r+", "a"):
        show(f"{opener}(name, {mode!r})", lambda: m("gz.bin", mode))
    show(f"{opener}(name, 5)", lambda: m("gz.bin", 5))
    show(f"{opener}(fileobj=b'')", lambda: m("y.tar", "r", fileobj=b""))
    show(f"{opener}(fileobj=1)", lambda: m("y.tar", "r", fileobj=1))
    show(f"{opener}(missing)", lambda: m("missing.tar", "r"))
    for label in CONTENTS:
        show(f"{opener}({label})", lambda: m(label + ".bin"))
        show(f"{opener}(fileobj={label})", lambda: m(None, "r", fileobj=io.BytesIO(CONTENTS[label])))

for mode in ("r", "r:*", "r:", "r:gz", "r:bz2", "r:xz", "r|", "r|gz", "r|bz2", "r|xz", "r|*", "r|q"):
    for label in CONTENTS:
        show(f"open({label}, {mode!r})", lambda: tarfile.open(label + ".bin", mode))
    show(f"open(missing, {mode!r})", lambda: tarfile.open("missing.tar", mode))
for mode in ("r:q", "q", "a:gz", "w:q", "x:gz", "w|q", "x:gz", "a|gz"):
    show(f"open(new, {mode!r})", lambda: tarfile.open("new.tar", mode))
show("open(fd)", lambda: tarfile.open(fresh_fd()))
show("open(fileobj=fd)", lambda: tarfile.open(fileobj=fresh_fd()))
show("open()", lambda: tarfile.open())
