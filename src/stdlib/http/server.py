"""HTTP servers.

HTTPServer and ThreadingHTTPServer are socketserver TCP servers that know their host name and
port. BaseHTTPRequestHandler answers the requests of one connection: it reads a request line and
headers, calls the handler's do_<METHOD>, and offers the pieces of an answer (status line,
headers, error pages) plus a log line per request on stderr. SimpleHTTPRequestHandler serves the
files and directory listings of one directory. `python -m http.server [port]` runs one."""

import datetime
import email.utils
import html
import http.client
import io
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler", "CGIHTTPRequestHandler"]

# The page send_error writes (CPython's words and layout, which clients may compare).
DEFAULT_ERROR_MESSAGE = "\n".join([
    "<!DOCTYPE HTML>",
    '<html lang="en">',
    "    <head>",
    '        <meta charset="utf-8">',
    "        <title>Error response</title>",
    "    </head>",
    "    <body>",
    "        <h1>Error response</h1>",
    "        <p>Error code: %(code)d</p>",
    "        <p>Message: %(message)s.</p>",
    "        <p>Error code explanation: %(code)s - %(explain)s.</p>",
    "    </body>",
    "</html>",
    "",
])

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

# The longest request line read; a longer one is answered 414.
_MAX_REQUEST_LINE = 65536


class HTTPServer(socketserver.TCPServer):
    """A TCP server that records server_name (the host's full name) and server_port."""

    allow_reuse_address = 1

    def server_bind(self):
        super().server_bind()
        self.server_name = socket.getfqdn(self.server_address[0])
        self.server_port = self.server_address[1]


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer that answers each connection in a daemon thread of its own."""

    daemon_threads = True


# Control characters are written as \xNN in the log, so that a request cannot forge log lines.
_LOG_ESCAPES = str.maketrans({c: "\\x%02x" % c for c in [*range(0x20), 0x7F]})


class _BadRequest(Exception):
    """A request that cannot be answered normally: the status and message of the error sent."""

    def __init__(self, status, message=None, explain=None):
        super().__init__(status)
        self.status = status
        self.message = message
        self.explain = explain


def _version_number(text):
    """(major, minor) of 'HTTP/major.minor'; ValueError when it is not that."""
    prefix, slash, number = text.partition("/")
    if prefix != "HTTP" or not slash:
        raise ValueError(text)
    major, dot, minor = number.partition(".")
    if not dot or not (major.isdigit() and minor.isdigit()) or len(major) > 10 or len(minor) > 10:
        raise ValueError(text)
    return int(major), int(minor)


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Answers the requests of one connection (several when the client keeps it alive).

    A subclass defines do_GET, do_POST, ... which read self.path, self.headers and self.rfile and
    answer with send_response (or send_error), send_header, end_headers and self.wfile."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    # HTTP/1.0 closes after each answer; a handler setting HTTP/1.1 must send Content-Length.
    protocol_version = "HTTP/1.0"
    MessageClass = http.client.HTTPMessage
    responses = {status: (status.phrase, status.description) for status in HTTPStatus.__members__.values()}
    weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    # -- reading a request --

    def parse_request(self):
        """Reads the request line (in raw_requestline) and the headers into command, path,
        request_version and headers. False when the request was bad (its error already sent)."""
        try:
            return self._read_request()
        except _BadRequest as bad:
            self.send_error(bad.status, bad.message, bad.explain)
            return False

    def _read_request(self):
        self.command = None
        self.request_version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            try:
                number = _version_number(words[-1])
            except ValueError:
                raise _BadRequest(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % words[-1])
            if number >= (2, 0):
                raise _BadRequest(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED, "Invalid HTTP version (%d.%d)" % number)
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            self.request_version = words[-1]
        if len(words) > 3 or len(words) < 2:
            raise _BadRequest(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % line)
        self.command, self.path = words[0], words[1]
        if len(words) == 2:
            # HTTP/0.9: a bare 'GET path', answered with the body alone.
            self.close_connection = True
            if self.command != "GET":
                raise _BadRequest(HTTPStatus.BAD_REQUEST, "Bad HTTP/0.9 request type (%r)" % self.command)
        if self.path.startswith("//"):
            # '//host/x' would read as a network path to anything joining it with a base URL.
            self.path = "/" + self.path.lstrip("/")
        try:
            self.headers = http.client.parse_headers(self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as err:
            raise _BadRequest(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long", str(err))
        except http.client.HTTPException as err:
            raise _BadRequest(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers", str(err))
        connection = self.headers.get("Connection", "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive" and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        wants_continue = self.headers.get("Expect", "").lower() == "100-continue"
        if wants_continue and self.protocol_version >= "HTTP/1.1" and self.request_version >= "HTTP/1.1":
            return bool(self.handle_expect_100())
        return True

    def handle_expect_100(self):
        """Answers 'Expect: 100-continue' by telling the client to send its body (True)."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Reads one request and calls its do_<METHOD>."""
        try:
            self.raw_requestline = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            if len(self.raw_requestline) > _MAX_REQUEST_LINE:
                self.requestline = self.request_version = self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            method = getattr(self, "do_" + self.command, None)
            if method is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)
                return
            method()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        """Answers requests until one of them closes the connection."""
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    # -- writing an answer --

    def send_error(self, code, message=None, explain=None):
        """Answers with an error status and (but for 204, 205, 304 and 1xx) a page explaining it;
        the connection is closed afterwards."""
        short, long = self.responses.get(code, ("???", "???"))
        message = short if message is None else message
        explain = long if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        page = b""
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED):
            fields = {"code": code, "message": html.escape(message, quote=False), "explain": html.escape(explain, quote=False)}
            page = (self.error_message_format % fields).encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        if page and self.command != "HEAD":
            self.wfile.write(page)

    def send_response(self, code, message=None):
        """Logs the request, then buffers the status line and the Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def _buffer_line(self, text):
        if not hasattr(self, "_headers_buffer"):
            self._headers_buffer = []
        self._headers_buffer.append(text.encode("latin-1", "strict"))

    def send_response_only(self, code, message=None):
        """Buffers the status line (HTTP/0.9 answers have none)."""
        if self.request_version == "HTTP/0.9":
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ""
        self._buffer_line("%s %d %s\r\n" % (self.protocol_version, code, message))

    def send_header(self, keyword, value):
        """Buffers one header; 'Connection: close' or 'keep-alive' also decides the connection's fate."""
        if self.request_version != "HTTP/0.9":
            self._buffer_line("%s: %s\r\n" % (keyword, value))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        """Ends the headers with a blank line and sends what was buffered."""
        if self.request_version != "HTTP/0.9":
            self._buffer_line("\r\n")
            self.flush_headers()

    def flush_headers(self):
        buffered = getattr(self, "_headers_buffer", None)
        if buffered:
            self.wfile.write(b"".join(buffered))
        self._headers_buffer = []

    # -- logging --

    def log_request(self, code="-", size="-"):
        """Logs an answered request: '"GET / HTTP/1.1" 200 -'."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Writes 'client - - [day/Mon/year hh:mm:ss] message' to stderr."""
        text = (format % args).translate(_LOG_ESCAPES)
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(), self.log_date_time_string(), text))

    def version_string(self):
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        """An HTTP date ('Sun, 06 Nov 1994 08:49:37 GMT') of `timestamp`, now by default."""
        return email.utils.formatdate(time.time() if timestamp is None else timestamp, usegmt=True)

    def log_date_time_string(self):
        """Now, in local time, as the log shows it: '03/Dec/2026 15:40:00'."""
        now = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (now.tm_mday, self.monthname[now.tm_mon], now.tm_year, now.tm_hour, now.tm_min, now.tm_sec)

    def address_string(self):
        return self.client_address[0]


