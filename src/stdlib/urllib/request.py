"""Opening URLs: urlopen and the machinery behind it.

A Request names a URL, the data to send, headers and a method. An OpenerDirector passes it
through its handlers, asking each (lowest handler_order first) for a method named after the
URL's scheme: `<scheme>_request(req)` may rewrite the request, `<scheme>_open(req)` fetches it
(the first answer wins), `<scheme>_response(req, resp)` may check or replace the answer. An HTTP
status outside 2xx goes to `http_error_<code>` methods, then `http_error_default`. build_opener
assembles the usual chain: proxies from the environment, http, file and data: URLs, redirects,
and HTTPError for the rest; Basic authentication is a handler to add. gilpy has no ssl module,
so https is not here."""

import base64
import email
import email.utils
import io
import os
import re
import socket
import string
import sys
import tempfile

import http.client
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (
    urlparse, urlsplit, urljoin, unwrap, quote, unquote, unquote_to_bytes, urlunparse,
    _splittype, _splithost, _splituser, _splitpasswd, _splitport, _splittag,
)
from urllib.response import addinfourl

__all__ = [
    "Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler", "HTTPRedirectHandler",
    "ProxyHandler", "HTTPPasswordMgr", "HTTPPasswordMgrWithDefaultRealm", "AbstractBasicAuthHandler",
    "HTTPBasicAuthHandler", "ProxyBasicAuthHandler", "HTTPHandler", "FileHandler", "DataHandler", "UnknownHandler",
    "HTTPErrorProcessor", "HTTPCookieProcessor", "urlopen", "install_opener", "build_opener", "pathname2url",
    "url2pathname", "getproxies", "urlretrieve", "urlcleanup",
]

__version__ = "%d.%d" % sys.version_info[:2]

_installed = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None, cadefault=False, context=None):
    """Opens `url` (text or a Request) with the installed opener (a default one at first)."""
    global _installed
    if cafile or capath or cadefault or context is not None:
        raise URLError("gilpy has no ssl support")
    if _installed is None:
        _installed = build_opener()
    return _installed.open(url, data, timeout)


def install_opener(opener):
    """Makes `opener` the one urlopen uses from now on (None: a default one again)."""
    global _installed
    _installed = opener


# Files urlretrieve made without being given a name; urlcleanup removes them.
_temporary_files = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Saves what `url` holds to `filename` (a new temporary file when None) and returns
    (filename, headers); `reporthook(blocks, block_size, total_size)` hears of the progress."""
    scheme, rest = _splittype(url)
    block_size = 8 * 1024
    with urlopen(url, data) as source:
        headers = source.info()
        if scheme == "file" and not filename:
            return os.path.normpath(rest), headers
        if filename:
            target = open(filename, "wb")
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _temporary_files.append(filename)
        total = int(headers["Content-Length"]) if "content-length" in headers else -1
        received = 0
        count = 0
        with target:
            if reporthook:
                reporthook(count, block_size, total)
            while True:
                chunk = source.read(block_size)
                if not chunk:
                    break
                target.write(chunk)
                received += len(chunk)
                count += 1
                if reporthook:
                    reporthook(count, block_size, total)
    if 0 <= total and received < total:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes" % (received, total), (filename, headers))
    return filename, headers


def urlcleanup():
    """Deletes urlretrieve's temporary files and uninstalls the opener."""
    global _installed
    while _temporary_files:
        try:
            os.unlink(_temporary_files.pop())
        except OSError:
            pass
    _installed = None


def request_host(request):
    """The lowercased host of a request's URL (or Host header), without a port."""
    host = urlparse(request.full_url).netloc or request.get_header("Host", "")
    return re.sub(r":\d+$", "", host, count=1).lower()


# ---- requests --------------------------------------------------------------------------------

