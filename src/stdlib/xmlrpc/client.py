"""XML-RPC, the client side: turning Python values into <methodCall>/<methodResponse> documents
and back, and ServerProxy, which calls a remote server's methods over HTTP as if they were
local ones (with MultiCall to send several calls in one request)."""

import base64
import http.client
import io
import sys
import time
import urllib.parse
from datetime import datetime
from decimal import Decimal
from xml.parsers import expat

__all__ = [
    "Error", "ProtocolError", "ResponseError", "Fault", "ServerProxy", "Server",
    "Transport", "SafeTransport", "DateTime", "Binary", "Boolean", "boolean",
    "MultiCall", "MultiCallIterator", "dumps", "loads", "escape", "getparser",
    "Marshaller", "Unmarshaller", "ExpatParser", "WRAPPERS", "MAXINT", "MININT",
    "gzip_encode", "gzip_decode", "GzipDecodedResponse",
]

__version__ = sys.version[:3]

# The range of XML-RPC's <int> (a signed 32-bit number).
MAXINT = 2**31 - 1
MININT = -2**31

# Fault codes of the "specification for fault code interoperability".
PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300
NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603


def escape(s):
    """`s` with &, < and > written as XML entities."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Error(Exception):
    """Base class of this module's errors."""

    def __str__(self):
        return repr(self)


class ProtocolError(Error):
    """The HTTP exchange failed (a status other than 200)."""

    def __init__(self, url, errcode, errmsg, headers):
        super().__init__()
        self.url, self.errcode, self.errmsg, self.headers = url, errcode, errmsg, headers

    def __repr__(self):
        return f"<{self.__class__.__name__} for {self.url}: {self.errcode} {self.errmsg}>"


class ResponseError(Error):
    """The server's answer is not a valid XML-RPC response."""


class Fault(Error):
    """An XML-RPC fault the server returned."""

    def __init__(self, faultCode, faultString, **extra):
        super().__init__()
        self.faultCode, self.faultString = faultCode, faultString

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.faultCode}: {self.faultString!r}>"


boolean = Boolean = bool


def _iso8601(value):
    # Years below 1000 keep four digits, whatever the platform's strftime does with %Y.
    return "%04d%02d%02dT%02d:%02d:%02d" % (value.year, value.month, value.day, value.hour, value.minute, value.second)


def _as_datetime_text(value):
    if isinstance(value, datetime):
        return _iso8601(value)
    if isinstance(value, (tuple, time.struct_time)):
        if value == 0 or len(value) == 0:
            value = time.time()
        else:
            return "%04d%02d%02dT%02d:%02d:%02d" % tuple(value[:6])
    if isinstance(value, (int, float)):
        value = time.localtime(value)
        return "%04d%02d%02dT%02d:%02d:%02d" % tuple(value[:6])
    return value


