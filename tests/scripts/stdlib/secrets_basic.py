# secrets: token sizes and alphabets, randbelow/choice ranges, compare_digest, errors.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0))
print(len(secrets.token_hex()), len(secrets.token_hex(4)), all(c in string.hexdigits for c in secrets.token_hex(16)))
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(16)), len(secrets.token_urlsafe(1)))
alphabet = set(string.ascii_letters + string.digits + '-_')
print(all(set(secrets.token_urlsafe(30)) <= alphabet for _ in range(20)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(sorted({secrets.choice('abc') for _ in range(200)}))
print(secrets.randbits(0), 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest(b'', b''))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
print(secrets.token_bytes(3) != secrets.token_bytes(3) or True)
for bad in (0, -5):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    secrets.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    secrets.compare_digest('abc', b'abc')
except TypeError as e:
    print('TypeError', e)
