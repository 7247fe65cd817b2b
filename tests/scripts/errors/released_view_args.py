# A released memoryview given where bytes are read: ValueError where CPython asks for the buffer
# at once, TypeError where it checks the type first (str(view, enc), int(view), %c, center's fill).
import array
import binascii
import hashlib
import hmac
import marshal
import re
import struct

m = memoryview(b"abc"); m.release()
cases = [
 ("str", lambda: str(m, "latin-1")),
 ("pct", lambda: b"%s" % (m,)),
 ("pctc", lambda: b"%c" % (m,)),
 ("marshal", lambda: marshal.dumps(m)),
 ("join", lambda: b"".join([m])),
 ("sha", lambda: hashlib.sha256(m)),
 ("in", lambda: m in bytearray(b"ab")),
 ("eq", lambda: bytearray(b"ab") == m),
 ("from_bytes", lambda: int.from_bytes(m, "big")),
 ("int", lambda: int(m)),
 ("float", lambda: float(m)),
 ("startswith", lambda: b"a".startswith(m)),
 ("center", lambda: b"a".center(3, m)),
 ("hex", lambda: b"a".hex(m)),
 ("frombytes", lambda: array.array("B").frombytes(m)),
 ("hexlify", lambda: binascii.hexlify(m)),
 ("unpack", lambda: struct.unpack("3s", m)),
 ("write", lambda: open("/dev/null", "wb").write(m)),
 ("re", lambda: re.sub(b"a", b"b", m)),
 ("compare_digest", lambda: hmac.compare_digest(m, b"abc")),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
