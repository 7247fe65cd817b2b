"""hmac: digests for several hashes and key lengths, digestmod forms, copy, names/sizes, errors."""
import hmac, hashlib
def e(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as ex:
        print(type(ex).__name__, ex)
for mod in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha224, hashlib.sha384, 'SHA256'):
    for key in (b'', b'k', b'key' * 30, bytes(range(200)), bytearray(b'abc')):
        h = hmac.new(key, b'The quick brown fox', mod)
        print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32], hmac.digest(bytes(key), b'msg', mod).hex()[:16])
h = hmac.new(b'key', digestmod='sha256'); h.update(b'part1'); c = h.copy(); h.update(b'part2'); c.update(memoryview(b'part2'))
print(h.hexdigest() == c.hexdigest(), h.digest() == hmac.new(b'key', b'part1part2', 'sha256').digest(), type(c).__name__)
print(h.digest() == h.digest(), len(h.digest()))
e(hmac.new, 'str', b'x', 'sha256'); e(hmac.new, b'k', b'x'); e(hmac.new, b'k', b'x', None); e(hmac.new, b'k', b'x', 'nope')
e(hmac.new, 5, digestmod='md5'); e(hmac.new, b'k', 'text', 'md5')
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', b'ab'))
e(hmac.compare_digest, 'abc', b'abc'); e(hmac.compare_digest, 'é', 'é')
print(hmac.HMAC.blocksize, hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4], hmac.trans_5C[:4])
print(hmac.HMAC(b'k', digestmod=hashlib.md5).hexdigest())
import hashlib as H
class Fake:
    digest_size = 4; block_size = 16; name = 'fake'
    def __init__(self, d=b''): self.d = bytes(d)
    def update(self, d): self.d += bytes(d)
    def copy(self): f = Fake(); f.d = self.d; return f
    def digest(self): return H.sha1(self.d).digest()[:4]
    def hexdigest(self): return self.digest().hex()
print(hmac.new(b'k', b'm', Fake).hexdigest(), hmac.new(b'k', b'm', Fake).block_size)
import hmac, warnings, hashlib
class Fake:
    digest_size = 4; block_size = 8; name = 'fake'
    def __init__(self, d=b''): self.h = hashlib.sha1(bytes(d))
    def update(self, d): self.h.update(d)
    def copy(self): f = Fake(); f.h = self.h.copy(); return f
    def digest(self): return self.h.digest()[:4]
    def hexdigest(self): return self.digest().hex()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    h = hmac.new(b'k', b'm', Fake)
print(h.hexdigest(), h.block_size, [(x.category.__name__, str(x.message)) for x in w])
