# aifc (deprecated in 3.11) against python3: AIFF and AIFF-C read and write, markers, extended floats, errors.
import warnings, io, os, tempfile, shutil
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import aifc
print([str(x.message) for x in w])
class NoClose(io.BytesIO):
    def close(self): pass
for plain in (False, True):
    for width in (1, 2, 3, 4):
        for nch in (1, 2):
            b = NoClose()
            wr = aifc.open(b, 'wb')
            if plain: wr.aiff()
            wr.setnchannels(nch); wr.setsampwidth(width); wr.setframerate(8000 + width * 1000 + 0.5 * nch)
            frames = bytes(range(width * nch * 5))
            wr.writeframes(frames); print(wr.tell(), wr.getnframes(), wr.getparams())
            if width == 2: wr.setmark(1, 0, b'start'); wr.setmark(2, 3, b'odd'); wr.setmark(1, 2, b'')
            wr.writeframes(frames[:width * nch])
            wr.close(); data = b.getvalue(); print(data.hex(), len(data))
            b.seek(0); r = aifc.open(b, 'rb')
            print(r.getparams(), r.readframes(2).hex(), r.tell(), r.getmarkers())
            r.setpos(4); print(r.readframes(100).hex(), r.tell()); r.rewind(); print(r.tell(), len(r.readframes(100)), r.readframes(0))
            try: r.getmark(9)
            except aifc.Error as e: print(e)
            try: r.setpos(99)
            except aifc.Error as e: print(e)
for rate in [0.0, 1.0, 44100, 22050.0, 1e-310, 3.5e300, float('inf'), 1e5000 * 0, -8000.0, 2**-16400]:
    b = io.BytesIO(); aifc._write_float(b, rate); b.seek(0); print(b.getvalue().hex(), aifc._read_float(b))
b = io.BytesIO(); aifc._write_string(b, b'abc'); aifc._write_string(b, b''); aifc._write_string(b, b'ab'); print(b.getvalue()); b.seek(0); print(aifc._read_string(b), aifc._read_string(b), aifc._read_string(b))
try: aifc._write_string(b, b'x' * 256)
except ValueError as e: print(e)
wr = aifc.Aifc_write(NoClose())
for f, a in [(wr.setnchannels, 0), (wr.setsampwidth, 5), (wr.setframerate, 0), (wr.getnchannels, None), (wr.getsampwidth, None), (wr.getframerate, None), (wr.getparams, None), (wr.getmark, 3)]:
    try: f(a) if a is not None else f()
    except aifc.Error as e: print(e)
for args in [(0, 1, b'x'), (1, -1, b'x'), (1, 1, 'x')]:
    try: wr.setmark(*args)
    except aifc.Error as e: print(e)
try: wr.setcomptype(b'XXXX', b'')
except aifc.Error as e: print(e)
try: wr.setparams((1, 2, 3, 4, b'bad', b''))
except aifc.Error as e: print(e)
wr.setcomptype(b'ulaw', b'u'); wr.setnchannels(1); wr.setframerate(8000); wr.setsampwidth(1)
try: wr.writeframes(b'ab')
except aifc.Error as e: print(e)
wr._file = None
print(wr.getmarkers(), wr.getcomptype(), wr.getcompname())
wr = aifc.Aifc_write(NoClose()); wr.setnchannels(1)
try: wr.close()
except aifc.Error as e: print(e)
wr._file = None
for data in [b'', b'RIFF\0\0\0\x04WAVE', b'FORM\0\0\0\x04XXXX', b'FORM\0\0\0\x04AIFF', b'FORM\0\0\0\x1aAIFFCOMM\0\0\0\x12\0\x01\0\0\0\x00\0\x00@\x0e\xfa\0\0\0\0\0\0\0']:
    try: aifc.open(io.BytesIO(data), 'r')
    except (aifc.Error, EOFError) as e: print(type(e).__name__, e)
try: aifc.open(io.BytesIO(), 'x')
except aifc.Error as e: print(e)
d = tempfile.mkdtemp()
for name in ('a.aiff', 'a.aifc'):
    p = os.path.join(d, name)
    with aifc.open(p, 'wb') as wr:
        wr.setparams((2, 2, 44100, 0, b'NONE', b'not compressed')); wr.writeframes(b'\x01\x02\x03\x04' * 3)
    with open(p, 'rb') as f: print(f.read()[:12])
    with aifc.open(p) as r: print(r.getparams(), r.readframes(5).hex())
shutil.rmtree(d)
import sndhdr
d = tempfile.mkdtemp(); p = os.path.join(d, 'x.aif')
with aifc.open(p, 'wb') as wr: wr.setparams((1, 2, 11025, 0, b'NONE', b'not compressed')); wr.writeframes(b'\0\1' * 10)
print(sndhdr.what(p))
shutil.rmtree(d)