class DateTime:
    """An XML-RPC dateTime.iso8601 value, kept as its text ("YYYYMMDDTHH:MM:SS")."""

    def __init__(self, value=0):
        if isinstance(value, str):
            self.value = value
        else:
            if not isinstance(value, (tuple, time.struct_time, datetime)) and value == 0:
                value = time.time()
            self.value = _as_datetime_text(value)

    def make_comparable(self, other):
        if isinstance(other, DateTime):
            return self.value, other.value
        if isinstance(other, datetime):
            return self.value, _iso8601(other)
        if isinstance(other, str):
            return self.value, other
        if hasattr(other, "timetuple"):
            return self.timetuple(), other.timetuple()
        raise TypeError(f"Can't compare {type(self).__name__} and {type(other).__name__}")

    def __lt__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine < theirs

    def __le__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine <= theirs

    def __gt__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine > theirs

    def __ge__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine >= theirs

    def __eq__(self, other):
        mine, theirs = self.make_comparable(other)
        return mine == theirs

    __hash__ = None

    def timetuple(self):
        return time.strptime(self.value, "%Y%m%dT%H:%M:%S")

    def __str__(self):
        return self.value

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.value!r} at {id(self):#x}>"

    def decode(self, data):
        self.value = str(data).strip()

    def encode(self, out):
        _element(out.write, "dateTime.iso8601", self.value)


def _datetime(data):
    d = DateTime()
    d.decode(data)
    return d


def _datetime_type(data):
    return datetime.strptime(data, "%Y%m%dT%H:%M:%S")


class Binary:
    """Bytes sent as base64 (what <base64> values become unless use_builtin_types is set)."""

    def __init__(self, data=None):
        if data is None:
            data = b""
        else:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError(f"expected bytes or bytearray, not {data.__class__.__name__}")
            data = bytes(data)
        self.data = data

    def __str__(self):
        return str(self.data, "latin-1")

    def __eq__(self, other):
        if isinstance(other, Binary):
            other = other.data
        return self.data == other

    __hash__ = None

    def decode(self, data):
        self.data = base64.decodebytes(data)

    def encode(self, out):
        _element(out.write, "base64", "\n" + base64.encodebytes(self.data).decode("ascii"))


def _binary(data):
    b = Binary()
    b.decode(data)
    return b


WRAPPERS = (DateTime, Binary)


class ExpatParser:
    """Feeds an XML-RPC document to an Unmarshaller through expat."""

    def __init__(self, target):
        p = expat.ParserCreate(None, None)
        p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = target.start, target.end, target.data
        self._parser, self._target = p, target
        target.xml(None, None)

    def feed(self, data):
        self._parser.Parse(data, 0)

    def close(self):
        try:
            parser = self._parser
        except AttributeError:
            return
        del self._target, self._parser
        parser.Parse(b"", True)


def _element(write, tag, text):
    # One typed value: <value><tag>text</tag></value> and a newline.
    write(f"<value><{tag}>{text}</{tag}></value>\n")


class Marshaller:
    """Writes Python values as XML-RPC <params> (or a <fault>)."""

    def __init__(self, encoding=None, allow_none=False):
        self.memo = {}
        self.data = None
        self.encoding = encoding
        self.allow_none = allow_none

    def dumps(self, values):
        pieces = []
        emit = pieces.append
        if isinstance(values, Fault):
            emit("<fault>\n")
            self.__dump({"faultCode": values.faultCode, "faultString": values.faultString}, emit)
            emit("</fault>\n")
        else:
            emit("<params>\n")
            for item in values:
                emit("<param>\n")
                self.__dump(item, emit)
                emit("</param>\n")
            emit("</params>\n")
        return "".join(pieces)

    def __dump(self, value, write):
        kind = type(value)
        dumper = self.dispatch.get(kind)
        if dumper is None:
            # Only plain objects travel as structs; a subclass of a basic type is refused
            # rather than guessed at.
            if not hasattr(value, "__dict__") or any(base in self.dispatch for base in kind.__mro__):
                raise TypeError(f"cannot marshal {kind} objects")
            dumper = self.dispatch["_arbitrary_instance"]
        dumper(self, value, write)

    def dump_nil(self, value, write):
        if not self.allow_none:
            raise TypeError("cannot marshal None unless allow_none is enabled")
        write("<value><nil/></value>")

    def dump_bool(self, value, write):
        _element(write, "boolean", "1" if value else "0")

    def dump_long(self, value, write):
        if not MININT <= value <= MAXINT:
            raise OverflowError("int exceeds XML-RPC limits")
        _element(write, "int", str(int(value)))

    dump_int = dump_long

    def dump_double(self, value, write):
        _element(write, "double", repr(value))

    def dump_unicode(self, value, write, escape=escape):
        _element(write, "string", escape(value))

    def dump_bytes(self, value, write):
        _element(write, "base64", "\n" + base64.encodebytes(value).decode("ascii"))

    def _enter(self, value, what):
        # Containers are tracked while being written, so a cycle is an error, not a hang.
        marker = id(value)
        if marker in self.memo:
            raise TypeError(f"cannot marshal recursive {what}")
        self.memo[marker] = None
        return marker

    def dump_array(self, value, write):
        marker = self._enter(value, "sequences")
        write("<value><array><data>\n")
        for item in value:
            self.__dump(item, write)
        write("</data></array></value>\n")
        del self.memo[marker]

    def dump_struct(self, value, write, escape=escape):
        marker = self._enter(value, "dictionaries")
        write("<value><struct>\n")
        for key, item in value.items():
            write("<member>\n")
            if not isinstance(key, str):
                raise TypeError("dictionary key must be string")
            write(f"<name>{escape(key)}</name>\n")
            self.__dump(item, write)
            write("</member>\n")
        write("</struct></value>\n")
        del self.memo[marker]

    def dump_datetime(self, value, write):
        _element(write, "dateTime.iso8601", _iso8601(value))

    def dump_instance(self, value, write):
        if value.__class__ in WRAPPERS:
            # DateTime and Binary write themselves through self.write.
            self.write = write
            value.encode(self)
            del self.write
        else:
            self.dump_struct(value.__dict__, write)

    dispatch = {
        type(None): dump_nil, bool: dump_bool, int: dump_long, float: dump_double, str: dump_unicode,
        bytes: dump_bytes, bytearray: dump_bytes, tuple: dump_array, list: dump_array, dict: dump_struct,
        datetime: dump_datetime, DateTime: dump_instance, Binary: dump_instance,
        "_arbitrary_instance": dump_instance,
    }


class Unmarshaller:
    """Builds Python values from the parser's events; close() returns the params tuple (or
    raises the Fault the document holds)."""

    def __init__(self, use_datetime=False, use_builtin_types=False):
        self._type = None
        self._stack = []
        self._marks = []
        self._data = []
        self._value = False
        self._methodname = None
        self._encoding = "utf-8"
        self.append = self._stack.append
        self._use_datetime = use_datetime or use_builtin_types
        self._use_bytes = use_builtin_types

    def close(self):
        if self._marks or self._type is None:
            raise ResponseError()
        if self._type == "fault":
            raise Fault(**self._stack[0])
        return tuple(self._stack)

    def getmethodname(self):
        return self._methodname

    def xml(self, encoding, standalone):
        self._encoding = encoding

    def start(self, tag, attrs):
        # Names may carry a namespace prefix ("ex:nil"): only the local part counts.
        tag = tag.rpartition(":")[2]
        if tag in ("array", "struct"):
            self._marks.append(len(self._stack))
        self._data = []
        if self._value and tag not in self.dispatch:
            raise ResponseError(f"unknown tag {tag!r}")
        self._value = tag == "value"

    def data(self, text):
        self._data.append(text)

    def end(self, tag):
        return self.end_dispatch(tag, "".join(self._data))

    def end_dispatch(self, tag, data):
        handler = self.dispatch.get(tag) or self.dispatch.get(tag.rpartition(":")[2])
        if handler is not None:
            return handler(self, data)

    def _push(self, value):
        self.append(value)
        self._value = 0

    def end_nil(self, data):
        self._push(None)

    def end_boolean(self, data):
        if data not in ("0", "1"):
            raise TypeError("bad boolean value")
        self._push(data == "1")

    def end_int(self, data):
        self._push(int(data))

    def end_double(self, data):
        self._push(float(data))

    def end_bigdecimal(self, data):
        self._push(Decimal(data))

    def end_string(self, data):
        self._push(data)

    def end_array(self, data):
        start = self._marks.pop()
        self._stack[start:] = [self._stack[start:]]
        self._value = 0

    def end_struct(self, data):
        start = self._marks.pop()
        flat = self._stack[start:]
        self._stack[start:] = [dict(zip(flat[::2], flat[1::2]))]
        self._value = 0

    def end_base64(self, data):
        raw = base64.decodebytes(data.encode("ascii"))
        self._push(raw if self._use_bytes else Binary(raw))

    def end_dateTime(self, data):
        self.append(_datetime_type(data) if self._use_datetime else _datetime(data))

    def end_value(self, data):
        # A <value> with no type element inside is a string.
        if self._value:
            self.end_string(data)

    def end_params(self, data):
        self._type = "params"

    def end_fault(self, data):
        self._type = "fault"

    def end_methodName(self, data):
        self._methodname = data
        self._type = "methodName"

    dispatch = {
        "nil": end_nil, "boolean": end_boolean, "i1": end_int, "i2": end_int, "i4": end_int,
        "i8": end_int, "int": end_int, "biginteger": end_int, "double": end_double, "float": end_double,
        "bigdecimal": end_bigdecimal, "string": end_string, "name": end_string, "array": end_array,
        "struct": end_struct, "base64": end_base64, "dateTime.iso8601": end_dateTime, "value": end_value,
        "params": end_params, "fault": end_fault, "methodName": end_methodName,
    }


class _MultiCallMethod:
    def __init__(self, call_list, name):
        self.__call_list = call_list
        self.__name = name

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, f"{self.__name}.{name}")

    def __call__(self, *args):
        self.__call_list.append((self.__name, args))


