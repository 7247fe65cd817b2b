import io
b = io.BytesIO(b'abcdef')
v = b.getbuffer()
print(type(v.obj).__name__, v.obj is b, v.readonly, len(v), bytes(v), v.format, v.nbytes)
v[0] = ord('X'); print(b.getvalue())
v[1:3] = b'YZ'; print(b.getvalue(), v.tobytes())
for name, op in (('write', lambda: b.write(b'zz')), ('truncate', lambda: b.truncate(2)),
                 ('seek', lambda: b.seek(0)), ('read', lambda: b.read()), ('close', lambda: b.close()),
                 ('writelines', lambda: b.writelines([b'a']))):
    try:
        print(name, op())
    except Exception as e:
        print(name, type(e).__name__, e)
w = b.getbuffer()
v.release()
try:
    b.write(b'q')
except BufferError as e:
    print('still exported:', e)
del w
b.write(b'q'); print(b.getvalue())
with b.getbuffer() as w:
    print(w.tobytes(), bytes(w.obj), memoryview(w.obj).tobytes())
b.write(b'!'); print(b.getvalue())
b.getbuffer()
b.write(b'?'); print(b.getvalue())
e = io.BytesIO()
print(len(e.getbuffer()), e.getbuffer().tobytes())
b.close()
try:
    b.getbuffer()
except ValueError as ex:
    print('ValueError', ex)
try:
    memoryview(io.StringIO)
except TypeError as ex:
    print('TypeError', ex)
