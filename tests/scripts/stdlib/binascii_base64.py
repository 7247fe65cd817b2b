# binascii and base64: encodings both ways, str input to decoders, and the error messages.
import binascii
import base64


def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)


data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40], b'\xff\xfe\x00']
for d in data:
    print(binascii.hexlify(d), binascii.b2a_hex(d), binascii.b2a_base64(d), binascii.crc32(d), binascii.crc_hqx(d, 0))
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    print(base64.b85encode(d), base64.b85encode(d, pad=True), base64.a85encode(d), base64.encodebytes(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.decodebytes(base64.encodebytes(d)) == d
    assert binascii.unhexlify(binascii.hexlify(d)) == d

print(binascii.hexlify(b'\x01\x02\x03', '-', 2), binascii.hexlify(b'\x01\x02\x03', '-', -2), binascii.hexlify(b'\x01\x02\x03', b':'))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', 2), binascii.hexlify(b'', '-'), binascii.hexlify(b'\x01\x02', '-', 0))
print(binascii.unhexlify('AbCd'), binascii.a2b_hex(b'00ff'), binascii.b2a_base64(b'abc', newline=False))
print(binascii.crc32(b'hello', 12345), binascii.crc32(b'hello', -1), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(b'hello', -1))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
for s in [b'', b'=', b'QQ', b'QQ=', b'QQ==', b'QQ===', b'Q', b'QUJD', b'QUJDR', b'QU=JD', b'Q=Q==', b'QQ==QQ==',
          b'Q Q = =', b'!QQ==', b'QUJDRA', b'QUJDRA=', b'QQ=a=', b'====', b'QUJDRA=x=', b'QUJD\nRA==\n']:
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.a2b_base64, 'QQ==')
t(binascii.a2b_base64, 'QQ==\xe9')
t(binascii.a2b_base64, 5)
t(binascii.hexlify, b'\x01\x02\x03', '--')
t(binascii.hexlify, 'ab')
t(binascii.unhexlify, 'abc')
t(binascii.unhexlify, 'zz')
t(binascii.unhexlify, b'0g')
t(binascii.a2b_hex, '\xe9')
t(binascii.crc32, 'x')
t(binascii.b2a_base64, 'ab')
print(issubclass(binascii.Error, ValueError), binascii.Incomplete.__mro__[1].__name__, binascii.Error.__name__)

t(base64.b64decode, 'QQ==')
t(base64.b64decode, '\xe9')
t(base64.b64decode, 5)
t(base64.b64decode, b'-_8=', altchars=b'-_')
t(base64.b64decode, b'Q!Q==', validate=True)
t(base64.b64decode, b'Q!Q==')
t(base64.b64decode, b'QQ', validate=True)
t(base64.b64decode, b'QQ==QQ==', validate=True)
t(base64.b64encode, 'x')
t(base64.b64encode, b'\xfb\xff', altchars=b'-_')
t(base64.standard_b64encode, b'\xfb\xff')
t(base64.standard_b64decode, '+/8=')
t(base64.urlsafe_b64decode, '-_8=')
t(base64.urlsafe_b64decode, b'-_8')
t(base64.b32decode, b'MFRGG===')
t(base64.b32decode, 'MFRGG===')
t(base64.b32decode, b'MFRGG')
t(base64.b32decode, b'mfrgg===', casefold=True)
t(base64.b32decode, b'mfrgg===')
t(base64.b32decode, b'MFRGG1==')
t(base64.b32decode, b'M1RGG===', map01=b'L')
t(base64.b32decode, b'MFRGGZ==')
t(base64.b32hexdecode, b'C5H66===')
t(base64.b16decode, b'0a')
t(base64.b16decode, b'0a', casefold=True)
t(base64.b16decode, b'0A1')
t(base64.b16decode, b'0G')
t(base64.b85decode, b'|Nsl')
t(base64.b85decode, b'{{{{{')
t(base64.b85decode, b'|NsC0|')
t(base64.b85decode, b'ab"c')
t(base64.a85decode, b'z')
t(base64.a85decode, b'<~87cURD]i,"Ebo80~>', adobe=True)
t(base64.a85decode, b'87cURD]i,"Ebo80', adobe=True)
t(base64.a85decode, b'87cUR~')
t(base64.a85decode, b'y')
t(base64.a85decode, b'y', foldspaces=True)
t(base64.a85decode, b'8z')
t(base64.a85decode, b'87 cU\nRD')
t(base64.a85decode, b's8W-"')
t(base64.a85encode, b'Hello World!', adobe=True)
t(base64.a85encode, b'    \x00\x00\x00\x00', foldspaces=True)
t(base64.a85encode, b'Hello World! Hello World!', wrapcol=10, adobe=True)
t(base64.a85encode, b'\x00\x00', pad=True)
t(base64.encodebytes, b'x' * 100)
t(base64.encodebytes, 'x')
t(base64.decodebytes, 'eA==')
