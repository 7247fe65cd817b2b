"""The client side of HTTP/1.1: HTTPConnection sends requests over a socket (keeping the connection
for the next request when the server allows), HTTPResponse reads the status line, the headers
(an HTTPMessage, which is an email Message) and the body: by Content-Length, chunked, or to the
end of the connection. The states a connection goes through decide which call is allowed next."""

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

# Connection states: no request yet (or the last answered), a request line sent, a request sent.
_CS_IDLE = "Idle"
_CS_REQ_STARTED = "Request-started"
_CS_REQ_SENT = "Request-sent"

globals().update(HTTPStatus.__members__)

responses = {status.value: status.phrase for status in HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100

# Header names are tokens; values must not smuggle in a new line.
_VALID_NAME = re.compile(rb"^[^:\s][^:\r\n]*$").fullmatch
_INVALID_VALUE = re.compile(rb"\n(?![ \t])|\r(?![ \t\n])").search
_CONTROL_IN_URL = re.compile("[\x00-\x20\x7f]")
_CONTROL_IN_METHOD = re.compile("[\x00-\x1f]")

_METHODS_WITH_BODY = {"PATCH", "POST", "PUT"}


class HTTPMessage(email.message.Message):
    """The headers of a request or response."""

    def getallmatchingheaders(self, name):
        """The raw 'Name: value' lines of every header called `name`."""
        name = name.lower() + ":"
        lines = []
        for key in self.keys():
            if (key.lower() + ":").startswith(name):
                lines.append("%s: %s" % (key, self.get(key)))
        return lines


def _read_header_lines(fp):
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b"\r\n", b"\n", b""):
            break
    return lines


