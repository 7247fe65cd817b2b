"""socket: the socket class, the address families and kinds as enum-like ints, makefile()
streams, and the helpers create_connection, create_server, socketpair, fromfd, getfqdn and
getaddrinfo, over the native _socket module (which owns descriptors and every blocking call)."""

import _socket
from io import _Lines
from _socket import (
    AF_UNSPEC, SOCK_NONBLOCK, SOCK_CLOEXEC, SOL_SOCKET, SOL_TCP, SOL_UDP, SOL_IP,
    SO_DEBUG, SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_DONTROUTE, SO_BROADCAST, SO_SNDBUF,
    SO_RCVBUF, SO_KEEPALIVE, SO_OOBINLINE, SO_LINGER, SO_REUSEPORT, SO_RCVLOWAT, SO_SNDLOWAT,
    SO_RCVTIMEO, SO_SNDTIMEO, SO_ACCEPTCONN, SO_PROTOCOL, SO_DOMAIN,
    IPPROTO_IP, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6, IPPROTO_RAW, IPV6_V6ONLY,
    TCP_NODELAY, TCP_MAXSEG, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT,
    SHUT_RD, SHUT_WR, SHUT_RDWR,
    MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_WAITALL, MSG_DONTWAIT, MSG_NOSIGNAL, MSG_TRUNC, MSG_EOR,
    SOMAXCONN, INADDR_ANY, INADDR_BROADCAST, INADDR_LOOPBACK, INADDR_NONE,
    AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED, AI_ALL, AI_ADDRCONFIG, AI_NUMERICSERV,
    NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM, NI_MAXHOST, NI_MAXSERV,
    EAI_ADDRFAMILY, EAI_AGAIN, EAI_BADFLAGS, EAI_FAIL, EAI_FAMILY, EAI_MEMORY, EAI_NODATA,
    EAI_NONAME, EAI_SERVICE, EAI_SOCKTYPE, EAI_SYSTEM,
    gethostname, gethostbyname, gethostbyname_ex, gethostbyaddr,
    htons, ntohs, htonl, ntohl, inet_aton, inet_ntoa, inet_pton, inet_ntop,
    gaierror, herror, has_ipv6,
)
# The rest of _socket's constants (every address family, protocol and option name), as they are.
globals().update({_name: _value for _name, _value in vars(_socket).items()
                  if (_name.isupper() or _name == 'AF_DECnet') and _name not in globals()})

error = OSError
timeout = TimeoutError


class _IntConstant(int):
    """A member of AddressFamily or SocketKind: an int with a name, shown as an enum member."""

    def __new__(cls, value, name):
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, int(self))

    def __str__(self):
        return str(int(self))

    def __format__(self, spec):
        return format(int(self), spec)

    def __reduce__(self):
        return (type(self), (int(self), self._name_))


class AddressFamily(_IntConstant):
    pass


class SocketKind(_IntConstant):
    pass


AF_UNIX = AddressFamily(_socket.AF_UNIX, "AF_UNIX")
AF_INET = AddressFamily(_socket.AF_INET, "AF_INET")
AF_INET6 = AddressFamily(_socket.AF_INET6, "AF_INET6")
SOCK_STREAM = SocketKind(_socket.SOCK_STREAM, "SOCK_STREAM")
SOCK_DGRAM = SocketKind(_socket.SOCK_DGRAM, "SOCK_DGRAM")
SOCK_RAW = SocketKind(_socket.SOCK_RAW, "SOCK_RAW")
SOCK_SEQPACKET = SocketKind(_socket.SOCK_SEQPACKET, "SOCK_SEQPACKET")

_FAMILIES = {1: AF_UNIX, 2: AF_INET, 10: AF_INET6}
_KINDS = {1: SOCK_STREAM, 2: SOCK_DGRAM, 3: SOCK_RAW, 5: SOCK_SEQPACKET}


def _family(n):
    return _FAMILIES.get(n, n)


def _kind(n):
    return _KINDS.get(n, n)


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    if timeout is not None:
        probe = _socket.socketpair()
        try:
            probe[0].settimeout(timeout)
        finally:
            probe[0].close()
            probe[1].close()
        timeout = float(timeout)
    _default_timeout = timeout


class socket:
    """A network socket; the descriptor closes on close(), at the end of a with block, or when
    the object is no longer referenced."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        self._sock = _socket.socket(family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False
        if _default_timeout is not None and fileno is None and not (type & SOCK_NONBLOCK):
            self._sock.settimeout(_default_timeout)

    @classmethod
    def _wrap(cls, native):
        self = cls.__new__(cls)
        self._sock = native
        self._io_refs = 0
        self._closed = False
        return self

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__,
            " [closed]" if closed else "", self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + ">"

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % self.__class__.__name__)

    @property
    def family(self):
        return _family(self._sock.family)

    @property
    def type(self):
        return _kind(self._sock.type)

    @property
    def proto(self):
        return self._sock.proto

    @property
    def timeout(self):
        return self._sock.gettimeout()

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._sock.close()

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def detach(self):
        self._closed = True
        return self._sock.detach()

    def dup(self):
        return self.__class__._wrap(self._sock.dup())

    def bind(self, address):
        self._sock.bind(address)

    def listen(self, backlog=None):
        if backlog is None:
            backlog = min(SOMAXCONN, 128)
        self._sock.listen(backlog)

    def accept(self):
        native, addr = self._sock.accept()
        conn = socket._wrap(native)
        if _default_timeout is not None:
            native.settimeout(_default_timeout)
        return conn, addr

    def connect(self, address):
        self._sock.connect(address)

    def connect_ex(self, address):
        return self._sock.connect_ex(address)

    def send(self, data, flags=0):
        return self._sock.send(data, flags)

    def sendall(self, data, flags=0):
        self._sock.sendall(data, flags)

    def sendto(self, data, *flags_and_address):
        return self._sock.sendto(data, *flags_and_address)

    def recv(self, bufsize, flags=0):
        return self._sock.recv(bufsize, flags)

    def recvfrom(self, bufsize, flags=0):
        return self._sock.recvfrom(bufsize, flags)

    def recv_into(self, buffer, nbytes=0, flags=0):
        if isinstance(buffer, (bytes, str)):
            raise TypeError("recv_into() argument 'buffer' must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = len(buffer)
        elif nbytes > len(buffer):
            raise ValueError("buffer too small for requested bytes")
        data = self._sock.recv(nbytes, flags)
        buffer[:len(data)] = data
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        if nbytes == 0:
            nbytes = len(buffer)
        data, addr = self._sock.recvfrom(nbytes, flags)
        buffer[:len(data)] = data
        return len(data), addr

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def setsockopt(self, level, optname, value, optlen=None):
        self._sock.setsockopt(level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        if buflen is None:
            return self._sock.getsockopt(level, optname)
        return self._sock.getsockopt(level, optname, buflen)

    def settimeout(self, value):
        self._sock.settimeout(value)

    def gettimeout(self):
        return self._sock.gettimeout()

    def setblocking(self, flag):
        self._sock.setblocking(flag)

    def getblocking(self):
        return self._sock.getblocking()

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        if not binary and buffering == 0:
            raise ValueError("unbuffered streams must be binary")
        if buffering is None or buffering < 0:
            buffering = 8192
        self._io_refs += 1
        return SocketFile(self, reading, writing, binary, buffering, encoding or "utf-8",
                          errors or "strict", newline)


class SocketFile(_Lines):
    """What makefile() returns: a buffered binary stream over the socket, or a text one."""

    def __init__(self, sock, reading, writing, binary, buffering, encoding, errors, newline):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._binary = binary
        self._buffering = buffering
        self.encoding = None if binary else encoding
        self.errors = None if binary else errors
        self._newline = newline
        self._rbuf = b""
        self._wbuf = []
        self._wlen = 0
        self._eof = False
        self.closed = False
        m = ("r" if reading else "") + ("w" if writing else "")
        self.mode = m + "b" if binary else m
        self.name = sock.fileno()

    def __repr__(self):
        if self._binary:
            kind = "BufferedRWPair" if self._reading and self._writing else (
                "BufferedReader" if self._reading else "BufferedWriter")
            if kind == "BufferedRWPair":
                return "<_io.BufferedRWPair object>"
            return "<_io.%s name=%d>" % (kind, self.name)
        return "<_io.TextIOWrapper name=%d mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)

    def _check(self, reading):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if reading and not self._reading:
            raise _unsupported("read" if self._binary else "not readable")
        if not reading and not self._writing:
            raise _unsupported("write" if self._binary else "not writable")

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    def _fill(self):
        """Reads one chunk into the buffer; False at end of stream."""
        if self._eof:
            return False
        try:
            chunk = self._sock.recv(self._buffering if self._buffering > 1 else 8192)
        except TimeoutError:
            raise
        if not chunk:
            self._eof = True
            return False
        self._rbuf += chunk
        return True

    def _text(self, data):
        if self._binary:
            return data
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._rbuf = self._rbuf, b""
            return self._text(data)
        while len(self._rbuf) < size and self._fill():
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return self._text(data)

    def read1(self, size=-1):
        self._check(True)
        if not self._rbuf:
            self._fill()
        if size is None or size < 0:
            size = len(self._rbuf)
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def readline(self, size=-1):
        self._check(True)
        if size is None:
            size = -1
        while True:
            i = self._rbuf.find(b"\n")
            if i >= 0 and (size < 0 or i < size):
                line, self._rbuf = self._rbuf[:i + 1], self._rbuf[i + 1:]
                return self._text(line)
            if 0 <= size <= len(self._rbuf):
                line, self._rbuf = self._rbuf[:size], self._rbuf[size:]
                return self._text(line)
            if not self._fill():
                line, self._rbuf = self._rbuf, b""
                return self._text(line)

    def write(self, data):
        self._check(False)
        if self._binary:
            if not isinstance(data, bytes):
                raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
            raw = data
        else:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            text = data
            if self._newline not in (None, "", "\n"):
                text = text.replace("\n", self._newline)
            raw = text.encode(self.encoding, self.errors)
        if self._buffering == 0:
            self._sock.sendall(raw)
            return len(data)
        self._wbuf.append(raw)
        self._wlen += len(raw)
        if self._wlen >= self._buffering:
            self._flush_buffer()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def _flush_buffer(self):
        if self._wbuf:
            data = b"".join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self._sock.sendall(data)

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file" if self._binary else "I/O operation on closed file.")
        if self._writing:
            self._flush_buffer()

    def close(self):
        if self.closed:
            return
        try:
            if self._writing:
                self._flush_buffer()
        finally:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()


SocketType = socket


def _unsupported(msg):
    import io
    return io.UnsupportedOperation(msg)


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return socket._wrap(a), socket._wrap(b)


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, _socket.dup(fd))


_GLOBAL_DEFAULT_TIMEOUT = object()


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    out = []
    for af, kind, pr, canon, sa in _socket.getaddrinfo(host, port, family, type, proto, flags):
        out.append((_family(af), _kind(kind), pr, canon, sa))
    return out


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    errors = []
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors = []
            return sock
        except OSError as exc:
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if all_errors:
                raise ExceptionGroup("create_connection failed", errors)
            raise errors[0]
        finally:
            errors = None
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as err:
            msg = "%s (while attempting to bind on address %r)" % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except OSError:
        sock.close()
        raise


def getfqdn(name=""):
    name = name.strip()
    if not name or name in ("0.0.0.0", "::"):
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except OSError:
        return name
    for candidate in [hostname] + aliases:
        if "." in candidate:
            return candidate
    return hostname
