# sunau (deprecated in 3.11) against python3: linear PCM read and write, header patching, errors.
import warnings, io, os, tempfile, shutil
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import sunau
print([str(x.message) for x in w])
print(sunau.AUDIO_FILE_MAGIC, sunau.AUDIO_FILE_ENCODING_LINEAR_16, sunau.AUDIO_FILE_ENCODING_ALAW_8, sunau.AUDIO_FILE_ENCODING_FLOAT, sunau.AUDIO_UNKNOWN_SIZE)
for width in (1, 2, 3, 4):
    for nch in (1, 2):
        b = io.BytesIO()
        wr = sunau.open(b, 'wb')
        wr.setnchannels(nch); wr.setsampwidth(width); wr.setframerate(8000 + width); wr.setcomptype('NONE', 'not compressed')
        frames = bytes(range(width * nch * 5))
        wr.writeframes(frames); print(wr.tell(), wr.getnframes(), wr.getparams())
        wr.writeframes(frames[:width * nch])
        wr.close(); data = b.getvalue(); print(data[:32].hex(), len(data))
        b.seek(0); r = sunau.open(b, 'rb')
        print(r.getparams(), r.readframes(2).hex(), r.tell())
        r.setpos(4); print(r.readframes(100).hex(), r.tell()); r.rewind(); print(r.tell(), len(r.readframes(sunau.AUDIO_UNKNOWN_SIZE)), r.getmarkers())
        try: r.getmark(1)
        except sunau.Error as e: print(e)
        try: r.setpos(99)
        except sunau.Error as e: print(e)
b = io.BytesIO(); wr = sunau.open(b, 'wb'); wr.setparams((1, 2, 16000, 3, 'NONE', 'x')); wr.writeframes(b'\x01\x02\x03\x04\x05\x06'); wr.close(); print(b.getvalue().hex())
b = io.BytesIO(); wr = sunau.Au_write(b); wr.setparams((1, 2, 16000, 10, 'NONE', 'x')); wr.writeframesraw(b'\x01\x02'); print(b.getvalue().hex()); wr.close(); print(b.getvalue().hex())
wr = sunau.Au_write(io.BytesIO())
for f, a in [(wr.setnchannels, 3), (wr.setsampwidth, 5), (wr.setnframes, -1), (wr.getnchannels, None), (wr.getsampwidth, None), (wr.getframerate, None), (wr.writeframes, b'x')]:
    try: f(a) if a is not None else f()
    except sunau.Error as e: print(e)
try: wr.setcomptype('ALAW', '')
except sunau.Error as e: print(e)
print(wr.getcomptype(), wr.getcompname()); wr.setcomptype('NONE', ''); print(wr.getcompname())
wr.setnchannels(1); 
try: wr.close()
except sunau.Error as e: print(e)
wr = sunau.Au_write(io.BytesIO()); wr.setnchannels(1); wr.setsampwidth(2)
try: wr.close()
except sunau.Error as e: print(e)
wr = sunau.Au_write(io.BytesIO()); wr.setnchannels(2); wr.setsampwidth(2); wr.setframerate(5); wr.setcomptype('NONE', ''); wr.writeframes(b'\0' * 8)
try: wr.setnchannels(1)
except sunau.Error as e: print(e)
for data in [b'', b'xxxx', b'.snd\0\0\0\x10', b'.snd\0\0\0\xff', b'.snd\0\0\0\x18\0\0\0\0\0\0\0\x06', b'.snd\0\0\0\x18\0\0\0\0\0\0\0\x03\0\0\0\x01\0\0\0\0',
             b'.snd\0\0\0\x20\xff\xff\xff\xff\0\0\0\x1b\0\0\x1f\x40\0\0\0\x01hi\0zzzzz\x01\x02\x03', b'.snd\0\0\0\x18\0\0\0\x02\0\0\0\x01\0\0\x1f\x40\0\0\0\x01\x80\x7f']:
    try:
        r = sunau.open(io.BytesIO(data), 'r'); print(r.getparams(), r._info if hasattr(r, '_info') else None)
        if r.getcomptype() != 'ULAW': print(r.readframes(10))
    except (sunau.Error, EOFError) as e: print(type(e).__name__, e)
try: sunau.open(io.BytesIO(), 'x')
except sunau.Error as e: print(e)
d = tempfile.mkdtemp(); p = os.path.join(d, 'a.au')
with sunau.open(p, 'wb') as wr:
    wr.setnchannels(1); wr.setsampwidth(1); wr.setframerate(100); wr.setcomptype('NONE', ''); wr.writeframes(b'abc')
with sunau.open(p) as r: print(r.getparams(), r.readframes(5))
with open(p, 'rb') as f:
    r = sunau.open(f); print(r.getnframes(), r.getfp() is f)
shutil.rmtree(d)