def parse_headers(fp, _class=HTTPMessage):
    """Reads header lines from the binary file `fp` up to the blank line; an HTTPMessage of them."""
    text = b"".join(_read_header_lines(fp)).decode("iso-8859-1")
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """A response read from a connection's socket: status, reason, version, headers, then the body."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.url = url

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ""
            except ValueError:
                version = ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        """Reads the status line and the headers (skipping any 100 Continue answers)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != HTTPStatus.CONTINUE:
                break
            _read_header_lines(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        encoding = self.headers.get("transfer-encoding")
        if encoding and encoding.lower() == "chunked":
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED) or 100 <= status < 200 or self._method == "HEAD":
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        proxy = self.headers.get("proxy-connection")
        if proxy and "keep-alive" in proxy.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
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
        """Whether the body has been read to its end (or the response closed)."""
        return self.fp is None

    def read(self, amt=None):
        """The body (or up to `amt` bytes of it); b'' once it has all been read."""
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._read_exactly(self.length)
            self.length = 0
        self._close_conn()
        return data

    def _read_exactly(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size = line.split(b";", 1)[0]
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise

    def _skip_trailers(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if line in (b"\r\n", b"\n", b""):
                break

    def _chunk_left(self):
        """Bytes left in the current chunk, reading the next size line when needed; 0 at the end."""
        left = self.chunk_left
        if not left:
            if left is not None:
                self._read_exactly(2)
            try:
                left = self._next_chunk_size()
            except ValueError:
                raise IncompleteRead(b"")
            if left == 0:
                self._skip_trailers()
                self._close_conn()
                left = None
            self.chunk_left = left
        return left

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while True:
                left = self._chunk_left()
                if left is None:
                    break
                if amt is not None and amt <= left:
                    parts.append(self._read_exactly(amt))
                    self.chunk_left = left - amt
                    break
                parts.append(self._read_exactly(left))
                if amt is not None:
                    amt -= left
                self.chunk_left = 0
            return b"".join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b"".join(parts)) from exc

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def peek(self, n=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        return self.fp.peek(n) if hasattr(self.fp, "peek") else b""

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if self.chunked:
            out = []
            while limit < 0 or len(b"".join(out)) < limit:
                ch = self.read(1)
                if not ch:
                    break
                out.append(ch)
                if ch == b"\n":
                    break
            return b"".join(out)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The value of header `name` (several joined with ', '), or `default`."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, "__iter__"):
            return values
        return ", ".join(values)

    def getheaders(self):
        """The headers as a list of (name, value) pairs."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


class HTTPConnection:
    """One connection to an HTTP server: request() then getresponse(), as often as it stays open."""

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
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(":")
            bracket = host.rfind("]")
            if colon > bracket:
                try:
                    port = int(host[colon + 1:])
                except ValueError:
                    if host[colon + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[colon + 1:])
                host = host[:colon]
            else:
                port = self.default_port
        if host and host[0] == "[" and host[-1] == "]":
            host = host[1:-1]
        return host, port

    def _validate_host(self, host):
        found = _CONTROL_IN_URL.search(host)
        if found:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (host, found.group()))

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers) if headers else {}

    def connect(self):
        """Opens the socket to the server."""
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def close(self):
        """Closes the connection (and forgets an unread response)."""
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Sends bytes (or a file's, or an iterable's) to the server, connecting first if needed."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, "read"):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if hasattr(data, "__iter__"):
                for piece in data:
                    self.sock.sendall(piece)
            else:
                raise TypeError("data should be a bytes-like object or an iterable, got %r" % type(data))

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if hasattr(message_body, "read"):
            chunks = _file_blocks(message_body, self.blocksize)
        else:
            try:
                memoryview(message_body)
                chunks = (message_body,)
            except TypeError:
                try:
                    chunks = iter(message_body)
                except TypeError:
                    raise TypeError("message_body should be a bytes-like object or an iterable, got %r" % type(message_body))
        for chunk in chunks:
            if not chunk:
                continue
            if isinstance(chunk, str):
                chunk = chunk.encode("iso-8859-1")
            if encode_chunked and self._http_vsn == 11:
                chunk = f"{len(chunk):X}\r\n".encode("ascii") + bytes(chunk) + b"\r\n"
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b"0\r\n\r\n")

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Starts a request: the request line, then Host and Accept-Encoding unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        found = _CONTROL_IN_METHOD.search(method)
        if found:
            raise ValueError("method can't contain control characters. %r (found at least %r)" % (method, found.group()))
        self._method = method
        url = url or "/"
        found = _CONTROL_IN_URL.search(url)
        if found:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)" % (url, found.group()))
        request = "%s %s %s" % (method, url, self._http_vsn_str)
        self._output(request.encode("ascii"))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ""
                if url.startswith("http"):
                    netloc = urlsplit(url).netloc
                if netloc:
                    try:
                        netloc_enc = netloc.encode("ascii")
                    except UnicodeEncodeError:
                        netloc_enc = netloc.encode("idna")
                    self.putheader("Host", netloc_enc)
                else:
                    host = self.host
                    if ":" in host:
                        host = "[" + host + "]"
                    try:
                        host_enc = host.encode("ascii")
                    except UnicodeEncodeError:
                        host_enc = host.encode("idna")
                    if self.port == self.default_port:
                        self.putheader("Host", host_enc)
                    else:
                        self.putheader("Host", "%s:%s" % (host_enc.decode("ascii"), self.port))
            if not skip_accept_encoding:
                self.putheader("Accept-Encoding", "identity")

    def putheader(self, header, *values):
        """Adds a header line to the request being built."""
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, "encode"):
            header = header.encode("ascii")
        if not _VALID_NAME(header):
            raise ValueError("Invalid header name %r" % (header,))
        values = list(values)
        for i, one in enumerate(values):
            if hasattr(one, "encode"):
                values[i] = one.encode("latin-1")
            elif isinstance(one, int):
                values[i] = str(one).encode("ascii")
            if _INVALID_VALUE(values[i]):
                raise ValueError("Invalid header value %r" % (values[i],))
        value = b"\r\n\t".join(values)
        self._output(header + b": " + value)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Ends the headers and sends the request (and the body, when given)."""
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Sends a whole request: method, url, body (bytes, str, a file or an iterable) and headers."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        names = frozenset(k.lower() for k in headers)
        skips = {}
        if "host" in names:
            skips["skip_host"] = 1
        if "accept-encoding" in names:
            skips["skip_accept_encoding"] = 1
        self.putrequest(method, url, **skips)
        if "content-length" not in names:
            if "transfer-encoding" not in names:
                encode_chunked = False
                length = _body_length(body, method)
                if length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader("Transfer-Encoding", "chunked")
                else:
                    self.putheader("Content-Length", str(length))
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = body.encode("iso-8859-1")
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """The response to the request sent (ResponseNotReady before one was sent)."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except:
            response.close()
            raise


def _file_blocks(f, size):
    while True:
        block = f.read(size)
        if not block:
            break
        yield block


def _body_length(body, method):
    """The Content-Length a body gets: None when it must be sent chunked (a file, an iterable)."""
    if body is None:
        return 0 if method.upper() in _METHODS_WITH_BODY else None
    if hasattr(body, "read"):
        return None
    try:
        return memoryview(body).nbytes
    except TypeError:
        pass
    if isinstance(body, str):
        return len(body)
    return None


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
    """The body ended early: `partial` holds what came, `expected` how much more was due."""

    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            more = ", %i more expected" % self.expected
        else:
            more = ""
        return "%s(%i bytes read%s)" % (self.__class__.__name__, len(self.partial), more)

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
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException
