# Reading a descriptor open only for writing fails at once with EBADF (it waited for ever on a
# pipe before), and the callers that took a descriptor for a path say what CPython says.
import mimetypes
import os
import platform
import tarfile

r, w = os.pipe()
for label, call in [
    ("open(write end).read()", lambda: open(w, "rb", closefd=False).read()),
    ("open(write end, text).readline()", lambda: open(w, closefd=False).readline()),
    ("platform.architecture(fd)", lambda: platform.architecture(w)),
    ("TarFile.bz2open(fd)", lambda: tarfile.TarFile.bz2open(w)),
    ("TarFile.xzopen(fd)", lambda: tarfile.TarFile.xzopen(w)),
]:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

r2, w2 = os.pipe()
try:
    mimetypes.MimeTypes([w2])
except OSError as e:
    print("MimeTypes([write end]) ->", type(e).__name__, e.errno)
print(platform.architecture("/nonexistent/file"))
os.close(r)
os.close(w)
os.close(r2)
print("done")
