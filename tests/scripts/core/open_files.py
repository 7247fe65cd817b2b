# open(): modes, encodings, errors=, newline=, buffering=, seek/tell/truncate, readline(size),
# readlines(hint), attributes and the errors CPython raises. Files are made beside the script
# and removed at the end.
import io
import os

BASE = "_open_files_tmp"
names = []


def path(tag):
    p = f"{BASE}_{tag}"
    names.append(p)
    return p


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Binary modes.
p = path("bin")
with open(p, "wb") as f:
    print(repr(f), f.mode, f.name, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write(b"hello\nworld\n"), f.tell())
    f.writelines([b"a\n", b"b"])
print(f.closed, repr(f))
with open(p, "rb") as f:
    print(f.read(3), f.tell(), f.readline(), f.readline(2), f.readline(), f.readlines())
    print(f.seek(0), f.read(), f.seek(-2, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(3))
    print(f.read(), f.read(5))
with open(p, "ab") as f:
    print(repr(f), f.mode, f.tell())
    f.write(b"+appended")
with open(p, "r+b") as f:
    print(repr(f), f.mode, f.read(5))
    f.write(b"!")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
with open(p, "w+b") as f:
    print(f.mode, f.read(), f.write(b"abc"), f.seek(0), f.read())
with open(p, "a+b") as f:
    print(f.mode, f.read(), f.seek(0), f.read())
with open(p, "rb", buffering=0) as f:
    print(repr(f), f.mode, f.read(2), f.read())
p2 = path("x")
with open(p2, "x") as f:
    f.write("new")
show("x again", lambda: open(p2, "x"))
show("xb again", lambda: open(p2, "xb"))

# Text modes and encodings.
p = path("txt")
samples = {"utf-8": "caf\u00e9 \u20ac\U0001F600", "latin-1": "caf\u00e9 \u00ff", "iso-8859-1": "na\u00efve", "ascii": "plain",
           "utf-16": "caf\u00e9 \u20ac\U0001F600", "utf-16-le": "\u00e9\u20ac", "utf-16-be": "\u00e9\u20ac", "utf-32": "\u00e9\U0001F600",
           "cp1252": "\u20ac \u201cq\u201d", "utf-8-sig": "bom \u00e9"}
for enc, text in samples.items():
    with open(p, "w", encoding=enc) as f:
        print(enc, repr(f), f.encoding, f.write(text + "\nline2\n"))
    with open(p, "rb") as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        back = f.read()
    with open(p, encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
    print(enc, len(raw), raw[:8], back == text + "\nline2\n", repr(first), pos, repr(rest))

with open(p, "wb") as f:
    f.write(b"ab\xe9cd\nok\n")
show("utf-8 read", lambda: open(p).read())
try:
    open(p, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
    print(isinstance(e, ValueError), str(e))
for errors in ["replace", "ignore", "backslashreplace"]:
    show(errors, lambda: open(p, errors=errors).read())
show("latin-1", lambda: open(p, encoding="latin-1").read())
show("ascii", lambda: open(p, encoding="ascii").read())
show("bad encoding", lambda: open(p, encoding="xyz"))
show("bad errors", lambda: open(p, "w", encoding="ascii", errors="nope"))
with open(p, "w", encoding="ascii", errors="replace") as f:
    f.write("caf\u00e9\n")
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("caf\u00e9\n")
show("xmlcharref", lambda: open(p, "rb").read())
with open(p, "w", encoding="ascii") as f:
    show("encode error", lambda: f.write("caf\u00e9"))

# newline=
p = path("nl")
with open(p, "wb") as f:
    f.write(b"a\nb\r\nc\rd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.readlines()))
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\r\n")
    with open(p, "rb") as f:
        print("write", repr(nl), f.read())
with open(p, "wb") as f:
    f.write(b"one\r\ntwo\r\n")
with open(p) as f:
    print(repr(f.read(4)), repr(f.read(1)), repr(f.read(100)))
show("bad newline", lambda: open(p, newline="x"))

# Lines, iteration, readline(size), readlines(hint).
p = path("lines")
with open(p, "w") as f:
    f.writelines(["first\n", "second\n", "third\n", "fourth"])
with open(p) as f:
    print([line for line in f])
with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(100)), repr(f.readline(0)), f.readlines(8))
with open(p) as f:
    print(f.readlines(1), f.readlines())
with open(p, "r+") as f:
    print(repr(f.read(5)), f.tell())
    f.seek(0, 2)
    f.write("\nfifth")
    f.seek(0)
    print(repr(f.read()))
    show("cur seek", lambda: f.seek(3, 1))
    show("end seek", lambda: f.seek(-1, 2))
    print(f.seek(0, 1) == f.tell(), f.seek(0, 2))
with open(p, "a+") as f:
    print(repr(f.read()), f.tell() > 0)
    f.seek(0)
    print(repr(f.readline()))
with open(p, "w+") as f:
    print(repr(f.read()), f.write("abc\ndef"), f.seek(0), f.readline(), f.truncate(2), f.seek(0), repr(f.read()))

# buffering=
show("unbuffered text", lambda: open(p, "w", buffering=0))
with open(p, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("partial")
    f.write(" line\n")
    with open(p) as g:
        print(repr(g.read()))
with open(p, "rb", buffering=0) as f:
    print(f.read(4))

# Errors and attributes.
with open(p, "w") as f:
    show("read write-only", f.read)
    show("readline write-only", f.readline)
    print(f.fileno() > 2, f.isatty(), f.readable(), f.writable(), f.errors)
with open(p) as f:
    show("write read-only", lambda: f.write("x"))
    show("truncate read-only", lambda: f.truncate())
    show("write bytes", lambda: open(p, "a").write(b"x"))
with open(p, "rb") as f:
    show("binary write", lambda: f.write(b"x"))
    show("binary encoding", lambda: f.encoding)
with open(p, "ab") as f:
    show("binary read", lambda: f.read())
    show("write str", lambda: f.write("x"))
try:
    open(p, "w").write(1)
except TypeError as e:
    print("TypeError", e)
print(issubclass(io.UnsupportedOperation, OSError))
f = open(p)
f.close()
for op in ["read", "readline", "readlines", "tell", "flush", "__iter__", "__next__"]:
    show("closed " + op, getattr(f, op))
show("closed write", lambda: f.write("x"))
show("closed seek", lambda: f.seek(0))
show("closed with", lambda: f.__enter__())
f = open(p, "rb")
f.close()
for op in ["read", "readline", "tell", "flush", "readable", "fileno"]:
    show("closed binary " + op, getattr(f, op))
show("closed binary seek", lambda: f.seek(0))
for args in [(p, "rr"), (p, "rw"), (p, "rbt"), (p, "q"), (p, "r", 0), (p, "rb", -1, "utf-8"), (p, "rb", -1, None, "strict"),
             (p, "rb", -1, None, None, ""), ("a\0b",), (3.5,), (p, "r", "x"), ("no/such/dir/file",), (".",)]:
    show(f"open{args[1:]!r}" if args[0] == p else f"open({args[0]!r})", lambda: open(*args))
show("negative seek", lambda: open(p, "rb").seek(-1))
show("negative truncate", lambda: open(p, "r+").truncate(-1))

# io.TextIOWrapper-free pieces: StringIO / BytesIO still behave.
s = io.StringIO("x\ny\n")
print(s.readline(), s.read(), s.getvalue())
b = io.BytesIO(b"abc")
print(b.read(2), b.tell(), b.getvalue())

for n in names:
    if os.path.exists(n):
        os.remove(n)
print("cleaned", [n for n in names if os.path.exists(n)])
