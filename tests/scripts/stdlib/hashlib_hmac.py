# hmac: HMAC objects over named and callable digests, hmac.digest, compare_digest.
import hmac
import hashlib


def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)


for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s'):
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'k' * 200, digestmod=hashlib.sha256)
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(hmac.new(b'', b'', 'sha1').hexdigest(), hmac.HMAC(b'key', digestmod='md5').hexdigest())
print(hmac.digest(b'k', b'm', 'sha256').hex(), hmac.digest(b'k', b'm', hashlib.sha1).hex())
print(hmac.compare_digest(b'ab', b'ab'), hmac.compare_digest(b'ab', b'ac'), hmac.compare_digest(b'a', b'ab'))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(b'', b''))
t(hmac.compare_digest, 'a', b'a')
t(hmac.compare_digest, '\xe9', '\xe9')
t(hmac.compare_digest, 1, 1)
t(hmac.new, 'k')
t(hmac.new, b'k')
t(hmac.new, b'k', digestmod='foo')
t(hmac.new(b'k', digestmod='sha256').update, 'str')