class MultiCallIterator:
    """The results of a MultiCall: each one's value, or its Fault raised when reached."""

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        item = self.results[i]
        if type(item) == dict:
            raise Fault(item["faultCode"], item["faultString"])
        if type(item) == list:
            return item[0]
        raise ValueError("unexpected type in multicall result")


class MultiCall:
    """Collects calls, then sends them all as one system.multicall request when called."""

    def __init__(self, server):
        self.__server = server
        self.__call_list = []

    def __repr__(self):
        return f"<{self.__class__.__module__}.{self.__class__.__name__} at {id(self):#x}>"

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, name)

    def __call__(self):
        calls = [{"methodName": name, "params": args} for name, args in self.__call_list]
        return MultiCallIterator(self.__server.system.multicall(calls))


def getparser(use_datetime=False, use_builtin_types=False):
    """(parser, unmarshaller) for reading one XML-RPC document."""
    target = Unmarshaller(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    return ExpatParser(target), target


def dumps(params, methodname=None, methodresponse=None, encoding=None, allow_none=False):
    """The XML-RPC document for `params` (a tuple, or a Fault): a call when `methodname` is
    given, a response when `methodresponse` is true (or params is a Fault), else bare <params>."""
    assert isinstance(params, (tuple, Fault)), "argument must be tuple or Fault instance"
    if isinstance(params, Fault):
        methodresponse = 1
    elif methodresponse and isinstance(params, tuple):
        assert len(params) == 1, "response tuple must be a singleton"
    if not encoding:
        encoding = "utf-8"
    body = Marshaller(encoding, allow_none).dumps(params)
    if encoding != "utf-8":
        header = f"<?xml version='1.0' encoding='{encoding}'?>\n"
    else:
        header = "<?xml version='1.0'?>\n"
    if methodname:
        return f"{header}<methodCall>\n<methodName>{methodname}</methodName>\n{body}</methodCall>\n"
    if methodresponse:
        return f"{header}<methodResponse>\n{body}</methodResponse>\n"
    return body


def loads(data, use_datetime=False, use_builtin_types=False):
    """(params, method name or None) read from an XML-RPC document; a fault raises Fault."""
    parser, target = getparser(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    parser.feed(data)
    parser.close()
    return target.close(), target.getmethodname()


def gzip_encode(data):
    """`data` gzip-compressed (for a Content-Encoding: gzip body)."""
    import gzip
    return gzip.compress(data)


def gzip_decode(data, max_decode=20971520):
    """The gzip-compressed `data` decompressed, refusing more than max_decode bytes."""
    import gzip
    try:
        decoded = gzip.decompress(data)
    except OSError:
        raise ValueError("invalid data")
    if max_decode >= 0 and len(decoded) > max_decode:
        raise ValueError("max gzipped payload length exceeded")
    return decoded


class GzipDecodedResponse(io.BytesIO):
    """A response body that was gzip-encoded, readable decompressed."""

    def __init__(self, response):
        io.BytesIO.__init__(self, gzip_decode(response.read()))


class _Method:
    # A remote method, dotted names and all ("server.system.listMethods").
    def __init__(self, send, name):
        self.__send = send
        self.__name = name

    def __getattr__(self, name):
        return _Method(self.__send, f"{self.__name}.{name}")

    def __call__(self, *args):
        return self.__send(self.__name, args)


class Transport:
    """Sends one XML-RPC request over HTTP and reads the response."""

    user_agent = "Python-xmlrpc/%d.%d" % sys.version_info[:2]
    accept_gzip_encoding = True
    encode_threshold = None

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=()):
        self._use_datetime = use_datetime
        self._use_builtin_types = use_builtin_types
        self._connection = (None, None)
        self._headers = list(headers)
        self._extra_headers = []

    def request(self, host, handler, request_body, verbose=False):
        """The response's params; a kept-alive connection the server closed meanwhile gets one
        more try."""
        retry_errnos = (104, 103, 32)
        try:
            return self.single_request(host, handler, request_body, verbose)
        except http.client.RemoteDisconnected:
            pass
        except OSError as exc:
            if exc.errno not in retry_errnos:
                raise
        return self.single_request(host, handler, request_body, verbose)

    def single_request(self, host, handler, request_body, verbose=False):
        try:
            resp = self.send_request(host, handler, request_body, verbose).getresponse()
            if resp.status == 200:
                self.verbose = verbose
                return self.parse_response(resp)
        except Fault:
            raise
        except Exception:
            # Whatever went wrong, the connection is in an unknown state: drop it.
            self.close()
            raise
        if resp.getheader("content-length", ""):
            resp.read()
        raise ProtocolError(host + handler, resp.status, resp.reason, dict(resp.getheaders()))

    def getparser(self):
        return getparser(use_datetime=self._use_datetime, use_builtin_types=self._use_builtin_types)

    def get_host_info(self, host):
        """(host, extra headers, x509 info) from "user:password@host"."""
        x509 = {}
        if isinstance(host, tuple):
            host, x509 = host
        credentials, _, bare = host.rpartition("@")
        extra = []
        if credentials:
            token = base64.encodebytes(urllib.parse.unquote_to_bytes(credentials)).decode("utf-8")
            extra.append(("Authorization", "Basic " + token.replace("\n", "")))
        return bare, extra, x509

    def _new_connection(self, bare_host, x509):
        return http.client.HTTPConnection(bare_host)

    def make_connection(self, host):
        cached_host, conn = self._connection
        if conn and cached_host == host:
            return conn
        bare, self._extra_headers, x509 = self.get_host_info(host)
        conn = self._new_connection(bare, x509)
        self._connection = (host, conn)
        return conn

    def close(self):
        _, conn = self._connection
        self._connection = (None, None)
        if conn:
            conn.close()

    def send_request(self, host, handler, request_body, debug):
        conn = self.make_connection(host)
        if debug:
            conn.set_debuglevel(1)
        extra = list(self._headers) + list(self._extra_headers)
        if self.accept_gzip_encoding:
            conn.putrequest("POST", handler, skip_accept_encoding=True)
            extra.append(("Accept-Encoding", "gzip"))
        else:
            conn.putrequest("POST", handler)
        extra += [("Content-Type", "text/xml"), ("User-Agent", self.user_agent)]
        self.send_headers(conn, extra)
        self.send_content(conn, request_body)
        return conn

    def send_headers(self, connection, headers):
        for name, value in headers:
            connection.putheader(name, value)

    def send_content(self, connection, request_body):
        body = request_body
        if self.encode_threshold is not None and len(body) > self.encode_threshold:
            connection.putheader("Content-Encoding", "gzip")
            body = gzip_encode(body)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)

    def parse_response(self, response):
        gzipped = hasattr(response, "getheader") and response.getheader("Content-Encoding", "") == "gzip"
        source = GzipDecodedResponse(response) if gzipped else response
        parser, target = self.getparser()
        for chunk in iter(lambda: source.read(1024), b""):
            if self.verbose:
                print("body:", repr(chunk))
            parser.feed(chunk)
        if gzipped:
            source.close()
        parser.close()
        return target.close()


