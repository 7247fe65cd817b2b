# io: StringIO and BytesIO read/write/seek/truncate, print(file=), json on a StringIO.
import io
import json
b = io.StringIO('line1\nline2\n')
print(repr(b.read(3)), repr(b.readline()), b.tell(), repr(b.readlines()), b.seek(0), list(b))
s = io.StringIO(); print('a', 1, file=s); s.write('x'); print(repr(s.getvalue()), s.closed)
s.close(); print(s.closed)
try: s.getvalue()
except ValueError as e: print(e)
bb = io.BytesIO(b'abc'); print(bb.read(), bb.getvalue(), bb.tell())
bb.seek(1); bb.write(b'ZZZ'); print(bb.getvalue())
with io.StringIO() as f:
    json.dump({"k": [1, 2]}, f)
    f.seek(0)
    print(json.load(f), f.getvalue())
t = io.StringIO("abcdef"); t.seek(2); t.truncate(); print(repr(t.getvalue()), t.seek(0, 2), t.read())
try:
    io.StringIO().write(5)
except TypeError as e:
    print(e)
w = io.StringIO(); w.writelines(["a\n", "b\n"]); print(w.getvalue().splitlines(), io.SEEK_END)
