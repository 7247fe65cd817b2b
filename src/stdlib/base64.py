# base64: RFC 4648 encodings (base64, base32, base16) and base85/Ascii85, written in gilpy.
# Base64 and hex go through the native binascii; base32 and base85 are done here, as CPython
# does them in Python too.
import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']


def _as_bytes(data):
    """The bytes of a bytes-like object, or None."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    tobytes = getattr(data, 'tobytes', None)
    if tobytes is not None:
        return tobytes()
    return None


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        for c in s:
            if ord(c) > 127:
                raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    b = _as_bytes(s)
    if b is None:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)
    return b


def _encode_input(s):
    b = _as_bytes(s)
    if b is None:
        raise TypeError("a bytes-like object is required, not '%s'" % s.__class__.__name__)
    return b


def _translate(data, frm, to):
    """`data` with each byte of `frm` replaced by the byte at the same place in `to`."""
    table = {}
    for i in range(len(frm)):
        table[frm[i]] = to[i]
    return bytes([table.get(c, c) for c in data])


# ---- base64 ----

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b'-_', b'+/'))


# ---- base32 ----

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Pad characters for 1..4 leftover input bytes.
_b32pads = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = []
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = len(chunk)
        acc = int.from_bytes(chunk + b'\x00' * (5 - n), 'big')
        digits = [alphabet[(acc >> (35 - 5 * k)) & 31] for k in range(8)]
        if n < 5:
            pad = _b32pads[n]
            digits = digits[:8 - pad] + [61] * pad
        out.append(bytes(digits))
    return b''.join(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    full = len(s)
    end = full
    while end > 0 and s[end - 1] == 61:
        end -= 1
    padchars = full - end
    s = s[:end]
    rev = {}
    for i in range(32):
        rev[alphabet[i]] = i
    out = []
    for start in range(0, len(s), 8):
        acc = 0
        for c in s[start:start + 8]:
            if c not in rev:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) | rev[c]
        out.append(acc)
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    result = []
    for i in range(len(out)):
        acc = out[i]
        if i == len(out) - 1 and padchars:
            acc <<= 5 * padchars
            result.append(acc.to_bytes(5, 'big')[:(43 - 5 * padchars) // 8])
        else:
            result.append(acc.to_bytes(5, 'big'))
    return b''.join(result)


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


# ---- base16 ----

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- base85 and Ascii85 ----

_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_A85START = b"<~"
_A85END = b"~>"


def _85encode(b, alphabet, pad, foldnuls, foldspaces):
    b = _encode_input(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\x00' * padding
    chunks = []
    for start in range(0, len(b), 4):
        word = int.from_bytes(b[start:start + 4], 'big')
        if foldnuls and word == 0:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = [0, 0, 0, 0, 0]
            for k in range(4, -1, -1):
                digits[k] = alphabet[word % 85]
                word //= 85
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = bytes([alphabet[0]]) * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def b85encode(b, pad=False):
    return _85encode(b, _b85alphabet, pad, False, False)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    rev = {}
    for i in range(85):
        rev[_b85alphabet[i]] = i
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = []
    for start in range(0, len(b), 5):
        acc = 0
        for j in range(5):
            c = b[start + j]
            if c not in rev:
                raise ValueError('bad base85 character at position %d' % (start + j))
            acc = acc * 85 + rev[c]
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


_a85alphabet = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _a85alphabet, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result = result + _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    decoded = []
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + (d - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                decoded.append(acc.to_bytes(4, 'big'))
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            decoded.append(b'\x00\x00\x00\x00')
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            decoded.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(decoded)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


# ---- MIME (RFC 2045) helpers ----

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if _as_bytes(s) is None:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    _input_type_check(s)
    s = _as_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
