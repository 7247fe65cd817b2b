"""secrets: random numbers and tokens fit for security use, from the operating system's
generator (os.urandom, through random.SystemRandom)."""

import base64
import hmac
import random

SystemRandom = random.SystemRandom
compare_digest = hmac.compare_digest

__all__ = """choice randbelow randbits SystemRandom token_bytes token_hex token_urlsafe
    compare_digest""".split()

_system = SystemRandom()

# Bytes of randomness in a token when the caller does not say.
DEFAULT_ENTROPY = 32

randbits = _system.getrandbits
choice = _system.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    bound = exclusive_upper_bound
    if bound > 0:
        return _system.randrange(bound)
    raise ValueError("Upper bound must be positive.")


def token_bytes(nbytes=None):
    """`nbytes` random bytes (DEFAULT_ENTROPY when None)."""
    return _system.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random text token: two hex digits per byte of randomness."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text token (base64 without padding), about 1.3 characters per byte."""
    raw = token_bytes(nbytes)
    return base64.urlsafe_b64encode(raw).rstrip(b'=').decode('ascii')
