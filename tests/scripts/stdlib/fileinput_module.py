import fileinput, tempfile, os, sys, io
tmp = tempfile.mkdtemp()
paths = []
for name, text in (("one.txt", "alpha\nbeta\n"), ("two.txt", "gamma\ndelta\nepsilon"), ("empty.txt", "")):
    p = os.path.join(tmp, name); paths.append(p)
    with open(p, "w") as f: f.write(text)
for line in fileinput.input(paths):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), repr(line))
print(fileinput.filename() is None, fileinput.lineno())
fileinput.close()
with fileinput.input(files=paths[:2], mode="rb") as f:
    print([l for l in f])
with fileinput.FileInput(paths[0], inplace=True, backup=".orig") as f:
    for line in f:
        print(line.rstrip().upper())
print(open(paths[0]).read(), sorted(os.listdir(tmp)))
for line in fileinput.input(paths[1], inplace=True):
    if fileinput.isfirstline():
        print("# header")
    print(line, end="")
print(open(paths[1]).read(), sorted(os.listdir(tmp)))
fi = fileinput.input(paths)
next(fi); fi.nextfile(); print(next(fi), fi.lineno(), fi.filelineno()); fi.close()
try:
    fileinput.input(paths); fileinput.input(paths)
except RuntimeError as e:
    print(e)
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print(e)
for args, kw in (((paths,), {"mode": "w"}), ((paths,), {"inplace": True, "openhook": open}), ((paths,), {"openhook": 5})):
    try:
        fileinput.FileInput(*args, **kw)
    except ValueError as e:
        print(e)
sys.stdin = io.StringIO("from\nstdin\n")
print([(l, fileinput.filename(), fileinput.isstdin()) for l in fileinput.input("-")])
fileinput.close()
sys.argv = ["prog", paths[0]]
print(list(fileinput.input()), fileinput.fileno() == -1)
fileinput.close()
with fileinput.input(paths[:1], openhook=fileinput.hook_encoded("utf-8")) as f:
    print(list(f))
import gzip
gz = os.path.join(tmp, "c.gz")
with gzip.open(gz, "wt") as g: g.write("zipped\nlines\n")
with fileinput.input([gz], openhook=fileinput.hook_compressed) as f:
    print(list(f))
import shutil; shutil.rmtree(tmp)
