"""multiprocessing.connection: Connection (one end of a Pipe: whole values with send()/recv(), raw
messages with send_bytes()/recv_bytes()), Pipe(), and Listener/Client, which meet at a Unix socket
path and prove to each other that they share an authentication key (HMAC-SHA256 of a random
challenge) before anything else is read."""

import _multiprocessing as _mp
import os
from multiprocessing.context import AuthenticationError, BufferTooShort

__all__ = ['Client', 'Listener', 'Pipe', 'wait']

CHALLENGE = b'#CHALLENGE#'
WELCOME = b'#WELCOME#'
FAILURE = b'#FAILURE#'
MESSAGE_LENGTH = 40
# What an unauthenticated peer may make us read: a challenge, or a digest (as CPython's 256).
_AUTH_MESSAGE_MAX = 256


class Connection:
    """One end of a Pipe: send()/recv() whole values, send_bytes()/recv_bytes() raw messages."""

    def __init__(self, handle, readable=True, writable=True):
        if not readable and not writable:
            raise ValueError("at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._readable = readable
        self._writable = writable

    def _check(self, reading):
        if self._handle._closed():
            raise OSError("handle is closed")
        if reading and not self._readable:
            raise OSError("connection is write-only")
        if not reading and not self._writable:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check(False)
        self._handle.send_bytes(_mp.dumps(obj))

    def recv(self):
        self._check(True)
        return _mp.loads(self._handle.recv_bytes())

    def send_bytes(self, buf, offset=0, size=None):
        self._check(False)
        buf = bytes(buf)
        n = len(buf)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._handle.send_bytes(buf[offset:offset + size])

    def recv_bytes(self, maxlength=None):
        """The next message; a message longer than `maxlength` is not read: OSError, and the
        connection can no longer be read (as CPython)."""
        self._check(True)
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._handle.recv_bytes(maxlength)
        if data is None:
            self._bad_message_length()
        return data

    def recv_bytes_into(self, buf, offset=0):
        self._check(True)
        if offset < 0:
            raise ValueError("negative offset")
        if offset > len(buf):
            raise ValueError("offset too large")
        data = self._handle.recv_bytes(None)
        end = offset + len(data)
        if end > len(buf):
            raise BufferTooShort(data)
        buf[offset:end] = data
        return len(data)

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    def poll(self, timeout=0.0):
        self._check(True)
        return self._handle.poll(timeout)

    def close(self):
        self._handle.close()

    @property
    def closed(self):
        return self._handle._closed()

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        if self._handle._closed():
            raise OSError("handle is closed")
        return self._handle.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Pipe(duplex=True):
    if duplex:
        a, b = _mp.socketpair()
        return Connection(a), Connection(b)
    r, w = _mp.pipe()
    return Connection(r, True, False), Connection(w, False, True)


def _check_authkey(authkey):
    if not isinstance(authkey, bytes):
        raise ValueError(f"Authkey must be bytes, not {type(authkey)!s}")


def deliver_challenge(connection, authkey):
    """Sends a random challenge; the peer must answer with its HMAC under `authkey`."""
    _check_authkey(authkey)
    message = _mp.random_bytes(MESSAGE_LENGTH)
    connection.send_bytes(CHALLENGE + message)
    response = connection.recv_bytes(_AUTH_MESSAGE_MAX)   # an unauthenticated peer: bounded
    if _mp.hmac_verify(authkey, message, response):
        connection.send_bytes(WELCOME)
    else:
        connection.send_bytes(FAILURE)
        raise AuthenticationError('digest received was wrong')


def answer_challenge(connection, authkey):
    """Answers the peer's challenge with its HMAC under `authkey`."""
    _check_authkey(authkey)
    message = connection.recv_bytes(_AUTH_MESSAGE_MAX)
    if not message.startswith(CHALLENGE):
        raise AuthenticationError(f'Protocol error, expected challenge: {message!r}')
    connection.send_bytes(_mp.hmac_sha256(authkey, message[len(CHALLENGE):]))
    response = connection.recv_bytes(_AUTH_MESSAGE_MAX)
    if response != WELCOME:
        raise AuthenticationError('digest sent was rejected')


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
        if authkey is not None:
            _check_authkey(authkey)
        self._dir = None
        if address is None:
            from multiprocessing import util
            address = os.path.join(util.get_temp_dir(), f'listener-{_mp.random_bytes(6).hex()}')
        self._address = _unix_address(address, family)
        self._listener = _mp.listen(self._address)
        self._authkey = authkey
        self._last_accepted = None

    def accept(self):
        if self._listener is None:
            raise OSError('listener is closed')
        c = Connection(self._listener.accept())
        self._last_accepted = ''
        if self._authkey is not None:
            try:
                deliver_challenge(c, self._authkey)
                answer_challenge(c, self._authkey)
            except BaseException:
                c.close()
                raise
        return c

    def close(self):
        """Stops listening and removes the socket's path."""
        listener = self._listener
        if listener is not None:
            self._listener = None
            listener.close()
            try:
                os.unlink(self._address)
            except OSError:
                pass

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Client(address, family=None, authkey=None):
    """A Connection to the Listener at `address`."""
    c = Connection(_mp.connect(_unix_address(address, family)))
    if authkey is not None:
        try:
            answer_challenge(c, authkey)
            deliver_challenge(c, authkey)
        except BaseException:
            c.close()
            raise
    return c


def wait(object_list, timeout=None):
    """The Connections of `object_list` that are ready to be read (waits up to `timeout`)."""
    import time
    ready = [c for c in object_list if c.poll(0)]
    if ready or timeout == 0:
        return ready
    deadline = None if timeout is None else time.monotonic() + timeout
    pause = 0.0005
    while True:
        ready = [c for c in object_list if c.poll(0)]
        if ready:
            return ready
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                return []
            pause = min(pause, left)
        if len(object_list) == 1:
            # One connection: wait on it directly.
            if object_list[0].poll(pause if deadline is not None else 0.05):
                return list(object_list)
        else:
            time.sleep(pause)
            pause = min(pause * 2, 0.01)
