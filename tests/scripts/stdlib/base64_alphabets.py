# base64: every encoder on random bytes (a85 options, b85 padding), every decoder on random
# junk (errors included), the argument types accepted, and the line-based encode/decode API.
import base64
import io
import random

rng = random.Random(5)


def run(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


enc = ['b64encode', 'standard_b64encode', 'urlsafe_b64encode', 'b32encode', 'b32hexencode', 'b16encode',
       'b85encode', 'a85encode', 'encodebytes']
dec = ['b64decode', 'standard_b64decode', 'urlsafe_b64decode', 'b32decode', 'b32hexdecode', 'b16decode',
       'b85decode', 'a85decode', 'decodebytes']
for t in range(150):
    data = bytes(rng.choice([0, 32, 65, 255, rng.randrange(256)]) for _ in range(rng.randrange(0, 20)))
    row = [t]
    for e in enc:
        kw = {}
        if e == 'a85encode':
            kw = dict(foldspaces=rng.random() < .5, wrapcol=rng.choice([0, 1, 2, 5, 9]), pad=rng.random() < .5,
                      adobe=rng.random() < .5)
        if e == 'b85encode':
            kw = dict(pad=rng.random() < .5)
        row.append(run(lambda: getattr(base64, e)(data, **kw)))
    print(*row)
    junk = bytes(rng.choice(b'AZaz09+/=-_~<>zyu!\n 01OIL{}') for _ in range(rng.randrange(0, 16)))
    row = [t, junk]
    for d in dec:
        kw = {}
        if d == 'b32decode':
            kw = dict(casefold=rng.random() < .5, map01=rng.choice([None, b'L', b'I']))
        if d == 'b64decode':
            kw = dict(validate=rng.random() < .5, altchars=rng.choice([None, b'-_']))
        if d == 'a85decode':
            kw = dict(foldspaces=rng.random() < .5, adobe=rng.random() < .5)
        if d == 'b16decode':
            kw = dict(casefold=rng.random() < .5)
        row.append(run(lambda: getattr(base64, d)(junk, **kw)))
    print(*row)
for v in ['QUJD', 'é', 3, memoryview(b'QUJD'), bytearray(b'QQ==')]:
    print([run(lambda: getattr(base64, d)(v)) for d in ['b64decode', 'b32decode', 'a85decode', 'b85decode', 'b16decode']])
print(run(lambda: base64.b64encode(b'x', altchars=b'-')), run(lambda: base64.encodebytes('str')), run(lambda: base64.b32encode('s')))
src = io.BytesIO(bytes(range(256)) * 3)
out = io.BytesIO()
base64.encode(src, out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(256)) * 3, base64.MAXLINESIZE, base64.MAXBINSIZE)
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(b'QUJD\nREVG\n'))