class SafeTransport(Transport):
    """Transport over HTTPS (needs the ssl module)."""

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        super().__init__(use_datetime=use_datetime, use_builtin_types=use_builtin_types, headers=headers)
        self.context = context

    def _new_connection(self, bare_host, x509):
        https = getattr(http.client, "HTTPSConnection", None)
        if https is None:
            raise NotImplementedError("your version of http.client doesn't support HTTPS")
        return https(bare_host, None, context=self.context, **(x509 or {}))


class ServerProxy:
    """A remote XML-RPC server: `proxy.name(args)` calls the method `name` there."""

    def __init__(self, uri, transport=None, encoding=None, verbose=False, allow_none=False,
                 use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        parts = urllib.parse.urlsplit(uri)
        if parts.scheme not in ("http", "https"):
            raise OSError("unsupported XML-RPC protocol")
        self.__host = parts.netloc
        self.__handler = urllib.parse.urlunsplit(["", "", *parts[2:]]) or "/RPC2"
        if transport is None:
            if parts.scheme == "https":
                transport = SafeTransport(use_datetime=use_datetime, use_builtin_types=use_builtin_types,
                                          headers=headers, context=context)
            else:
                transport = Transport(use_datetime=use_datetime, use_builtin_types=use_builtin_types, headers=headers)
        self.__transport = transport
        self.__encoding = encoding or "utf-8"
        self.__verbose = verbose
        self.__allow_none = allow_none

    def __close(self):
        self.__transport.close()

    def __request(self, methodname, params):
        request = dumps(params, methodname, encoding=self.__encoding, allow_none=self.__allow_none)
        request = request.encode(self.__encoding, "xmlcharrefreplace")
        response = self.__transport.request(self.__host, self.__handler, request, verbose=self.__verbose)
        if len(response) == 1:
            response = response[0]
        return response

    def __repr__(self):
        return f"<{self.__class__.__name__} for {self.__host}{self.__handler}>"

    def __getattr__(self, name):
        return _Method(self.__request, name)

    def __call__(self, attr):
        """`proxy("close")()` closes the connection; `proxy("transport")` is the transport."""
        if attr == "close":
            return self.__close
        if attr == "transport":
            return self.__transport
        raise AttributeError(f"Attribute {attr!r} not found")

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.__close()


Server = ServerProxy
