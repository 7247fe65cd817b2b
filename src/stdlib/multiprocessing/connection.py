"""multiprocessing.connection: Connection (one end of a Pipe: whole values with send()/recv(), raw
messages with send_bytes()/recv_bytes()), Pipe(), and Listener/Client, which meet at a Unix socket
path and prove to each other that they share an authentication key (HMAC-SHA256 of a random
challenge) before anything else is read."""

import _multiprocessing as _mp
import os
from multiprocessing.context import AuthenticationError, BufferTooShort

__all__ = ['Client', 'Listener', 'Pipe', 'wait']

# The handshake's messages (the same bytes as CPython's, so either side may be CPython's).
CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'
MESSAGE_LENGTH = 40
# What an unauthenticated peer may make us read: a challenge, or a digest (as CPython's 256).
_AUTH_MESSAGE_MAX = 256

_READING, _WRITING = True, False


class Connection:
    """One end of a Pipe: send()/recv() whole values, send_bytes()/recv_bytes() raw messages."""

    def __init__(self, handle, readable=True, writable=True):
        if not (readable or writable):
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle, self._readable, self._writable = handle, readable, writable

    def _usable(self, direction):
        """The handle, once this end is known to be open and to work in `direction`."""
        if self._handle._closed():
            raise OSError("handle is closed")
        if direction is _READING and not self._readable:
            raise OSError("connection is write-only")
        if direction is _WRITING and not self._writable:
            raise OSError("connection is read-only")
        return self._handle

    # ----- whole values (pickled)
    def send(self, obj):
        self._usable(_WRITING).send_bytes(_mp.dumps(obj))

    def recv(self):
        return _mp.loads(self._usable(_READING).recv_bytes())

    # ----- raw messages
    def send_bytes(self, buf, offset=0, size=None):
        handle = self._usable(_WRITING)
        data = bytes(buf)
        handle.send_bytes(data[_window(len(data), offset, size)])

    def recv_bytes(self, maxlength=None):
        """The next message; a message longer than `maxlength` is not read: OSError, and the
        connection can no longer be read (as CPython)."""
        handle = self._usable(_READING)
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = handle.recv_bytes(maxlength)
        if data is None:
            # Too long: this end stops reading (a read-only end is closed).
            if self._writable:
                self._readable = False
            else:
                self.close()
            raise OSError("bad message length")
        return data

    def recv_bytes_into(self, buf, offset=0):
        """Reads the next message into the writable buffer `buf` from byte `offset`; returns the
        message's length (BufferTooShort, holding the message, when it does not fit)."""
        handle = self._usable(_READING)
        with memoryview(buf) as view:
            flat = view.cast('B')
            if offset < 0:
                raise ValueError("negative offset")
            if offset > len(flat):
                raise ValueError("offset too large")
            data = handle.recv_bytes(None)
            stop = offset + len(data)
            if stop > len(flat):
                raise BufferTooShort(data)
            flat[offset:stop] = data
        return len(data)

    def poll(self, timeout=0.0):
        return self._usable(_READING).poll(timeout)

    # ----- state
    def close(self):
        self._handle.close()

    closed = property(lambda self: self._handle._closed(), doc='True if the connection is closed')
    readable = property(lambda self: self._readable, doc='True if the connection is readable')
    writable = property(lambda self: self._writable, doc='True if the connection is writable')

    def fileno(self):
        if self._handle._closed():
            raise OSError("handle is closed")
        return self._handle.fileno()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()


def _window(length, offset, size):
    """The slice of a `length`-byte buffer that send_bytes(buf, offset, size) sends."""
    if offset < 0:
        raise ValueError("offset is negative")
    if offset > length:
        raise ValueError("buffer length < offset")
    if size is None:
        return slice(offset, length)
    if size < 0:
        raise ValueError("size is negative")
    if offset + size > length:
        raise ValueError("buffer length < offset + size")
    return slice(offset, offset + size)


def Pipe(duplex=True):
    """Two connected Connections: both ways (a socket pair), or reader then writer (an OS pipe)."""
    if not duplex:
        reader, writer = _mp.pipe()
        return Connection(reader, True, False), Connection(writer, False, True)
    one, other = _mp.socketpair()
    return Connection(one), Connection(other)


# ----------------------------------------------------------------------------- authentication

