# quopri (files and bytes), uu (encode/decode between files), chunk (IFF chunks with padding),
# netrc (hosts, default, macros, quoting, errors); compared with python3.
import io
import os
import struct
import tempfile
import warnings

import quopri

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import chunk
    import uu
import netrc

text = b"caf\xc3\xa9 = 100%\tend  \nline two_with_underscore\n" + b"x" * 90 + b"\n"
enc = quopri.encodestring(text)
print(enc)
print(quopri.encodestring(text, quotetabs=True, header=True))
print(quopri.decodestring(enc) == text, quopri.decodestring(b"a=3Db_c", header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(text), out, quotetabs=False)
print(out.getvalue() == enc)
back = io.BytesIO()
quopri.decode(io.BytesIO(enc), back)
print(back.getvalue() == text)
print(quopri.quote(b"\xff"), quopri.needsquoting(b"=", False, False), quopri.needsquoting(b" ", True, False),
      quopri.needsquoting(b"_", False, True), quopri.ishex(b"f"), quopri.ishex(b"g"), quopri.unhex(b"1F"))

data = bytes(range(256)) * 2
src = io.BytesIO(data)
dst = io.BytesIO()
uu.encode(src, dst, name="blob.bin", mode=0o644)
encoded = dst.getvalue()
print(encoded.splitlines()[0], encoded.splitlines()[1], encoded[-10:])
dst2 = io.BytesIO()
uu.encode(io.BytesIO(b"hi"), dst2, backtick=True)
print(dst2.getvalue())
decoded = io.BytesIO()
uu.decode(io.BytesIO(b"junk\n" + encoded), decoded)
print(decoded.getvalue() == data)
for bad in (b"no begin here\n", b"begin 644 x\n" + encoded.splitlines()[1] + b"\n"):
    try:
        uu.decode(io.BytesIO(bad), io.BytesIO())
    except uu.Error as e:
        print("uu.Error", e)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "in.txt")
    with open(path, "wb") as f:
        f.write(b"file contents\n")
    os.chmod(path, 0o600)
    uu.encode(path, os.path.join(tmp, "out.uu"))
    with open(os.path.join(tmp, "out.uu"), "rb") as f:
        print(f.read())
    uu.decode(os.path.join(tmp, "out.uu"), os.path.join(tmp, "back.txt"))
    with open(os.path.join(tmp, "back.txt"), "rb") as f:
        print(f.read(), oct(os.stat(os.path.join(tmp, "back.txt")).st_mode & 0o777))

    rc = os.path.join(tmp, "netrc")
    with open(rc, "w") as f:
        f.write('# comment line\nmachine example.com login alice password "p a\\"ss" account acct\n'
                "machine other.org\n\tuser bob\n\tpassword secret # trailing\n"
                "default login anonymous password guest\n"
                "macdef init\ncd /pub\nbinary\n\n")
    n = netrc.netrc(rc)
    print(n.hosts)
    print(n.macros)
    print(n.authenticators("example.com"), n.authenticators("nowhere"))
    print(repr(n))
    for body in ["machine\n", "bogus token\n", "machine x login y frobnicate z\n", "macdef m\nline\n"]:
        with open(rc, "w") as f:
            f.write(body)
        try:
            netrc.netrc(rc)
        except netrc.NetrcParseError as e:
            print("NetrcParseError", str(e).replace(tmp, "TMP"), e.lineno, e.msg)

# An IFF file: a FORM chunk holding an odd-sized and an even-sized chunk (padded to even).
inner = b"ODD1" + struct.pack(">L", 3) + b"abc" + b"\0" + b"EVEN" + struct.pack(">L", 4) + b"wxyz"
f = io.BytesIO(b"FORM" + struct.pack(">L", len(inner)) + inner)
outer = chunk.Chunk(f)
print(outer.getname(), outer.getsize(), outer.tell(), outer.isatty())
while True:
    try:
        part = chunk.Chunk(outer)
    except EOFError:
        break
    print(part.getname(), part.getsize(), part.read(2), part.tell(), part.read(), part.read())
    part.seek(1)
    print(part.read(1))
    part.close()
    try:
        part.read()
    except ValueError as e:
        print("ValueError", e)
le = chunk.Chunk(io.BytesIO(b"RIFF" + struct.pack("<L", 12) + b"abcd"), bigendian=False, inclheader=True)
print(le.getname(), le.getsize(), le.read())
try:
    le.seek(10)
except RuntimeError:
    print("RuntimeError")
try:
    chunk.Chunk(io.BytesIO(b"AB"))
except EOFError:
    print("EOFError")
