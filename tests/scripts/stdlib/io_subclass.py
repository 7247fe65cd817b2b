"""Streams made by subclassing io.IOBase / RawIOBase / BufferedIOBase / TextIOBase: the methods the
bases give (readline, readlines, iteration, writelines, close/closed, with, read via readinto,
readinto via read) and what the bases raise for what a subclass does not provide."""
import io
def t(f, *a):
    try: r = f(*a); print(getattr(f,'__name__',f), '->', repr(r))
    except Exception as e: print(getattr(f,'__name__',f), '!!', type(e).__name__, repr(str(e)))
b = io.IOBase()
for n in ['seek','tell','truncate','fileno','isatty','readable','writable','seekable','flush','readline','readlines','__next__','close']:
    t(getattr(b, n))
t(b.writelines, [1]); print(b.closed, b.__dict__)
t(b.flush); t(b.isatty); t(b.__enter__); t(b.readable); t(b.__iter__); t(b.writelines, []); t(b.fileno); t(b.seek, 0); t(b.tell)
r = io.RawIOBase()
for n in ['read','readall','readinto','write']:
    t(getattr(r, n, None) or (lambda: 'noattr:'+n))
t(r.read, 5); t(r.read, -1)
bb = io.BufferedIOBase()
for n in ['read','read1','readinto','readinto1','write','detach']:
    f = getattr(bb, n, None)
    if f is None: print(n, 'noattr'); continue
    t(f, bytearray(2)) if 'into' in n else t(f)
tb = io.TextIOBase()
for n in ['read','readline','write','detach']:
    t(getattr(tb,n))
t(tb.write, 'x')
print(tb.encoding, tb.newlines, tb.errors)
def t(label, f, *a, **k):
    try: r = f(*a, **k); print(label, '->', repr(r))
    except Exception as e: print(label, '!!', type(e).__name__, repr(str(e)))
class R(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n; return n
r = R(b'hello\nworld\nx')
t('read2', r.read, 2); t('readline', r.readline); t('readlines', r.readlines); t('read', r.read); t('readall', r.readall)
r = R(b'ab\ncd\nef\n'); print(list(r)); r = R(b'ab\ncd\nef\n'); t('rl hint', r.readlines, 3); t('rl2', r.readline, 1)
t('closed', lambda: r.closed); r.close(); t('closed', lambda: r.closed); t('read closed', r.read, 1); t('rl closed', r.readline); t('iter closed', iter, r)
with R(b'q\nw') as rr: print([l for l in rr])
print(rr.closed)
class B(io.BufferedIOBase):
    def __init__(self, data): self.data = data
    def read(self, n=-1):
        if n is None or n < 0: n = len(self.data)
        out, self.data = self.data[:n], self.data[n:]; return out
b = B(b'abcdef\ngh'); ba = bytearray(4); t('readinto', b.readinto, ba); print(ba); t('readinto mv', b.readinto, memoryview(bytearray(2))); t('readline', b.readline); t('readline', b.readline)
t('readinto1', B(b'xyz').readinto1, bytearray(2))
t('readinto str', B(b'x').readinto, 'ab')
class T(io.TextIOBase):
    def __init__(self): self.out = []
    def writable(self): return True
    def write(self, s): self.out.append(s); return len(s)
tt = T(); print(tt.writelines(['a','b']), tt.out, tt.encoding, tt.errors, tt.newlines)
t('t.read', tt.read); t('t.fileno', tt.fileno); t('t.seek', tt.seek, 0); t('t.tell', tt.tell)
print(tt.__dict__)
class F(io.IOBase):
    def __init__(self): self.flushed = 0
    def flush(self): self.flushed += 1; super().flush()
f = F(); f.close(); f.close(); print(f.flushed, f.closed)
class W(io.RawIOBase):
    def writable(self): return True
    def write(self, b): return len(b)
t('bad readline', lambda: type('X',(io.IOBase,),{'read': lambda self, n=-1: 'str'})().readline())
t('bad readline2', lambda: type('X',(io.IOBase,),{'read': lambda self, n=-1: None})().readline())
t('peek readline', lambda: type('X',(io.IOBase,),{'peek': lambda self, n=1: b'ab\ncd', 'read': lambda self, n=-1: b'ab\ncd'[:n]})().readline())
print(isinstance(W(), io.IOBase), issubclass(W, io.RawIOBase), isinstance(W(), io.BufferedIOBase))
t('readall None', type('X',(io.RawIOBase,),{'readinto': lambda self, b: None})().read, 4)
t('readall None2', type('X',(io.RawIOBase,),{'readinto': lambda self, b: None})().readall)
t('read -1', R(b'abcdefgh').read, -1); t('read None', R(b'abcdefgh').read, None)
t('readline -1', R(b'abcd\nefgh').readline, -1); t('readline None', R(b'abcd\nefgh').readline, None); t('readline str', R(b'abcd\nefgh').readline, 'x')
t('readlines str', R(b'abcd\nefgh').readlines, 'x'); t('readlines None', R(b'abcd\nefgh').readlines, None); t('readlines 0', R(b'abcd\nefgh').readlines, 0)
t('writelines closed', lambda: (lambda w: (w.close(), w.writelines([b'a'])))(W()))
t('writelines nonit', W().writelines, 5)

# A user stream wrapped by the buffered classes and TextIOWrapper.
class Src(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), 4, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]; self.pos += n; return n
br = io.BufferedReader(Src(b'alpha\nbeta\ngamma'))
print(br.readline(), br.peek()[:2], br.read1(2), br.read(), isinstance(br, io.BufferedIOBase))
tw = io.TextIOWrapper(io.BufferedReader(Src('héllo\r\nwörld\n'.encode())), encoding='utf-8')
print(tw.readlines(), tw.newlines)
class Sink(io.RawIOBase):
    def __init__(self): self.got = []
    def writable(self): return True
    def write(self, b): self.got.append(bytes(b)); return len(b)
s = Sink(); bw = io.BufferedWriter(s, buffer_size=4); bw.write(b'ab'); bw.write(b'cdef'); bw.flush(); print(s.got)
tw = io.TextIOWrapper(io.BufferedWriter(s), encoding='utf-8', newline='\r\n'); tw.write('x\ny\n'); tw.flush(); print(s.got[-1])
class Counting(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
c = Counting(); print(c.write('abc'), c.getvalue(), isinstance(c, io.TextIOBase), c.readable(), c.closed)
c.close(); print(c.closed)
t('closed getvalue', c.getvalue)
t('stringio fileno', io.StringIO().fileno); t('bytesio fileno', io.BytesIO().fileno)
bio = io.BytesIO(b'xyz'); ba = bytearray(2); print(bio.readinto(ba), ba, bio.read())
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.RawIOBase))