def _require_bytes_key(authkey):
    if isinstance(authkey, bytes):
        return authkey
    raise ValueError(f"Authkey must be bytes, not {type(authkey)!s}")


def deliver_challenge(connection, authkey):
    """Sends a random challenge; the peer must answer with its HMAC under `authkey`."""
    key = _require_bytes_key(authkey)
    nonce = _mp.random_bytes(MESSAGE_LENGTH)
    connection.send_bytes(CHALLENGE + nonce)
    digest = connection.recv_bytes(_AUTH_MESSAGE_MAX)   # an unauthenticated peer: bounded
    accepted = _mp.hmac_verify(key, nonce, digest)
    connection.send_bytes(WELCOME if accepted else FAILURE)
    if not accepted:
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    """Answers the peer's challenge with its HMAC under `authkey`."""
    key = _require_bytes_key(authkey)
    challenge = connection.recv_bytes(_AUTH_MESSAGE_MAX)
    head, nonce = challenge[:len(CHALLENGE)], challenge[len(CHALLENGE):]
    if head != CHALLENGE:
        raise AuthenticationError(f'Protocol error, expected challenge: {challenge!r}')
    connection.send_bytes(_mp.hmac_sha256(key, nonce))
    if connection.recv_bytes(_AUTH_MESSAGE_MAX) != WELCOME:
        raise AuthenticationError('digest sent was rejected')


def _authenticated(conn, authkey, challenge_first):
    """`conn` once both sides have proved they hold `authkey` (closed if either fails); the
    listening side challenges first, the client answers first."""
    if authkey is None:
        return conn
    steps = (deliver_challenge, answer_challenge)
    try:
        for step in (steps if challenge_first else steps[::-1]):
            step(conn, authkey)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_given_key(authkey):
    if authkey is not None and not isinstance(authkey, bytes):
        raise TypeError('authkey should be a byte string')


def _unix_address(address, family):
    if family not in (None, 'AF_UNIX'):
        raise ValueError(f"gilpy supports only the 'AF_UNIX' family, not {family!r}")
    if not isinstance(address, str):
        raise ValueError(f"gilpy supports only AF_UNIX addresses (paths), not {address!r}")
    return address


class Listener:
    """A Unix socket at `address` (a fresh path in a private directory if None) that accepts
    Connections; with an authkey each peer must prove it holds the key (and vice versa)."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        _check_given_key(authkey)
        if address is None:
            from multiprocessing import util
            address = os.path.join(util.get_temp_dir(), 'listener-' + _mp.random_bytes(6).hex())
        self._address = _unix_address(address, family)
        self._listener = _mp.listen(self._address)
        self._authkey = authkey
        self._last_accepted = None

    def accept(self):
        if self._listener is None:
            raise OSError('listener is closed')
        peer = Connection(self._listener.accept())
        self._last_accepted = ''      # a Unix socket's peer has no address
        return _authenticated(peer, self._authkey, True)

    def close(self):
        """Stops listening and removes the socket's path."""
        sock, self._listener = self._listener, None
        if sock is None:
            return
        sock.close()
        try:
            os.unlink(self._address)
        except OSError:
            pass

    address = property(lambda self: self._address)
    last_accepted = property(lambda self: self._last_accepted)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.close()


def Client(address, family=None, authkey=None):
    """A Connection to the Listener at `address`."""
    conn = Connection(_mp.connect(_unix_address(address, family)))
    try:
        _check_given_key(authkey)
    except TypeError:
        conn.close()
        raise
    return _authenticated(conn, authkey, False)


def wait(object_list, timeout=None):
    """The Connections of `object_list` that are ready to be read (waits up to `timeout`)."""
    import time

    def ready_now():
        return [c for c in object_list if c.poll(0)]

    found = ready_now()
    if found or timeout == 0:
        return found
    give_up = None if timeout is None else time.monotonic() + timeout
    nap = 0.0005
    while True:
        found = ready_now()
        if found:
            return found
        if give_up is not None:
            remaining = give_up - time.monotonic()
            if remaining <= 0:
                return []
            nap = min(nap, remaining)
        if len(object_list) == 1:
            # A single connection: block in its own poll instead of sleeping.
            if object_list[0].poll(nap if give_up is not None else 0.05):
                return list(object_list)
        else:
            time.sleep(nap)
            nap = min(nap * 2, 0.01)
