"""Opening URLs: urlopen and the machinery behind it. A Request names a URL, data, headers and a
method; an OpenerDirector passes it through handlers chosen by method name (`<scheme>_request`
to prepare, `<scheme>_open` to fetch, `<scheme>_response` to check, `http_error_<code>` for error
statuses). build_opener assembles the default chain: proxies from the environment, http, file,
data: URLs, redirects, and errors raised as HTTPError. gilpy has no ssl module: https is not
supported."""

import base64
import bisect
import email
import email.utils
import io
import os
import posixpath
import re
import socket
import string
import sys
import tempfile
import time

import http.client
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (
    urlparse, urlsplit, urljoin, unwrap, quote, unquote, unquote_to_bytes, urlunparse,
    _splittype, _splithost, _splituser, _splitpasswd, _splitport, _splittag,
)
from urllib.response import addinfourl, addclosehook

__all__ = [
    "Request", "OpenerDirector", "BaseHandler", "HTTPDefaultErrorHandler", "HTTPRedirectHandler",
    "HTTPCookieProcessor", "ProxyHandler", "HTTPPasswordMgr", "HTTPPasswordMgrWithDefaultRealm",
    "HTTPPasswordMgrWithPriorAuth", "AbstractBasicAuthHandler", "HTTPBasicAuthHandler",
    "ProxyBasicAuthHandler", "HTTPHandler", "FileHandler", "DataHandler", "UnknownHandler",
    "HTTPErrorProcessor", "urlopen", "install_opener", "build_opener", "pathname2url",
    "url2pathname", "getproxies", "urlretrieve", "urlcleanup",
]

__version__ = "%d.%d" % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None, capath=None, cadefault=False, context=None):
    """Opens a URL (a string or a Request) with the installed opener; the response."""
    global _opener
    if cafile or capath or cadefault or context is not None:
        raise URLError("gilpy has no ssl support")
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    """Makes `opener` the one urlopen uses."""
    global _opener
    _opener = opener


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies a URL to a local file (a temporary one when not named); (filename, headers)."""
    url_type, path = _splittype(url)
    with urlopen(url, data) as fp:
        headers = fp.info()
        if url_type == "file" and not filename:
            return os.path.normpath(path), headers
        if filename:
            tfp = open(filename, "wb")
        else:
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes" % (read, size), result)
    return result


def urlcleanup():
    """Removes urlretrieve's temporary files and forgets the installed opener."""
    global _opener
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    _opener = None


_cut_port_re = re.compile(r":\d+$", re.ASCII)


def request_host(request):
    """The host a request goes to, lowercased, without its port."""
    url = request.full_url
    host = urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    host = _cut_port_re.sub("", host, 1)
    return host.lower()


