# The file objects of bz2, lzma and gzip (one shared base in _compression): modes, reads,
# writes, seeks back, iteration, closed-file and wrong-mode errors, open()'s text arguments.
import bz2
import gzip
import io
import lzma
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
d = tmp
for mod, cls in ((bz2, bz2.BZ2File), (lzma, lzma.LZMAFile)):
    p = os.path.join(d, "f." + mod.__name__)
    with mod.open(p, "wt", encoding="utf-8") as f:
        print(f.write("line one\nline two\nthree\n"))
    with mod.open(p, "rt", encoding="utf-8") as f:
        print(f.readlines())
    f = cls(p)
    print(f.readable(), f.writable(), f.seekable(), f.peek()[:4], f.read(3), f.read1(2), f.tell())
    print(f.readline(), f.readlines(), f.seek(2), f.read(), f.seek(0, 2), f.tell())
    if mod is bz2:
        for bad in ("x", 1.5):
            try:
                f.readline(bad)
            except TypeError as e:
                print("TypeError", e)
    f.close(); f.close(); print(f.closed)
    for call in (f.read, f.fileno, f.tell, f.readable, lambda: f.write(b"x")):
        try:
            call()
        except ValueError as e:
            print("ValueError", e)
    w = cls(io.BytesIO(), "w")
    print(w.write(b"abc"), w.write(memoryview(b"defg")), w.tell(), w.writable(), w.seekable())
    for call in (w.read, lambda: w.seek(0), w.peek, lambda: iter(w)):
        try:
            call()
        except io.UnsupportedOperation as e:
            print("Unsupported", e)
    w.writelines([b"a", b"b"]); print(w.tell()); w.close()
    r = cls(io.BytesIO(mod.compress(b"x\ny\n")))
    print(list(r), r.closed)
    with cls(io.BytesIO(mod.compress(b"q")), "rb") as r2:
        print(r2.read())
    try:
        r2.read()
    except ValueError as e:
        print(e)
    try:
        with r2:
            pass
    except ValueError as e:
        print("with on a closed file:", e)
    for args in ((p, "q"), (3, "r"), (p, "rb", "enc")):
        try:
            if len(args) == 3:
                mod.open(args[0], args[1], encoding=args[2])
            else:
                cls(*args)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        mod.open(p, "rtb")
    except ValueError as e:
        print(e)
    for kw in ("errors", "newline"):
        try:
            mod.open(p, "rb", **{kw: "x"})
        except ValueError as e:
            print(e)
p = os.path.join(d, "g.gz")
with gzip.open(p, "wt") as f:
    f.write("hi\n")
with gzip.open(p, "rt") as f:
    print(f.read())
try:
    gzip.open(p, "rb", errors="strict")
except ValueError as e:
    print(e)
try:
    gzip.open(p, "rbt")
except ValueError as e:
    print(e)

# A decompressor never gives more than max_length bytes, and seeking back in a file rereads it.
data = lzma.compress(b"line one\nline two\n")
d = lzma.LZMADecompressor()
print(d.decompress(data, 5), d.needs_input, d.eof)
print(d.decompress(b"", 5), d.needs_input, d.eof)
print(d.decompress(b"", -1), d.needs_input, d.eof)
d = bz2.BZ2Decompressor()
print(d.decompress(bz2.compress(b"abcdefgh"), 3), d.needs_input, d.eof)
f = lzma.LZMAFile(io.BytesIO(data))
print(f.read(), f.seek(2), f.read(4), f.seek(-3, 1), f.read())
shutil.rmtree(tmp)
