# open() refuses bad modes with CPython's two wordings: no access letter at all, or several.
import os, tempfile
p = os.path.join(tempfile.mkdtemp(), "f")
open(p, "w").close()
for m in ["b", "+b", "", "t", "tb", "wx", "rw+", "r++", "z", "bt", "U", "rU", "rb+", "r+", "ab", "xb"]:
    try:
        f = open(p if m != "xb" else p + "x", m)
        print(repr(m), "ok", f.mode)
        f.close()
    except ValueError as e:
        print(repr(m), type(e).__name__, e)
