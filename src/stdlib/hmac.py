# hmac: keyed hashing (RFC 2104) over any hashlib constructor, with the native
# _hashlib.compare_digest for constant-time comparison.
import hashlib as _hashlib_mod
from _hashlib import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None

_COPY = object()


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib_mod.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _xor(key, pad):
    return bytes((b ^ pad) for b in key)


class HMAC:
    """RFC 2104 HMAC: new(key, msg, digestmod) objects with update, digest, hexdigest, copy."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if key is _COPY:
            return
        if not isinstance(key, bytes):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _constructor(digestmod)
        self._inner = self._digest_cons()
        self._outer = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = self._inner.block_size
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = key + b'\x00' * (blocksize - len(key))
        self._outer.update(_xor(key, 0x5C))
        self._inner.update(_xor(key, 0x36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC(_COPY)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()
