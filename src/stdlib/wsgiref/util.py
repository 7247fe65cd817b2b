"""Helpers for WSGI environments: URLs rebuilt from them, path shifting, test defaults, and a
file wrapper that iterates a file in blocks."""

import posixpath

__all__ = ["FileWrapper", "guess_scheme", "application_uri", "request_uri", "shift_path_info",
           "setup_testing_defaults", "is_hop_by_hop"]


class FileWrapper:
    """Iterates over a file-like object, `blksize` bytes at a time."""

    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike
        self.blksize = blksize
        if hasattr(filelike, "close"):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        block = self.filelike.read(self.blksize)
        if not block:
            raise StopIteration
        return block


def guess_scheme(environ):
    """'https' when the HTTPS variable says so, else 'http'."""
    return "https" if environ.get("HTTPS") in ("yes", "on", "1") else "http"


def application_uri(environ):
    """The URL of the application's root (scheme, host, non-default port, SCRIPT_NAME)."""
    from urllib.parse import quote
    scheme = environ["wsgi.url_scheme"]
    host = environ.get("HTTP_HOST")
    if host:
        where = host
    else:
        where = environ["SERVER_NAME"]
        default_port = "443" if scheme == "https" else "80"
        if environ["SERVER_PORT"] != default_port:
            where += ":" + environ["SERVER_PORT"]
    return f"{scheme}://{where}" + quote(environ.get("SCRIPT_NAME") or "/", encoding="latin1")


def request_uri(environ, include_query=True):
    """The full URL of the request (with its query string unless include_query is false)."""
    from urllib.parse import quote
    url = application_uri(environ)
    path = quote(environ.get("PATH_INFO", ""), safe="/;=,", encoding="latin1")
    url += path if environ.get("SCRIPT_NAME") else path[1:]
    query = environ.get("QUERY_STRING")
    if include_query and query:
        url += "?" + query
    return url


def shift_path_info(environ):
    """Moves the first segment of PATH_INFO to the end of SCRIPT_NAME and returns it (None when
    PATH_INFO is empty or the segment is ".")."""
    path = environ.get("PATH_INFO", "")
    if not path:
        return None
    segments = path.split("/")
    # Empty and "." segments between the first and the last are dropped.
    segments[1:-1] = [s for s in segments[1:-1] if s and s != "."]
    first = segments.pop(1)
    script = posixpath.normpath(environ.get("SCRIPT_NAME", "") + "/" + first)
    if script.endswith("/"):
        script = script[:-1]
    if not first and not script.endswith("/"):
        script += "/"
    environ["SCRIPT_NAME"] = script
    environ["PATH_INFO"] = "/".join(segments)
    return None if first == "." else first


def setup_testing_defaults(environ):
    """Fills in whatever a minimal WSGI environment lacks, for tests."""
    from io import BytesIO, StringIO
    environ.setdefault("SERVER_NAME", "127.0.0.1")
    environ.setdefault("SERVER_PROTOCOL", "HTTP/1.0")
    environ.setdefault("HTTP_HOST", environ["SERVER_NAME"])
    environ.setdefault("REQUEST_METHOD", "GET")
    if "SCRIPT_NAME" not in environ and "PATH_INFO" not in environ:
        environ.setdefault("SCRIPT_NAME", "")
        environ.setdefault("PATH_INFO", "/")
    environ.setdefault("wsgi.version", (1, 0))
    environ.setdefault("wsgi.run_once", 0)
    environ.setdefault("wsgi.multithread", 0)
    environ.setdefault("wsgi.multiprocess", 0)
    environ.setdefault("wsgi.input", BytesIO())
    environ.setdefault("wsgi.errors", StringIO())
    environ.setdefault("wsgi.url_scheme", guess_scheme(environ))
    scheme = environ["wsgi.url_scheme"]
    if scheme == "http":
        environ.setdefault("SERVER_PORT", "80")
    elif scheme == "https":
        environ.setdefault("SERVER_PORT", "443")


_HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
                         "trailers", "transfer-encoding", "upgrade"})


def is_hop_by_hop(header_name):
    """Whether the header concerns one connection only (a WSGI app must not set those)."""
    return header_name.lower() in _HOP_BY_HOP
