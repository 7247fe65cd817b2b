# open(): text and binary files, modes r/w/a/x, with, iteration, and the errors CPython raises.
import os
path = "/tmp/gilpy_fixture_%d.txt" % os.getpid()
with open(path, "w") as f:
    print(f.write("line one\n"), f.closed, f.name == path, f.mode)
    f.writelines(["two\n", "three\n"])
print(f.closed)
with open(path, "a") as f:
    f.write("four\n")
with open(path) as f:
    print(repr(f.readline()))
    for line in f:
        print(line.rstrip())
print(open(path).read().splitlines())
print(open(path).readlines()[-1])
with open(path, "rb") as f:
    print(f.read(4))
try:
    open("/nonexistent/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno)
try:
    open(path, "rw")
except ValueError as e:
    print(e)
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.remove(path)
print(os.path.exists(path))
