# hashlib: every guaranteed algorithm, hash object API, blake2 parameters, SHAKE, pbkdf2, errors.
import hashlib


def t(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for data in (b'', b'abc', b'a' * 1000):
        h = hashlib.new(name, data)
        if name.startswith('shake'):
            print(' ', h.hexdigest(20), h.digest(5))
        else:
            print(' ', h.hexdigest(), len(h.digest()))
    h1 = getattr(hashlib, name)(b'hello ')
    h2 = h1.copy()
    h1.update(b'world')
    h2.update(b'there')
    if name.startswith('shake'):
        print(' ', h1.hexdigest(8), h2.hexdigest(8))
    else:
        print(' ', h1.hexdigest(), h2.hexdigest(), h1.digest() == bytes.fromhex(h1.hexdigest()))

print(hashlib.md5(b'a', usedforsecurity=False).hexdigest(), hashlib.sha256(string=b'abc').hexdigest())
print(hashlib.new('SHA256', b'x').name, hashlib.new('sha256', data=b'abc').hexdigest(), hashlib.new('sha3_256').name)
print(hashlib.blake2b(b'abc', digest_size=20).hexdigest(), hashlib.blake2b(b'abc', key=b'secret').hexdigest())
print(hashlib.blake2b(b'abc', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=16, key=b'k' * 32, salt=b's' * 8, person=b'p' * 8).hexdigest())
print(hashlib.blake2b(digest_size=7).digest_size, hashlib.blake2s().digest_size, hashlib.new('blake2b', b'q', digest_size=10).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
k = hashlib.blake2b(key=b'key', digest_size=32)
k2 = k.copy()
k.update(b'data')
print(k.hexdigest(), k2.hexdigest())
print(hashlib.shake_128(b'x').hexdigest(0), hashlib.shake_256(b'x').hexdigest(40), hashlib.shake_128(b'x').digest(length=3))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 10).hex(), hashlib.pbkdf2_hmac('md5', b'p', b's', 5, dklen=40).hex())
print(hashlib.pbkdf2_hmac('sha512', b'password', b'salt', 3).hex())
print(hashlib.pbkdf2_hmac('sha3_256', b'a', b'b', 2).hex(), hashlib.pbkdf2_hmac('blake2b', b'a', b'b', 2, 16).hex())

import io
print(hashlib.file_digest(io.BytesIO(b'file contents'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'file contents'), hashlib.md5).hexdigest())

t(hashlib.new, 'foo')
t(hashlib.md5, 'a')
t(hashlib.md5, 1)
t(hashlib.md5().update, 'a')
t(hashlib.md5().update, 1)
t(hashlib.shake_128(b'x').hexdigest)
t(hashlib.shake_128(b'x').hexdigest, 'a')
t(hashlib.blake2b, digest_size=65)
t(hashlib.blake2b, digest_size=0)
t(hashlib.blake2b, key=b'x' * 65)
t(hashlib.blake2b, salt=b'x' * 17)
t(hashlib.blake2b, person=b'x' * 17)
t(hashlib.blake2s, key=b'x' * 33)
t(hashlib.blake2s, salt=b'x' * 9)
t(hashlib.blake2s, digest_size=33)
t(hashlib.blake2b, b'a', b'b')
t(hashlib.pbkdf2_hmac, 'sha1', b'a', b'b', 0)
t(hashlib.pbkdf2_hmac, 'sha1', b'a', b'b', 1, 0)
t(hashlib.pbkdf2_hmac, 'sha1', 'a', b'b', 1)
t(hashlib.pbkdf2_hmac, 'sha1', b'a', b'b', 1.5)
t(hashlib.file_digest, 1, 'sha256')
