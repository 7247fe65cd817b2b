"""base64: Base16, Base32 (standard and extended hex), Base64 (standard and URL-safe),
Ascii85 and Base85 encodings of bytes (RFC 4648 and friends).

Base64 and Base16 lean on the native binascii module; the other alphabets are done here, in
groups of 5 bytes (Base32) or 4 bytes (the 85s) handled as one big integer each.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """What the decoders accept: ASCII str, or anything with the buffer protocol."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _as_bytes(s):
    return s if isinstance(s, bytes_types) else memoryview(s).tobytes()


# ---------------------------------------------------------------------------------- Base64

def _two_chars(altchars):
    assert len(altchars) == 2, repr(altchars)
    return altchars


def b64encode(s, altchars=None):
    """Base64-encode the bytes-like s (no newlines); altchars, two bytes, replace '+' and
    '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    return encoded.translate(bytes.maketrans(b'+/', _two_chars(altchars)))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 (bytes or ASCII str). Characters outside the alphabet are skipped unless
    validate is true, which makes them an error (binascii.Error), as is bad padding."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _two_chars(_bytes_from_decode_data(altchars))
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """b64encode(s) with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """b64decode(s) with the standard alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/' (safe in URLs and file names)."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode the URL-safe Base64 alphabet (the standard one is accepted too)."""
    s = _bytes_from_decode_data(s).translate(_urlsafe_decode_translation)
    return b64decode(s)


# ---------------------------------------------------------------------------------- Base32

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32tab2 = {}       # alphabet -> the 1024 two-character codes of 10-bit values
_b32rev = {}        # alphabet -> byte value -> 5-bit value