# Types of compressed files, which the server names itself.
_COMPRESSED_TYPES = {".gz": "application/gzip", ".Z": "application/octet-stream", ".bz2": "application/x-bzip2", ".xz": "application/x-xz"}

# Common types, for when the mimetypes module is not there.
_COMMON_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".py": "text/x-python",
    ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".xml": "text/xml",
    ".csv": "text/csv", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".svg": "image/svg+xml", ".ico": "image/vnd.microsoft.icon",
    ".pdf": "application/pdf", ".zip": "application/zip", ".tar": "application/x-tar",
    ".wasm": "application/wasm", ".c": "text/plain", ".h": "text/plain", ".md": "text/markdown",
}


def _type_by_extension(path):
    try:
        import mimetypes
    except ImportError:
        return _COMMON_TYPES.get(posixpath.splitext(path)[1].lower())
    return mimetypes.guess_type(path)[0]


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from a directory (the current one unless `directory` is given):
    files with their type, length and modification time, index.html for a directory that has
    one, otherwise an HTML listing of it."""

    server_version = "SimpleHTTP/" + __version__
    index_pages = ("index.html", "index.htm")
    extensions_map = dict(_COMPRESSED_TYPES)

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        source = self.send_head()
        if source is not None:
            with source:
                self.copyfile(source, self.wfile)

    def do_HEAD(self):
        source = self.send_head()
        if source is not None:
            source.close()

    def send_head(self):
        """Sends the status and headers for self.path; the open file whose bytes follow, or None."""
        local = self.translate_path(self.path)
        if os.path.isdir(local):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.endswith("/"):
                # A directory is served at its name with a slash, so relative links work.
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urllib.parse.urlunsplit(url._replace(path=url.path + "/")))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for page in self.index_pages:
                if os.path.isfile(os.path.join(local, page)):
                    local = os.path.join(local, page)
                    break
            else:
                return self.list_directory(local)
        if local.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        content_type = self.guess_type(local)
        try:
            source = open(local, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            info = os.fstat(source.fileno())
            if self._unchanged_since_asked(info.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                source.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", content_type)
            self.send_header("Content-Length", str(info.st_size))
            self.send_header("Last-Modified", self.date_time_string(info.st_mtime))
            self.end_headers()
            return source
        except BaseException:
            source.close()
            raise

    def _unchanged_since_asked(self, mtime):
        """Whether If-Modified-Since (without If-None-Match) names a time at or after `mtime`."""
        asked = self.headers.get("If-Modified-Since")
        if asked is None or "If-None-Match" in self.headers:
            return False
        try:
            since = email.utils.parsedate_to_datetime(asked)
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=datetime.timezone.utc)
        if since.tzinfo is not datetime.timezone.utc:
            return False
        modified = datetime.datetime.fromtimestamp(mtime, datetime.timezone.utc).replace(microsecond=0)
        return modified <= since

    def list_directory(self, path):
        """Sends the headers of an HTML page listing the directory; the page, as a file."""
        try:
            entries = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        entries.sort(key=str.lower)
        try:
            shown = urllib.parse.unquote(self.path, errors="surrogatepass")
        except UnicodeDecodeError:
            shown = urllib.parse.unquote(self.path)
        title = "Directory listing for " + html.escape(shown, quote=False)
        charset = sys.getfilesystemencoding()
        items = []
        for entry in entries:
            full = os.path.join(path, entry)
            link = label = entry
            if os.path.isdir(full):
                link = label = entry + "/"
            if os.path.islink(full):
                label = entry + "@"
            items.append('<li><a href="%s">%s</a></li>' % (urllib.parse.quote(link, errors="surrogatepass"), html.escape(label, quote=False)))
        page = "\n".join([
            "<!DOCTYPE HTML>", '<html lang="en">', "<head>", '<meta charset="%s">' % charset,
            "<title>%s</title>\n</head>" % title, "<body>\n<h1>%s</h1>" % title, "<hr>\n<ul>",
            *items, "</ul>\n<hr>\n</body>\n</html>\n",
        ]).encode(charset, "surrogateescape")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % charset)
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        return io.BytesIO(page)

    def translate_path(self, path):
        """The local file a URL path names, under self.directory (no way out of it: '..' and
        names with a directory part are dropped)."""
        path = path.split("?", 1)[0].split("#", 1)[0]
        wants_directory = path.rstrip().endswith("/")
        try:
            path = urllib.parse.unquote(path, errors="surrogatepass")
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        local = self.directory
        for part in posixpath.normpath(path).split("/"):
            if part and not os.path.dirname(part) and part not in (os.curdir, os.pardir):
                local = os.path.join(local, part)
        return local + "/" if wants_directory else local

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-Type of a file by its extension; application/octet-stream when unknown."""
        extension = posixpath.splitext(path)[1]
        for candidate in (extension, extension.lower()):
            if candidate in self.extensions_map:
                return self.extensions_map[candidate]
        return _type_by_extension(path) or "application/octet-stream"


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    """Serves files as SimpleHTTPRequestHandler; gilpy does not run CGI scripts."""

    cgi_directories = ["/cgi-bin", "/htbin"]

    def do_POST(self):
        self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Can only POST to CGI scripts")


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer, protocol="HTTP/1.0", port=8000, bind=None):
    """Serves on `port` (all interfaces unless `bind`) until Ctrl-C, saying where."""
    infos = socket.getaddrinfo(bind, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    ServerClass.address_family, address = infos[0][0], infos[0][4]
    HandlerClass.protocol_version = protocol
    with ServerClass(address, HandlerClass) as server:
        host, port = server.socket.getsockname()[:2]
        shown = "[%s]" % host if ":" in host else host
        print(f"Serving HTTP on {host} port {port} (http://{shown}:{port}/) ...")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def _serve_from_command_line(argv):
    import argparse
    options = argparse.ArgumentParser()
    options.add_argument("--cgi", action="store_true", help="run as CGI server")
    options.add_argument("-b", "--bind", metavar="ADDRESS", help="bind to this address (default: all interfaces)")
    options.add_argument("-d", "--directory", default=os.getcwd(), help="serve this directory (default: current directory)")
    options.add_argument("-p", "--protocol", metavar="VERSION", default="HTTP/1.0",
                         help="conform to this HTTP version (default: %(default)s)")
    options.add_argument("port", default=8000, type=int, nargs="?", help="bind to this port (default: %(default)s)")
    args = options.parse_args(argv)
    handler = CGIHTTPRequestHandler if args.cgi else SimpleHTTPRequestHandler

    class Server(ThreadingHTTPServer):
        def server_bind(self):
            # An IPv6 socket also takes IPv4 connections (a failure on an IPv4 socket is ignored).
            try:
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            except Exception:
                pass
            return super().server_bind()

        def finish_request(self, request, client_address):
            self.RequestHandlerClass(request, client_address, self, directory=args.directory)

    test(HandlerClass=handler, ServerClass=Server, port=args.port, bind=args.bind, protocol=args.protocol)


if __name__ == "__main__":
    _serve_from_command_line(sys.argv[1:])
