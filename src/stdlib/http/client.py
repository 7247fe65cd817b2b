"""The client side of HTTP/1.1.

HTTPConnection sends requests over one socket (kept for the next request while the server lets
it stay open); HTTPResponse reads the status line, the headers (an HTTPMessage, which is an
email Message) and the body, whose end is known from Content-Length, from chunked transfer
coding, or from the connection closing. A connection moves through three states (idle, request
started, request sent) and each call checks that it comes in its turn."""

import email.message
import email.parser
import io
import re
import socket
from urllib.parse import urlsplit

from http import HTTPStatus

__all__ = [
    "HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected", "UnknownProtocol",
    "UnknownTransferEncoding", "UnimplementedFileMode", "IncompleteRead", "InvalidURL",
    "ImproperConnectionState", "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
    "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error", "responses",
]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = "UNKNOWN"

# The states of a connection, as the errors name them.
_IDLE = "Idle"
_STARTED = "Request-started"
_SENT = "Request-sent"

# Every status as a module constant too (http.client.NOT_FOUND == 404).
globals().update(HTTPStatus.__members__)

responses = {status.value: status.phrase for status in HTTPStatus}

# Limits on what a peer may send: the length of one line, the number of header lines.
_MAXLINE = 65536
_MAXHEADERS = 100

_HEADER_NAME = re.compile(rb"[^:\s][^:\r\n]*")
# A line break in a header value must be followed by whitespace (a fold), never start a line.
_BARE_LINE_BREAK = re.compile(rb"\n(?![ \t])|\r(?![ \t\n])")
_URL_CONTROL = re.compile("[\x00-\x20\x7f]")
_METHOD_CONTROL = re.compile("[\x00-\x1f]")

# Methods that send a body: they get 'Content-Length: 0' even without one.
_METHODS_WITH_BODY = frozenset(("PATCH", "POST", "PUT"))


class HTTPMessage(email.message.Message):
    """The headers of a request or an answer."""

    def getallmatchingheaders(self, name):
        """'Name: value' for each header whose name starts with `name`."""
        prefix = name.lower() + ":"
        return ["%s: %s" % (key, self.get(key)) for key in self.keys() if (key.lower() + ":").startswith(prefix)]


def _header_block(fp):
    """The raw header lines from `fp`, through the blank line that ends them."""
    block = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        block.append(line)
        if len(block) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b"\r\n", b"\n", b""):
            return block


def parse_headers(fp, _class=HTTPMessage):
    """Reads the headers from the binary file `fp` into an HTTPMessage (or `_class`)."""
    text = b"".join(_header_block(fp)).decode("iso-8859-1")
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """An answer being read from a connection's socket; begin() reads the head, read() the body."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.url = url
        self.headers = self.msg = None
        self.version = self.status = self.reason = _UNKNOWN
        self.chunked = self.chunk_left = self.length = self.will_close = _UNKNOWN

    # -- the head --

    def _status_line(self):
        """(version, status, reason) of the next status line."""
        raw = self.fp.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise LineTooLong("status line")
        line = str(raw, "iso-8859-1")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        words = line.split(None, 2)
        version = words[0] if words else ""
        if len(words) < 2 or not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(words[1])
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= status <= 999:
            raise BadStatusLine(line)
        return version, status, words[2] if len(words) > 2 else ""

    def begin(self):
        """Reads the status line and headers (skipping interim 100 Continue answers) and works
        out how the body ends."""
        if self.headers is not None:
            return
        version, status, reason = self._status_line()
        while status == HTTPStatus.CONTINUE:
            _header_block(self.fp)
            version, status, reason = self._status_line()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        coding = self.headers.get("transfer-encoding", "")
        self.chunked = coding.lower() == "chunked"
        self.chunk_left = None if self.chunked else _UNKNOWN
        self.will_close = self._check_close()
        self.length = None
        declared = self.headers.get("content-length")
        if declared and not self.chunked:
            try:
                self.length = int(declared)
            except ValueError:
                pass
            if self.length is not None and self.length < 0:
                self.length = None
        no_body = status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED) or status < 200 or self._method == "HEAD"
        if no_body:
            self.length = 0
        if self.length is None and not self.chunked:
            # Only the connection closing can end such a body.
            self.will_close = True

    def _check_close(self):
        """Whether the server closes the connection after this answer."""
        connection = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            return "close" in connection
        kept = self.headers.get("keep-alive") or "keep-alive" in connection
        kept = kept or "keep-alive" in (self.headers.get("proxy-connection") or "").lower()
        return not kept

    # -- the body --

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """True once the body has been read to its end (or the answer closed)."""
        return self.fp is None

    def _exactly(self, count):
        data = self.fp.read(count)
        if len(data) < count:
            raise IncompleteRead(data, count - len(data))
        return data

    def read(self, amt=None):
        """The body (at most `amt` bytes of it when given); b'' after its end."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None or amt < 0:
            if self.length is None:
                data = self.fp.read()
            else:
                data = self._exactly(self.length)
                self.length = 0
            self._close_conn()
            return data
        if self.length is not None:
            amt = min(amt, self.length)
        return self._counted(amt, self.fp.read(amt))

    def _counted(self, asked, data):
        """`data` read for a request of `asked` bytes, taken off what the body has left; the
        connection's file closes at the body's end."""
        if asked and not data:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if self.length == 0:
                self._close_conn()
        return data

    def _chunk_size_line(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        try:
            return int(line.split(b";", 1)[0], 16)
        except ValueError:
            self._close_conn()
            raise

    def _current_chunk(self):
        """Bytes left in the chunk being read (reading the next chunk's size when the last is
        used up); None after the last chunk, whose trailers are skipped."""
        left = self.chunk_left
        if left:
            return left
        if left is not None:
            self._exactly(2)
        try:
            left = self._chunk_size_line()
        except ValueError:
            raise IncompleteRead(b"") from None
        if left == 0:
            while True:
                trailer = self.fp.readline(_MAXLINE + 1)
                if len(trailer) > _MAXLINE:
                    raise LineTooLong("trailer line")
                if trailer in (b"\r\n", b"\n", b""):
                    break
            self._close_conn()
            left = None
        self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        pieces = []
        try:
            while amt is None or amt > 0:
                left = self._current_chunk()
                if left is None:
                    break
                take = left if amt is None else min(left, amt)
                pieces.append(self._exactly(take))
                self.chunk_left = left - take
                if amt is not None:
                    amt -= take
        except IncompleteRead as exc:
            raise IncompleteRead(b"".join(pieces)) from exc
        return b"".join(pieces)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def peek(self, n=-1):
        if self.fp is None or self._method == "HEAD" or not hasattr(self.fp, "peek"):
            return b""
        return self.fp.peek(n)

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            line = bytearray()
            while limit < 0 or len(line) < limit:
                ch = self.read(1)
                line += ch
                if not ch or ch == b"\n":
                    break
            return bytes(line)
        if self.length is not None and not 0 <= limit <= self.length:
            limit = self.length
        return self._counted(limit, self.fp.readline(limit))

    def fileno(self):
        return self.fp.fileno()

    # -- the headers --

    def getheader(self, name, default=None):
        """The header's value (several joined by ', '), or `default` when it is missing."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name)
        if not values:
            return default
        return ", ".join(values)

    def getheaders(self):
        """[(name, value), ...] in the order received."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


def _body_length(body, method):
    """The Content-Length a body gets; None when it must go chunked (a file or an iterable)."""
    if body is None:
        return 0 if method.upper() in _METHODS_WITH_BODY else None
    if hasattr(body, "read"):
        return None
    if isinstance(body, str):
        return len(body)
    try:
        return memoryview(body).nbytes
    except TypeError:
        return None


def _host_header(host):
    try:
        return host.encode("ascii")
    except UnicodeEncodeError:
        return host.encode("idna")


class HTTPConnection:
    """A connection to one server: request(), then getresponse() and read it, then again."""

    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self._answer = None
        self._state = _IDLE
        self._method = None
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        found = _URL_CONTROL.search(self.host)
        if found:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (self.host, found.group()))
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        """(host, port) of 'host', 'host:port' or '[v6 address]:port'."""
        if port is None:
            head, colon, tail = host.rpartition(":")
            if colon and "]" not in tail:
                if tail == "":
                    port = self.default_port
                elif tail.isdigit():
                    port = int(tail)
                else:
                    raise InvalidURL("nonnumeric port: '%s'" % tail)
                host = head
            else:
                port = self.default_port
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers or {})

    def connect(self):
        """Opens the socket (request() does it when needed)."""
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        """Closes the socket and any answer not yet read."""
        self._state = _IDLE
        sock, self.sock = self.sock, None
        answer, self._answer = self._answer, None
        try:
            if sock:
                sock.close()
        finally:
            if answer:
                answer.close()

    def send(self, data):
        """Sends bytes, a file's contents or an iterable's items, connecting first if needed."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if hasattr(data, "read"):
            for block in _blocks_of(data, self.blocksize):
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if not hasattr(data, "__iter__"):
                raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data))
            for piece in data:
                self.sock.sendall(piece)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        """Sends the buffered head, then the body (in chunked coding when asked)."""
        head = b"\r\n".join(self._buffer + [b"", b""])
        self._buffer = []
        self.send(head)
        if message_body is None:
            return
        chunked = encode_chunked and self._http_vsn == 11
        for piece in _pieces_of(message_body, self.blocksize):
            if not piece:
                continue
            if isinstance(piece, str):
                piece = piece.encode("iso-8859-1")
            if chunked:
                piece = b"%X\r\n" % len(piece) + bytes(piece) + b"\r\n"
            self.send(piece)
        if chunked:
            self.send(b"0\r\n\r\n")

    def _forget_finished_answer(self):
        if self._answer is not None and self._answer.isclosed():
            self._answer = None

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: its request line, then Host and Accept-Encoding unless skipped."""
        self._forget_finished_answer()
        if self._state != _IDLE:
            raise CannotSendRequest(self._state)
        self._state = _STARTED
        found = _METHOD_CONTROL.search(method)
        if found:
            raise ValueError("method can't contain control characters. %r (found at least %r)" % (method, found.group()))
        url = url or "/"
        found = _URL_CONTROL.search(url)
        if found:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (url, found.group()))
        self._method = method
        self._output(("%s %s %s" % (method, url, self._http_vsn_str)).encode("ascii"))
        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = urlsplit(url).netloc if url.startswith("http") else ""
            if netloc:
                self.putheader("Host", _host_header(netloc))
            else:
                host = "[%s]" % self.host if ":" in self.host else self.host
                if self.port == self.default_port:
                    self.putheader("Host", _host_header(host))
                else:
                    self.putheader("Host", "%s:%s" % (_host_header(host).decode("ascii"), self.port))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    def putheader(self, header, *values):
        """Adds a header line to the request being started (several values: one folded line)."""
        if self._state != _STARTED:
            raise CannotSendHeader()
        name = header.encode("ascii") if hasattr(header, "encode") else header
        if not _HEADER_NAME.fullmatch(name):
            raise ValueError("Invalid header name %r" % (name,))
        encoded = []
        for value in values:
            if hasattr(value, "encode"):
                value = value.encode("latin-1")
            elif isinstance(value, int):
                value = str(value).encode("ascii")
            if _BARE_LINE_BREAK.search(value):
                raise ValueError("Invalid header value %r" % (value,))
            encoded.append(value)
        self._output(name + b": " + b"\r\n\t".join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the head and sends the request, with `message_body` if given."""
        if self._state != _STARTED:
            raise CannotSendHeader()
        self._state = _SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a whole request. A body is bytes, text (sent as ISO-8859-1), a file or an
        iterable; without a Content-Length header, one is added (or chunked coding used)."""
        given = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host="host" in given, skip_accept_encoding="accept-encoding" in given)
        if "content-length" in given or "transfer-encoding" in given:
            chunked = encode_chunked and "content-length" not in given
        else:
            length = _body_length(body, method)
            chunked = length is None and body is not None
            if chunked:
                self.putheader("Transfer-Encoding", "chunked")
            elif length is not None:
                self.putheader("Content-Length", str(length))
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = body.encode("iso-8859-1")
        self.endheaders(body, encode_chunked=chunked)

    def getresponse(self):
        """The answer to the request sent; ResponseNotReady when no request is waiting for one."""
        self._forget_finished_answer()
        if self._state != _SENT or self._answer is not None:
            raise ResponseNotReady(self._state)
        answer = self.response_class(self.sock, method=self._method)
        try:
            try:
                answer.begin()
            except ConnectionError:
                self.close()
                raise
        except BaseException:
            answer.close()
            raise
        self._state = _IDLE
        if answer.will_close:
            self.close()
        else:
            self._answer = answer
        return answer


def _blocks_of(f, size):
    while True:
        block = f.read(size)
        if not block:
            return
        yield block.encode("iso-8859-1") if isinstance(block, str) else block


def _pieces_of(body, blocksize):
    """The pieces a body is sent in: a file by blocks, bytes whole, an iterable item by item."""
    if hasattr(body, "read"):
        return _blocks_of(body, blocksize)
    try:
        memoryview(body)
        return (body,)
    except TypeError:
        pass
    try:
        return iter(body)
    except TypeError:
        raise TypeError("message_body should be a bytes-like object or an iterable, got %r" % type(body)) from None


# ---- errors ----------------------------------------------------------------------------------

class HTTPException(Exception):
    """The root of http.client's errors."""


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    """The body ended early: `partial` is what came, `expected` how many more bytes were due."""

    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = "" if self.expected is None else ", %i more expected" % self.expected
        return "%s(%i bytes read%s)" % (type(self).__name__, len(self.partial), more)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        self.line = line or repr(line)
        self.args = (self.line,)


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        super().__init__("got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before answering."""

    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)
        self.args = pos


error = HTTPException