# padding '=' count after a final group of 1, 2, 3 or 4 bytes
_B32_PADDING = {1: 6, 2: 4, 3: 3, 4: 1}
# output bytes of the last group for each count of '='
_B32_TAIL = {1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    pairs = _b32tab2.get(alphabet)
    if pairs is None:
        singles = [bytes((c,)) for c in alphabet]
        pairs = _b32tab2[alphabet] = [a + b for a in singles for b in singles]
    s = _as_bytes(s)
    short = len(s) % 5
    if short:
        s = s + bytes(5 - short)
    out = bytearray()
    for start in range(0, len(s), 5):
        group = int.from_bytes(s[start:start + 5], 'big')
        for shift in (30, 20, 10, 0):
            out += pairs[(group >> shift) & 0x3ff]
    if short:
        pad = _B32_PADDING[short]
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32rev.get(alphabet)
    if values is None:
        values = _b32rev[alphabet] = {c: i for i, c in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    out = bytearray()
    group = 0
    for start in range(0, len(s), 8):
        group = 0
        try:
            for c in s[start:start + 8]:
                group = (group << 5) + values[c]
        except KeyError:
            raise binascii.Error('Non-base32 digit found') from None
        out += group.to_bytes(5, 'big')
    if total % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        # the last group was short: shift its bits into place and keep the real bytes
        last = (group << 5 * padchars).to_bytes(5, 'big')
        out[-5:] = last[:_B32_TAIL[padchars]]
    return bytes(out)


def b32encode(s):
    """Base32-encode the bytes-like s (RFC 4648 alphabet, '=' padded)."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32. casefold accepts lowercase; map01 (one byte, 'I' or 'L') says what the
    digit 1 stands for, and 0 is read as O. binascii.Error on bad padding or characters."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Base32-encode with the extended hex alphabet (0-9A-V)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode Base32 in the extended hex alphabet."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ---------------------------------------------------------------------------------- Base16

def b16encode(s):
    """Base16 (uppercase hex) of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16: uppercase hex digits only, unless casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ------------------------------------------------------------------------ Ascii85 and Base85

_a85chars = None
_a85chars2 = None
_A85START = b"<~"
_A85END = b"~>"


def _85encode(b, chars, chars2, pad=False, foldnuls=False, foldspaces=False):
    """Encode 4-byte groups as 5 characters of `chars` (chars2: all pairs of them); with
    foldnuls a zero group is 'z', with foldspaces four spaces are 'y'. A short final group is
    zero-filled, and its extra characters dropped unless pad."""
    b = _as_bytes(b)
    missing = -len(b) % 4
    if missing:
        b = b + bytes(missing)
    pieces = []
    for start in range(0, len(b), 4):
        word = int.from_bytes(b[start:start + 4], 'big')
        if foldnuls and not word:
            pieces.append(b'z')
        elif foldspaces and word == 0x20202020:
            pieces.append(b'y')
        else:
            pieces.append(chars2[word // 614125] + chars2[word // 85 % 7225] + chars[word % 85])
    if missing and not pad:
        if pieces[-1] == b'z':
            pieces[-1] = chars[0] * 5
        pieces[-1] = pieces[-1][:-missing]
    return b''.join(pieces)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85-encode the bytes-like b.

    foldspaces: 'y' for four spaces (btoa's extension); wrapcol: newlines after that many
    characters (0: none); pad: keep the padding of the last group; adobe: frame the result
    in <~ and ~> as Adobe does.
    """
    global _a85chars, _a85chars2
    if _a85chars2 is None:
        _a85chars = [bytes((c,)) for c in range(33, 118)]
        _a85chars2 = [x + y for x in _a85chars for y in _a85chars]
    text = _85encode(b, _a85chars, _a85chars2, pad, True, foldspaces)
    if adobe:
        text = _A85START + text
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + wrapcol] for i in range(0, len(text), wrapcol)]
        # the closing ~> goes on a line of its own when the last one has no room for it
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 (bytes or ASCII str); 'z' stands for four zero bytes, and with
    foldspaces 'y' for four spaces. adobe expects the ~> end marker (and strips <~);
    ignorechars are skipped. ValueError on malformed input."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    # four 'u' (the largest digit) complete a short final group; the extra bytes are cut
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                value = 0
                for digit in group:
                    value = value * 85 + (digit - 33)
                if value > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(value.to_bytes(4, 'big'))
                group.clear()
        elif c == 122:      # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:       # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    decoded = b''.join(out)
    surplus = 4 - len(group)
    return decoded[:-surplus] if surplus else decoded


_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85chars = None
_b85chars2 = None
_b85dec = None


def b85encode(b, pad=False):
    """Base85-encode the bytes-like b (git's alphabet); pad keeps the last group's padding."""
    global _b85chars, _b85chars2
    if _b85chars2 is None:
        _b85chars = [bytes((c,)) for c in _b85alphabet]
        _b85chars2 = [x + y for x in _b85chars for y in _b85chars]
    return _85encode(b, _b85chars, _b85chars2, pad)


def b85decode(b):
    """Decode Base85 (bytes or ASCII str); ValueError on a bad character or overflow."""
    global _b85dec
    if _b85dec is None:
        _b85dec = [None] * 256
        for value, c in enumerate(_b85alphabet):
            _b85dec[c] = value
    b = _bytes_from_decode_data(b)
    missing = -len(b) % 5
    b = b + b'~' * missing
    out = []
    for start in range(0, len(b), 5):
        value = 0
        for offset, c in enumerate(b[start:start + 5]):
            digit = _b85dec[c]
            if digit is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            value = value * 85 + digit
        if value > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out.append(value.to_bytes(4, 'big'))
    decoded = b''.join(out)
    return decoded[:-missing] if missing else decoded


# -------------------------------------------------------- the MIME-style (line based) API

MAXLINESIZE = 76    # the longest Base64 line written
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Base64-encode the binary file input into the binary file output, in lines of
    MAXLINESIZE characters."""
    while True:
        block = input.read(MAXBINSIZE)
        if not block:
            return
        while len(block) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(block))
            if not more:
                break
            block += more
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into the binary file output."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s"
                        % (view.ndim, type(s).__name__))


def encodebytes(s):
    """Base64 of the bytes-like s in lines of at most 76 characters, each ending in a
    newline."""
    _input_type_check(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode the Base64 lines of the bytes-like s."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def main():
    """The command line: base64 [-e|-d|-u|-t] [file] (encode by default, stdin for -)."""
    import getopt
    import sys
    usage = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0]
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hdeut')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print(usage)
        sys.exit(2)
    action = encode
    for option, _ in opts:
        if option == '-e':
            action = encode
        elif option in ('-d', '-u'):
            action = decode
        elif option == '-t':
            _selftest()
            return
        elif option == '-h':
            print(usage)
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            action(f, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


def _selftest():
    sample = b"Aladdin:open sesame"
    print(repr(sample))
    encoded = encodebytes(sample)
    print(repr(encoded))
    decoded = decodebytes(encoded)
    print(repr(decoded))
    assert sample == decoded


if __name__ == '__main__':
    main()
