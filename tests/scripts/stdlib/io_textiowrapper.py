"""io.TextIOWrapper over BytesIO, binary files and raw objects; BufferedReader/BufferedWriter."""
import os
import tempfile
PATH = os.path.join(tempfile.gettempdir(), f"gilpy_tio_{os.getpid()}.bin")
import io
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
print(t.write("hé\nline2\n"), t.encoding, t.errors, t.line_buffering)
t.flush(); print(b.getvalue())
t.seek(0); print(repr(t.read()))
t.seek(0); print(t.readline(), end=''); print(list(t))
src = b'a\r\nb\rc\nd'
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(src), newline=nl)
    print(repr(nl), [l for l in t], t.newlines)
    t = io.TextIOWrapper(io.BytesIO(src), newline=nl)
    print(repr(t.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    b = io.BytesIO(); t = io.TextIOWrapper(b, newline=nl); t.write('x\ny\r\nz'); t.flush(); print(repr(nl), b.getvalue())
t = io.TextIOWrapper(io.BytesIO('héllo wörld\n'.encode('utf-8') * 3000), encoding='utf-8')
s = t.read(5); print(s, len(t.readline()), len(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'caf\xe9'), encoding='latin-1'); print(t.read())
t = io.TextIOWrapper(io.BytesIO(b'caf\xe9'), encoding='utf-8')
try: t.read()
except UnicodeDecodeError as e: print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b'caf\xe9'), encoding='utf-8', errors='replace'); print(t.read())
try: io.TextIOWrapper(io.BytesIO(), encoding='nope')
except LookupError as e: print(e)
try: io.TextIOWrapper(io.BytesIO(), newline='x')
except ValueError as e: print(e)
b = io.BytesIO(); t = io.TextIOWrapper(b); d = t.detach(); print(d is b)
try: t.write('x')
except ValueError as e: print(e)
t = io.TextIOWrapper(io.BytesIO()); t.close(); print(t.closed)
try: t.write('x')
except ValueError as e: print(e)
try: io.TextIOWrapper(io.BytesIO()).write(b'x')
except TypeError as e: print(e)
print(repr(io.TextIOWrapper(io.BytesIO())))
t = io.TextIOWrapper(io.BytesIO('αβγ'.encode('utf-16')), encoding='utf-16'); print(t.read())
with open(PATH, 'wb') as f:
    t = io.TextIOWrapper(f, encoding='utf-8', newline='\r\n'); t.write('a\nb\n'); t.flush(); t.detach()
with open(PATH, 'rb') as f:
    print(f.read())
    f.seek(0); t = io.TextIOWrapper(f); print(t.readlines(), t.name == PATH)
class Raw:
    def __init__(self, data): self.data = data; self.pos = 0; self.closed = False
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3); b[:n] = self.data[self.pos:self.pos+n]; self.pos += n; return n
    def read(self, n=-1):
        b = bytearray(n if n >= 0 else 100); k = self.readinto(b); return bytes(b[:k])
    def readall(self): return self.read()
    def readable(self): return True
    def seekable(self): return False
    def close(self): self.closed = True
r = io.BufferedReader(Raw(b'one\ntwo\nthree'))
print(r.read(2), r.readline(), r.read())
r = io.BufferedReader(Raw(b'one\ntwo\nthree')); print(list(r))
t = io.TextIOWrapper(io.BufferedReader(Raw('x\ny\n'.encode())), encoding='ascii'); print(t.read())
class W:
    def __init__(self): self.got = []; self.closed = False
    def write(self, b): self.got.append(bytes(b)); return len(b)
    def writable(self): return True
    def seekable(self): return False
    def close(self): self.closed = True
w = W(); bw = io.BufferedWriter(w, 4); bw.write(b'ab'); print(w.got); bw.write(b'cde'); print(w.got); bw.write(b'f'); bw.close(); print(w.got, w.closed)
b = io.BytesIO(); t = io.TextIOWrapper(b, line_buffering=True); t.write('no newline'); print(b.getvalue()); t.write('x\n'); print(b.getvalue())
os.remove(PATH)
