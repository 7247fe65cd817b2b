# readlines(hint) and line iteration of StringIO, BytesIO and descriptor files (one shared implementation).
import io, os, tempfile
for h in range(0,8): print(h, io.StringIO('a\nbb\nccc\n').readlines(h), io.BytesIO(b'a\nbb\nccc\n').readlines(h))
s = io.StringIO("a\nbb\nccc\ndddd\n")
print(s.readlines(), s.readlines())
s.seek(0); print(s.readlines(3)); print(s.readlines(0)); print(list(s))
b = io.BytesIO(b"x\ny\nz")
print([l for l in b]); b.seek(0); print(b.readlines(1), b.readlines(-1))
s.close()
try: iter(s)
except ValueError as e: print("VE", e)
with tempfile.TemporaryFile('w+') as f:
    f.write("one\ntwo\nthree\n"); f.seek(0)
    print(f.readlines(4)); print(list(f)); f.seek(0); print(next(f), f.readlines())
    f.seek(0); print(f.readlines(3), f.readlines(None))
with tempfile.TemporaryFile('w+b') as f:
    f.write(b"one\ntwo\nthree\n"); f.seek(0)
    print(f.readlines(4), list(f))
try: iter(f)
except ValueError as e: print("VE", e)
