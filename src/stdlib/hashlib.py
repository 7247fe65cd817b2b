# hashlib: secure hashes and message digests, on the native _hashlib (RustCrypto digests).
# The constructors, new() and pbkdf2_hmac are native; this layer names them as CPython does
# and adds the algorithm sets and file_digest.
import _hashlib
from _hashlib import pbkdf2_hmac, blake2b, blake2s

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
new = _hashlib.new

algorithms_guaranteed = set(_hashlib._algorithm_names)
algorithms_available = set(_hashlib._algorithm_names)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object with `digest` (a name or a constructor)."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # CPython asks for readinto() (into a bytearray, which gilpy lacks): read() does its job here.
    if not (hasattr(fileobj, 'read') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