class Request:
    """What to open: Request(url, data=None, headers={}, method=None). Header names are kept
    capitalized ('Content-type'); unredirected headers are not repeated on a redirect."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for name, value in headers.items():
            self.add_header(name, value)
        self.origin_req_host = request_host(self) if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        return self._full_url if not self.fragment else self._full_url + "#" + self.fragment

    @full_url.setter
    def full_url(self, url):
        self._full_url, self.fragment = _splittag(unwrap(url))
        scheme, rest = _splittype(self._full_url)
        if scheme is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = scheme
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = None
        self.selector = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data == self._data:
            return
        self._data = data
        # A length computed for the old data would lie about the new.
        self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def get_method(self):
        """The method given, else POST when there is data and GET when there is none."""
        return getattr(self, "method", "GET" if self.data is None else "POST")

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        """Sends the request to the proxy `host`: the whole URL becomes the selector."""
        if self.type == "https" and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        if header_name in self.headers:
            return self.headers[header_name]
        return self.unredirected_hdrs.get(header_name, default)

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


# ---- the director ----------------------------------------------------------------------------

class OpenerDirector:
    """Opens URLs by asking its handlers in turn (see the module's comment)."""

    def __init__(self):
        self.addheaders = [("User-agent", "Python-urllib/" + __version__)]
        self.handlers = []

    def add_handler(self, handler):
        """Adds a handler; one without a single `<scheme>_<stage>` method is ignored."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        if not any(_is_hook(name) for name in dir(handler)):
            return
        self.handlers.append(handler)
        self.handlers.sort(key=_order)
        handler.add_parent(self)

    def close(self):
        pass

    def _hooks(self, name):
        """The handlers' methods called `name`, in handler order."""
        return [getattr(h, name) for h in self.handlers if callable(getattr(h, name, None))]

    def _first_answer(self, name, *args):
        for method in self._hooks(name):
            answer = method(*args)
            if answer is not None:
                return answer
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Opens a URL or Request (with `data` to send, if given); the response."""
        request = Request(fullurl, data) if isinstance(fullurl, str) else fullurl
        if not isinstance(fullurl, str) and data is not None:
            request.data = data
        request.timeout = timeout
        scheme = request.type
        for prepare in self._hooks(scheme + "_request"):
            request = prepare(request)
        response = (self._first_answer("default_open", request)
                    or self._first_answer(scheme + "_open", request)
                    or self._first_answer("unknown_open", request))
        for check in self._hooks(scheme + "_response"):
            response = check(request, response)
        return response

    def error(self, proto, *args):
        """Finds a handler for an error: for http, args are (request, response, code, message,
        headers) and `http_error_<code>` is asked first, then `http_error_default`."""
        if proto in ("http", "https"):
            code = args[2]
            return self._first_answer("http_error_%s" % code, *args) or self._first_answer("http_error_default", *args)
        return self._first_answer(proto + "_error", *args)


def _is_hook(name):
    scheme, _, stage = name.partition("_")
    return bool(scheme) and (stage in ("open", "request", "response") or stage.startswith("error"))


def _order(handler):
    return getattr(handler, "handler_order", 500)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers plus `handlers` (classes or instances); a
    given handler replaces the default of its kind."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]

    def replaced(default):
        for given in handlers:
            kind = given if isinstance(given, type) else type(given)
            if issubclass(kind, default):
                return True
        return False

    for default in defaults:
        if not replaced(default):
            opener.add_handler(default())
    for given in handlers:
        opener.add_handler(given() if isinstance(given, type) else given)
    return opener


class BaseHandler:
    """The base of every handler: handlers run in increasing handler_order."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        return self.handler_order < getattr(other, "handler_order", float("inf"))


# ---- errors and redirects --------------------------------------------------------------------

class HTTPErrorProcessor(BaseHandler):
    """Hands every answer outside 2xx to the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        if 200 <= response.code < 300:
            return response
        return self.parent.error("http", request, response, response.code, response.msg, response.info())

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """The last resort: an error status becomes an HTTPError (which can be read as the answer)."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 (for GET and HEAD; a POST only by 301-303, as GET),
    at most max_redirections times and max_repeats times to one URL."""

    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The request to send to `newurl`; HTTPError when this redirect must not be followed."""
        method = req.get_method()
        follows = method in ("GET", "HEAD") or (method == "POST" and code in (301, 302, 303))
        if code not in (301, 302, 303, 307, 308) or not follows:
            raise HTTPError(req.full_url, code, msg, headers, fp)
        kept = {k: v for k, v in req.headers.items() if k.lower() not in ("content-length", "content-type")}
        return Request(newurl.replace(" ", "%20"), headers=kept, origin_req_host=req.origin_req_host,
                       unverifiable=True, method="HEAD" if method == "HEAD" else "GET")

    def http_error_302(self, req, fp, code, msg, headers):
        target = headers.get("location") or headers.get("uri")
        if not target:
            return None
        parts = urlparse(target)
        if parts.netloc and not parts.path:
            parts = parts._replace(path="/")
        target = urljoin(req.full_url, quote(urlunparse(parts), encoding="iso-8859-1", safe=string.punctuation))
        if urlparse(target).scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(target, code, "%s - Redirection to url '%s' is not allowed" % (msg, target), headers, fp)
        follow = self.redirect_request(req, fp, code, msg, headers, target)
        if follow is None:
            return None
        seen = getattr(req, "redirect_dict", None)
        if seen is None:
            seen = req.redirect_dict = {}
        elif seen.get(target, 0) >= self.max_repeats or len(seen) >= self.max_redirections:
            raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        follow.redirect_dict = seen
        seen[target] = seen.get(target, 0) + 1
        # Drain the redirect's own body so the connection can be closed cleanly.
        fp.read()
        fp.close()
        return self.parent.open(follow, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


# ---- proxies ---------------------------------------------------------------------------------

def _parse_proxy(proxy):
    """(scheme, user, password, 'host:port') of a proxy setting such as 'http://u:p@host:3128'."""
    scheme, rest = _splittype(proxy)
    if rest.startswith("//"):
        authority = rest[2:].split("/", 1)[0]
    elif rest.startswith("/"):
        raise ValueError("proxy URL with no authority: %r" % proxy)
    else:
        scheme, authority = None, proxy
    credentials, hostport = _splituser(authority)
    user, password = _splitpasswd(credentials) if credentials is not None else (None, None)
    return scheme, user, password, hostport


class HTTPCookieProcessor(BaseHandler):
    """Sends the cookies of a jar (an http.cookiejar.CookieJar) with each request and stores
    the ones each response sets."""

    def __init__(self, cookiejar=None):
        import http.cookiejar
        self.cookiejar = http.cookiejar.CookieJar() if cookiejar is None else cookiejar

    def http_request(self, request):
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request = http_request
    https_response = http_response


class ProxyHandler(BaseHandler):
    """Routes requests through proxies: {'http': 'http://proxy:3128', ...}, by default those of
    the *_proxy environment variables (no_proxy names the hosts to reach directly)."""

    handler_order = 100

    def __init__(self, proxies=None):
        self.proxies = getproxies() if proxies is None else proxies
        assert hasattr(self.proxies, "keys"), "proxies must be a mapping"
        for scheme, proxy in self.proxies.items():
            setattr(self, scheme.lower() + "_open", self._opener_for(proxy, scheme.lower()))

    def _opener_for(self, proxy, scheme):
        return lambda request: self.proxy_open(request, proxy, scheme)

    def proxy_open(self, req, proxy, type):
        original = req.type
        scheme, user, password, hostport = _parse_proxy(proxy)
        scheme = scheme or original
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            pair = "%s:%s" % (unquote(user), unquote(password))
            req.add_header("Proxy-authorization", "Basic " + base64.b64encode(pair.encode()).decode("ascii"))
        req.set_proxy(unquote(hostport), scheme)
        if scheme == original or original == "https":
            # The same scheme's opener sends it on, now to the proxy.
            return None
        return self.parent.open(req, timeout=req.timeout)


# ---- basic authentication --------------------------------------------------------------------

class HTTPPasswordMgr:
    """Passwords by realm and URL: a password given for a URL serves the URLs under it."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else list(uri)
        table = self.passwd.setdefault(realm, {})
        for default_port in (True, False):
            table[tuple(self.reduce_uri(u, default_port) for u in uris)] = (user, passwd)

    def find_user_password(self, realm, authuri):
        """(user, password) for `authuri` in `realm`; (None, None) when none was given."""
        for default_port in (True, False):
            wanted = self.reduce_uri(authuri, default_port)
            for uris, pair in self.passwd.get(realm, {}).items():
                if any(self.is_suburi(uri, wanted) for uri in uris):
                    return pair
        return None, None

    def reduce_uri(self, uri, default_port=True):
        """(authority, path) of a URL or a bare authority; the scheme's port made explicit."""
        parts = urlsplit(uri)
        if not parts.netloc:
            return uri, "/"
        authority, path = parts.netloc, parts.path or "/"
        host, port = _splitport(authority)
        known = {"http": 80, "https": 443}.get(parts.scheme)
        if default_port and port is None and known is not None:
            authority = "%s:%d" % (host, known)
        return authority, path

    def is_suburi(self, base, test):
        """Whether (authority, path) `test` is `base` or under it."""
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1] if base[1].endswith("/") else base[1] + "/"
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """A password manager where passwords given for realm None serve every realm."""

    def find_user_password(self, realm, authuri):
        pair = super().find_user_password(realm, authuri)
        if pair[0] is not None:
            return pair
        return super().find_user_password(None, authuri)


# 'Basic realm="x"' in a WWW-Authenticate (or Proxy-Authenticate) header.
_CHALLENGE = re.compile(r'(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\2', re.I)


class AbstractBasicAuthHandler:
    """Answers a Basic challenge by sending the request again with the password manager's
    credentials (once: the same credentials are not tried twice)."""

    def __init__(self, password_mgr=None):
        self.passwd = HTTPPasswordMgr() if password_mgr is None else password_mgr
        self.add_password = self.passwd.add_password

    def http_error_auth_reqed(self, authreq, host, req, headers):
        for challenge in headers.get_all(authreq) or []:
            found = _CHALLENGE.search(challenge)
            if found and found.group(1).lower() == "basic":
                return self.retry_http_basic_auth(host, req, found.group(3))
        return None

    def retry_http_basic_auth(self, host, req, realm):
        user, password = self.passwd.find_user_password(realm, host)
        if password is None:
            return None
        token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode("ascii")
        credentials = "Basic " + token
        if req.get_header(self.auth_header, None) == credentials:
            return None
        req.add_unredirected_header(self.auth_header, credentials)
        return self.parent.open(req, timeout=req.timeout)


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Authorization"

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("www-authenticate", req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Proxy-authorization"

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("proxy-authenticate", req.host, req, headers)


# ---- http ------------------------------------------------------------------------------------

class AbstractHTTPHandler(BaseHandler):
    """Sends a request over an http.client connection made for it."""

    def __init__(self, debuglevel=None):
        self._debuglevel = 0 if debuglevel is None else debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        """Adds what the request needs to be sent: Host, the opener's headers, and for data a
        Content-type and a Content-length (or chunked transfer)."""
        if not request.host:
            raise URLError("no host given")
        body = request.data
        if body is not None:
            if isinstance(body, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
            if not request.has_header("Content-type"):
                request.add_unredirected_header("Content-type", "application/x-www-form-urlencoded")
            if not (request.has_header("Content-length") or request.has_header("Transfer-encoding")):
                length = http.client._body_length(body, request.get_method())
                if length is None:
                    request.add_unredirected_header("Transfer-encoding", "chunked")
                else:
                    request.add_unredirected_header("Content-length", str(length))
        host = request.host
        if request.has_proxy():
            host = _splithost(_splittype(request.selector)[1])[0]
        if not request.has_header("Host"):
            request.add_unredirected_header("Host", host)
        for name, value in self.parent.addheaders:
            if not request.has_header(name.capitalize()):
                request.add_unredirected_header(name.capitalize(), value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """The response to `req`, sent on a new `http_class` connection; URLError when the
        connection cannot be made. The connection closes once the answer is read."""
        if not req.host:
            raise URLError("no host given")
        conn = http_class(req.host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        sent = {}
        for name, value in list(req.unredirected_hdrs.items()) + list(req.headers.items()):
            sent.setdefault(name.title(), value)
        sent["Connection"] = "close"
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, sent, encode_chunked=req.has_header("Transfer-encoding"))
            except OSError as err:
                raise URLError(err)
            answer = conn.getresponse()
        except BaseException:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        answer.url = req.get_full_url()
        answer.msg = answer.reason
        return answer


class HTTPHandler(AbstractHTTPHandler):
    """Opens http:// URLs."""

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    """The last handler asked to open: a scheme nobody knows is an error."""

    def unknown_open(self, req):
        raise URLError("unknown url type: %s" % req.type)


def parse_keqv_list(l):
    """{key: value} of 'key=value' items, quotes around a value removed."""
    result = {}
    for item in l:
        key, value = item.split("=", 1)
        if len(value) > 1 and value[0] == value[-1] == '"':
            value = value[1:-1]
        result[key] = value
    return result


def parse_http_list(s):
    """The comma-separated items of a header value (commas inside quotes do not split)."""
    items = []
    current = []
    quoted = escaped = False
    for ch in s:
        if escaped:
            current.append(ch)
            escaped = False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == "," and not quoted:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    if current:
        items.append("".join(current))
    return [item.strip() for item in items]


# ---- file: and data: -------------------------------------------------------------------------

def _guess_type(filename):
    try:
        import mimetypes
    except ImportError:
        return None
    return mimetypes.guess_type(filename)[0]


def _local_addresses():
    names = set()
    for host in ("localhost", socket.gethostname()):
        try:
            names.update(socket.gethostbyname_ex(host)[2])
        except OSError:
            pass
    return names


class FileHandler(BaseHandler):
    """Opens file:// URLs naming this machine."""

    names = None

    def get_names(self):
        if FileHandler.names is None:
            FileHandler.names = tuple(sorted(_local_addresses()))
        return FileHandler.names

    def file_open(self, req):
        host = req.host
        if host and host != "localhost" and req.selector.startswith("//"):
            raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    def open_local_file(self, req):
        path = url2pathname(req.selector)
        try:
            info = os.stat(path)
        except OSError as exc:
            raise URLError(exc)
        host = req.host
        if host:
            host, port = _splitport(host)
            if port or _address_of(host) not in self.get_names():
                raise URLError("file not on local host")
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\nLast-modified: %s\n" % (
            _guess_type(req.selector) or "text/plain", info.st_size, email.utils.formatdate(info.st_mtime, usegmt=True)))
        try:
            stream = open(path, "rb")
        except OSError as exc:
            raise URLError(exc)
        return addinfourl(stream, headers, "file://" + (host or "") + req.selector)


def _address_of(host):
    try:
        return socket.gethostbyname(host)
    except OSError:
        return None


class DataHandler(BaseHandler):
    """Opens data: URLs ('data:[<mediatype>][;base64],<data>')."""

    def data_open(self, req):
        url = req.full_url
        mediatype, _, payload = url.split(":", 1)[1].partition(",")
        content = unquote_to_bytes(payload)
        if mediatype.endswith(";base64"):
            content = base64.decodebytes(content)
            mediatype = mediatype[:-len(";base64")]
        mediatype = mediatype or "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n" % (mediatype, len(content)))
        return addinfourl(io.BytesIO(content), headers, url)


def url2pathname(pathname):
    """The local path a URL path names."""
    return unquote(pathname)


def pathname2url(pathname):
    """The URL path of a local path."""
    return quote(pathname)


def getproxies_environment():
    """{scheme: proxy URL} from the environment's *_proxy variables (lowercase ones win; an empty
    one removes the scheme; 'no' holds no_proxy)."""
    found = {}
    for lowercase_pass in (False, True):
        for name, value in os.environ.items():
            if name[-6:].lower() != "_proxy" or (name == name.lower()) != lowercase_pass:
                continue
            scheme = name[:-6].lower()
            if value:
                found[scheme] = value
            else:
                found.pop(scheme, None)
    if "REQUEST_METHOD" in os.environ:
        # Under CGI, HTTP_PROXY may come from a request header: ignore it.
        if os.environ.get("HTTP_PROXY") and found.get("http") == os.environ.get("HTTP_PROXY"):
            found.pop("http", None)
    return found


def proxy_bypass_environment(host, proxies=None):
    """Whether no_proxy says to reach `host` directly."""
    if proxies is None:
        proxies = getproxies_environment()
    exempt = proxies.get("no")
    if not exempt:
        return False
    if exempt == "*":
        return True
    host = host.lower()
    bare = _splitport(host)[0]
    for entry in exempt.split(","):
        entry = entry.strip().lstrip(".").lower()
        if not entry:
            continue
        if entry in (host, bare) or bare.endswith("." + entry) or host.endswith("." + entry):
            return True
    return False


getproxies = getproxies_environment


def proxy_bypass(host):
    return proxy_bypass_environment(host)
