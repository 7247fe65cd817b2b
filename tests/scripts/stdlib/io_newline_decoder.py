"""io.IncrementalNewlineDecoder: held-back \r, translate, newlines, getstate/setstate/reset."""
import io, codecs
def t(label, f, *a, **k):
    try: r = f(*a, **k); print(label, '->', repr(r))
    except Exception as e: print(label, '!!', type(e).__name__, repr(str(e)))
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), True)
for chunk, fin in [(b'a\r', False), (b'\nb\r', False), (b'c\r', False), (b'\xc3', False), (b'\xa9\r', True)]:
    print(repr(d.decode(chunk, final=fin)), d.newlines, d.getstate())
d.reset(); print(d.newlines, d.getstate()); print(repr(d.decode(b'x\r')), d.getstate()); d.setstate((b'', 0)); print(repr(d.decode(b'y', True)))
d2 = io.IncrementalNewlineDecoder(None, False); print(repr(d2.decode('a\r\nb\rc\n')), d2.newlines, repr(d2.decode('\r')), d2.getstate(), repr(d2.decode('', final=True)))
t('dec bytes', io.IncrementalNewlineDecoder(None, True).decode, b'x')
d3 = io.IncrementalNewlineDecoder(None, translate=True); print(repr(d3.decode('a\r')), repr(d3.decode('\n')), d3.newlines)

d4 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), translate=False)
for part in [b'one\r', b'\r\n', b'two\n', b'\r']:
    print(repr(d4.decode(part)), d4.newlines, d4.getstate())
print(repr(d4.decode(b'', final=True)), d4.newlines)
d5 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), True)
print(repr(d5.decode(b'\xe2\x82')), d5.getstate()); st = d5.getstate()
print(repr(d5.decode(b'\xac\r')), d5.getstate())
d5.setstate(st); print(repr(d5.decode(b'\xac!', final=True)))
d5.setstate((b'', 1)); print(repr(d5.decode(b'z')), d5.newlines)
t('bad utf8', io.IncrementalNewlineDecoder(codecs.getincrementaldecoder('utf-8')(), True).decode, b'\xff', True)
print(io.IncrementalNewlineDecoder(None, True).newlines)
