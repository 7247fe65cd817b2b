# A file object dropped without close() writes out what it buffered (CPython: at the last
# reference); open(encoding="locale") is the locale's encoding.
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data.txt")
open(path, "w").write("first")
print(repr(open(path).read()))


def write_in_function(text):
    f = open(path, "w", encoding="locale")
    f.write(text)


write_in_function("second\nline")
with open(path, encoding="locale") as f:
    print(f.read().splitlines())

b = open(path, "wb")
b.write(b"\x00\x01")
del b
print(open(path, "rb").read())
os.remove(path)
