"""hmac: keyed hashing (RFC 2104) over any hashlib constructor, with the native
_hashlib.compare_digest for constant-time comparison.

An HMAC keeps two running hashes: the inner one has seen (key XOR 0x36...) and then the message,
the outer one (key XOR 0x5C...); the digest is the outer hash of the inner digest."""

import hashlib as _hashlib
from _hashlib import compare_digest

# Byte translation tables for the outer and inner pads (kept public, as CPython's).
trans_5C = bytes([i ^ 0x5C for i in range(256)])
trans_36 = bytes([i ^ 0x36 for i in range(256)])

digest_size = None

_FALLBACK_BLOCK = 64


def _hash_factory(digestmod):
    """A function making a fresh hash object (optionally fed initial data) for `digestmod`: a
    hashlib name, a constructor, or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC: new(key, msg, digestmod) objects with update, digest, hexdigest, copy."""
    blocksize = _FALLBACK_BLOCK

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _hash_factory(digestmod)
        self._digest_cons = make
        self._inner, self._outer = make(), make()
        self.digest_size = self._inner.digest_size
        block = self._inner.block_size
        if block < 16:
            import warnings
            warnings.warn(f'block_size of {block} seems too small; using our default of {self.blocksize}.',
                          RuntimeWarning, 2)
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        padded = bytes(key).ljust(block, b'\0')
        self._inner.update(padded.translate(trans_36))
        self._outer.update(padded.translate(trans_5C))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return f'hmac-{self._inner.name}'

    def update(self, msg):
        """Feeds more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _finished(self):
        """The outer hash fed the inner digest (this object stays open for more updates)."""
        final = self._outer.copy()
        final.update(self._inner.digest())
        return final

    def digest(self):
        return self._finished().digest()

    def hexdigest(self):
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object (digestmod is required)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key in one call; `digest` names the hash as digestmod does."""
    return HMAC(key, msg, digest).digest()