class Request:
    """A URL to open, with the data to send (making it a POST), headers and a method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return "{}#{}".format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ""

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        """The method: the one given, else POST with data and GET without."""
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, "method", default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
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
        return self.headers.get(header_name, self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


class OpenerDirector:
    """Opens URLs by handing requests to its handlers, in handler_order."""

    def __init__(self):
        client_version = "Python-urllib/%s" % __version__
        self.addheaders = [("User-agent", client_version)]
        self.handlers = []
        self.handle_open = {}
        self.handle_error = {}
        self.process_response = {}
        self.process_request = {}

    def add_handler(self, handler):
        """Registers each of the handler's `<scheme>_<kind>` methods."""
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        added = False
        for meth in dir(handler):
            if meth in ("redirect_request", "do_open", "proxy_open"):
                continue
            i = meth.find("_")
            protocol = meth[:i]
            condition = meth[i + 1:]
            if condition.startswith("error"):
                j = condition.find("_") + i + 1
                kind = meth[j + 1:]
                try:
                    kind = int(kind)
                except ValueError:
                    pass
                lookup = self.handle_error.get(protocol, {})
                self.handle_error[protocol] = lookup
            elif condition == "open":
                kind = protocol
                lookup = self.handle_open
            elif condition == "response":
                kind = protocol
                lookup = self.process_response
            elif condition == "request":
                kind = protocol
                lookup = self.process_request
            else:
                continue
            handlers = lookup.setdefault(kind, [])
            if handlers:
                bisect.insort(handlers, handler)
            else:
                handlers.append(handler)
            added = True
        if added:
            bisect.insort(self.handlers, handler)
            handler.add_parent(self)

    def close(self):
        pass

    def _call_chain(self, chain, kind, meth_name, *args):
        for handler in chain.get(kind, ()):
            result = getattr(handler, meth_name)(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Opens a URL or Request; the response."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        for processor in self.process_request.get(protocol, []):
            req = getattr(processor, protocol + "_request")(req)
        response = self._open(req, data)
        for processor in self.process_response.get(protocol, []):
            response = getattr(processor, protocol + "_response")(req, response)
        return response

    def _open(self, req, data=None):
        result = self._call_chain(self.handle_open, "default", "default_open", req)
        if result:
            return result
        protocol = req.type
        result = self._call_chain(self.handle_open, protocol, protocol + "_open", req)
        if result:
            return result
        return self._call_chain(self.handle_open, "unknown", "unknown_open", req)

    def error(self, proto, *args):
        """Hands an error to the `<proto>_error_<code>` handlers, then the default one."""
        if proto in ("http", "https"):
            table = self.handle_error["http"]
            proto = args[2]
            meth_name = "http_error_%s" % proto
            http_err = 1
            orig_args = args
        else:
            table = self.handle_error
            meth_name = proto + "_error"
            http_err = 0
        args = (table, proto, meth_name) + args
        result = self._call_chain(*args)
        if result:
            return result
        if http_err:
            args = (table, "default", "http_error_default") + orig_args
            return self._call_chain(*args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or added to by `handlers`."""
    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                       HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]
    skip = set()
    for klass in default_classes:
        for check in handlers:
            if isinstance(check, type):
                if issubclass(check, klass):
                    skip.add(klass)
            elif isinstance(check, klass):
                skip.add(klass)
    for klass in skip:
        default_classes.remove(klass)
    for klass in default_classes:
        opener.add_handler(klass())
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


class BaseHandler:
    """The base of every handler; handlers sort by handler_order (lower first)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Turns answers outside 2xx into errors for the error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error("http", request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """Raises HTTPError for an error status nothing else handled."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 answers (at most 10, no loops)."""

    max_repeats = 4
    max_redirections = 10
    inf_msg = ("The HTTP server returned a redirect error that would lead to an infinite loop.\n"
               "The last 30x error message was:\n")

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request that follows a redirect, or None; HTTPError when it must not be followed."""
        m = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and m in ("GET", "HEAD") or code in (301, 302, 303) and m == "POST")):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(" ", "%20")
        content_headers = ("content-length", "content-type")
        newheaders = {k: v for k, v in req.headers.items() if k.lower() not in content_headers}
        return Request(newurl, method="HEAD" if m == "HEAD" else "GET", headers=newheaders,
                       origin_req_host=req.origin_req_host, unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return
        urlparts = urlparse(newurl)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
        newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ("http", "https", "ftp", ""):
            raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed" % (msg, newurl), headers, fp)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return
        if hasattr(req, "redirect_dict"):
            visited = new.redirect_dict = req.redirect_dict
            if visited.get(newurl, 0) >= self.max_repeats or len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _parse_proxy(proxy):
    """(scheme, user, password, host:port) of a proxy setting."""
    scheme, r_scheme = _splittype(proxy)
    if not r_scheme.startswith("/"):
        scheme = None
        authority = proxy
    else:
        if not r_scheme.startswith("//"):
            raise ValueError("proxy URL with no authority: %r" % proxy)
        end = r_scheme.find("/", 2)
        if end == -1:
            end = None
        authority = r_scheme[2:end]
    userinfo, hostport = _splituser(authority)
    if userinfo is not None:
        user, password = _splitpasswd(userinfo)
    else:
        user = password = None
    return scheme, user, password, hostport


class ProxyHandler(BaseHandler):
    """Sends requests through the proxies given (by default those of the environment)."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        assert hasattr(proxies, "keys"), "proxies must be a mapping"
        self.proxies = proxies
        for type, url in proxies.items():
            type = type.lower()
            setattr(self, "%s_open" % type, lambda r, proxy=url, type=type, meth=self.proxy_open: meth(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        orig_type = req.type
        proxy_type, user, password, hostport = _parse_proxy(proxy)
        if proxy_type is None:
            proxy_type = orig_type
        if req.host and proxy_bypass(req.host):
            return None
        if user and password:
            user_pass = "%s:%s" % (unquote(user), unquote(password))
            creds = base64.b64encode(user_pass.encode()).decode("ascii")
            req.add_header("Proxy-authorization", "Basic " + creds)
        hostport = unquote(hostport)
        req.set_proxy(hostport, proxy_type)
        if orig_type == proxy_type or orig_type == "https":
            return None
        return self.parent.open(req, timeout=req.timeout)


class HTTPPasswordMgr:
    """Passwords by realm and URI prefix."""

    def __init__(self):
        self.passwd = {}

    def add_password(self, realm, uri, user, passwd):
        if isinstance(uri, str):
            uri = [uri]
        if realm not in self.passwd:
            self.passwd[realm] = {}
        for default_port in True, False:
            reduced_uri = tuple(self.reduce_uri(u, default_port) for u in uri)
            self.passwd[realm][reduced_uri] = (user, passwd)

    def find_user_password(self, realm, authuri):
        domains = self.passwd.get(realm, {})
        for default_port in True, False:
            reduced_authuri = self.reduce_uri(authuri, default_port)
            for uris, authinfo in domains.items():
                for uri in uris:
                    if self.is_suburi(uri, reduced_authuri):
                        return authinfo
        return None, None

    def reduce_uri(self, uri, default_port=True):
        parts = urlsplit(uri)
        if parts[1]:
            scheme = parts[0]
            authority = parts[1]
            path = parts[2] or "/"
        else:
            scheme = None
            authority = uri
            path = "/"
        host, port = _splitport(authority)
        if default_port and port is None and scheme is not None:
            dport = {"http": 80, "https": 443}.get(scheme)
            if dport is not None:
                authority = "%s:%d" % (host, dport)
        return authority, path

    def is_suburi(self, base, test):
        if base == test:
            return True
        if base[0] != test[0]:
            return False
        prefix = base[1]
        if prefix[-1:] != "/":
            prefix += "/"
        return test[1].startswith(prefix)


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """A password manager whose realm None matches every realm."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class HTTPPasswordMgrWithPriorAuth(HTTPPasswordMgrWithDefaultRealm):
    """A password manager that also remembers which URIs to authenticate before being asked."""

    def __init__(self, *args, **kwargs):
        self.authenticated = {}
        super().__init__(*args, **kwargs)

    def add_password(self, realm, uri, user, passwd, is_authenticated=False):
        self.update_authenticated(uri, is_authenticated)
        if realm is not None:
            super().add_password(None, uri, user, passwd)
        super().add_password(realm, uri, user, passwd)

    def update_authenticated(self, uri, is_authenticated=False):
        if isinstance(uri, str):
            uri = [uri]
        for default_port in True, False:
            for u in uri:
                self.authenticated[self.reduce_uri(u, default_port)] = is_authenticated

    def is_authenticated(self, authuri):
        for default_port in True, False:
            reduced_authuri = self.reduce_uri(authuri, default_port)
            for uri in self.authenticated:
                if self.is_suburi(uri, reduced_authuri):
                    return self.authenticated[uri]


_BASIC_CHALLENGE = re.compile(r'(?:^|,)[ \t]*([^ \t,]+)[ \t]+realm=(["\']?)([^"\']*)\2', re.I)


class AbstractBasicAuthHandler:
    """Answers a Basic authentication challenge with the password manager's credentials."""

    def __init__(self, password_mgr=None):
        if password_mgr is None:
            password_mgr = HTTPPasswordMgr()
        self.passwd = password_mgr
        self.add_password = self.passwd.add_password

    def http_error_auth_reqed(self, authreq, host, req, headers):
        for header in headers.get_all(authreq) or []:
            found = _BASIC_CHALLENGE.search(header)
            if found and found.group(1).lower() == "basic":
                response = self.retry_http_basic_auth(host, req, found.group(3))
                if response and response.code != 401:
                    self.passwd.update_authenticated(req.full_url, True) if hasattr(self.passwd, "update_authenticated") else None
                return response

    def retry_http_basic_auth(self, host, req, realm):
        user, pw = self.passwd.find_user_password(realm, host)
        if pw is None:
            return None
        raw = "%s:%s" % (user, pw)
        auth = "Basic " + base64.b64encode(raw.encode()).decode("ascii")
        if req.get_header(self.auth_header, None) == auth:
            return None
        req.add_unredirected_header(self.auth_header, auth)
        return self.parent.open(req, timeout=req.timeout)

    def http_request(self, req):
        if not hasattr(self.passwd, "is_authenticated") or not self.passwd.is_authenticated(req.full_url):
            return req
        if not req.has_header("Authorization"):
            user, passwd = self.passwd.find_user_password(None, req.full_url)
            credentials = "{0}:{1}".format(user, passwd).encode()
            auth_str = base64.standard_b64encode(credentials).decode()
            req.add_unredirected_header("Authorization", "Basic {}".format(auth_str.strip()))
        return req

    https_request = http_request


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Authorization"

    def http_error_401(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("www-authenticate", req.full_url, req, headers)


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = "Proxy-authorization"

    def http_error_407(self, req, fp, code, msg, headers):
        return self.http_error_auth_reqed("proxy-authenticate", req.host, req, headers)


class AbstractHTTPHandler(BaseHandler):
    """Sends a Request over an http.client connection and returns its response."""

    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None else 0

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        """Fills in the headers a request needs: Host, Content-type and Content-length for data."""
        host = request.host
        if not host:
            raise URLError("no host given")
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a file object. It cannot be of type str.")
            if not request.has_header("Content-type"):
                request.add_unredirected_header("Content-type", "application/x-www-form-urlencoded")
            if not request.has_header("Content-length") and not request.has_header("Transfer-encoding"):
                length = http.client._body_length(data, request.get_method())
                if length is not None:
                    request.add_unredirected_header("Content-length", str(length))
                else:
                    request.add_unredirected_header("Transfer-encoding", "chunked")
        sel_host = host
        if request.has_proxy():
            scheme, sel = _splittype(request.selector)
            sel_host, sel_path = _splithost(sel)
        if not request.has_header("Host"):
            request.add_unredirected_header("Host", sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Sends the request with a new connection of `http_class`; the response (URLError when
        the connection fails)."""
        host = req.host
        if not host:
            raise URLError("no host given")
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): val for name, val in headers.items()}
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers, encode_chunked=req.has_header("Transfer-encoding"))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r


class HTTPHandler(AbstractHTTPHandler):
    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class HTTPCookieProcessor(BaseHandler):
    """Sends and stores cookies through an http.cookiejar.CookieJar."""

    def __init__(self, cookiejar=None):
        import http.cookiejar
        if cookiejar is None:
            cookiejar = http.cookiejar.CookieJar()
        self.cookiejar = cookiejar

    def http_request(self, request):
        self.cookiejar.add_cookie_header(request)
        return request

    def http_response(self, request, response):
        self.cookiejar.extract_cookies(response, request)
        return response

    https_request = http_request
    https_response = http_response


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        raise URLError("unknown url type: %s" % req.type)


def parse_keqv_list(l):
    """A dict of 'key=value' items (values unquoted)."""
    parsed = {}
    for elt in l:
        k, v = elt.split("=", 1)
        if v[0] == '"' and v[-1] == '"':
            v = v[1:-1]
        parsed[k] = v
    return parsed


def parse_http_list(s):
    """The comma-separated items of a header value, commas inside quotes kept."""
    res = []
    part = ""
    escape = quote_open = False
    for cur in s:
        if escape:
            part += cur
            escape = False
            continue
        if quote_open:
            if cur == "\\":
                escape = True
                continue
            elif cur == '"':
                quote_open = False
            part += cur
            continue
        if cur == ",":
            res.append(part)
            part = ""
            continue
        if cur == '"':
            quote_open = True
        part += cur
    if part:
        res.append(part)
    return [part.strip() for part in res]


class FileHandler(BaseHandler):
    """Opens file:// URLs on this machine."""

    def file_open(self, req):
        url = req.selector
        if url[:2] == "//" and url[2:3] != "/" and (req.host and req.host != "localhost"):
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    names = None

    def get_names(self):
        if FileHandler.names is None:
            try:
                FileHandler.names = tuple(socket.gethostbyname_ex("localhost")[2] + socket.gethostbyname_ex(socket.gethostname())[2])
            except socket.gaierror:
                FileHandler.names = (socket.gethostbyname("localhost"),)
        return FileHandler.names

    def open_local_file(self, req):
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = _guess_type(filename)
            headers = email.message_from_string("Content-type: %s\nContent-length: %d\nLast-modified: %s\n" % (mtype or "text/plain", size, modified))
            if host:
                host, port = _splitport(host)
            if not host or (not port and _safe_gethostbyname(host) in self.get_names()):
                origurl = "file://" + host + filename if host else "file://" + filename
                return addinfourl(open(localfile, "rb"), headers, origurl)
        except OSError as exp:
            raise URLError(exp)
        raise URLError("file not on local host")


def _guess_type(filename):
    try:
        import mimetypes
    except ImportError:
        return None
    return mimetypes.guess_type(filename)[0]


def _safe_gethostbyname(host):
    try:
        return socket.gethostbyname(host)
    except socket.gaierror:
        return None


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-7]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n" % (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


def url2pathname(pathname):
    """The local path of a URL's path part."""
    return unquote(pathname)


def pathname2url(pathname):
    """The URL path of a local path."""
    return quote(pathname)


def getproxies_environment():
    """The proxies named by *_proxy environment variables, by scheme."""
    proxies = {}
    for name, value in os.environ.items():
        name = name.lower()
        if value and name[-6:] == "_proxy":
            proxies[name[:-6]] = value
    if "REQUEST_METHOD" in os.environ:
        proxies.pop("http", None)
    for name, value in os.environ.items():
        if name[-6:] == "_proxy":
            name = name.lower()
            if value:
                proxies[name[:-6]] = value
            else:
                proxies.pop(name[:-6], None)
    return proxies


def proxy_bypass_environment(host, proxies=None):
    """Whether `host` is listed in no_proxy (or no_proxy is '*')."""
    if proxies is None:
        proxies = getproxies_environment()
    try:
        no_proxy = proxies["no"]
    except KeyError:
        return False
    if no_proxy == "*":
        return True
    host = host.lower()
    hostonly, port = _splitport(host)
    for name in no_proxy.split(","):
        name = name.strip()
        if name:
            name = name.lstrip(".")
            name = name.lower()
            if hostonly == name or host == name:
                return True
            name = "." + name
            if hostonly.endswith(name) or host.endswith(name):
                return True
    return False


getproxies = getproxies_environment


def proxy_bypass(host):
    return proxy_bypass_environment(host)
