"""XML-RPC, the server side: a dispatcher that maps method names to registered functions (or
an instance's methods), with the system.listMethods/methodHelp/methodSignature/multicall
extras, an HTTP request handler for it, and SimpleXMLRPCServer putting both on a TCP server."""

import http.server
import os
import re
import socketserver
import sys
import traceback
from functools import partial
from inspect import getdoc
from xmlrpc.client import Fault, dumps, gzip_decode, gzip_encode, loads

__all__ = [
    "SimpleXMLRPCServer", "SimpleXMLRPCRequestHandler", "SimpleXMLRPCDispatcher",
    "MultiPathXMLRPCServer", "CGIXMLRPCRequestHandler", "resolve_dotted_attribute",
    "list_public_methods",
]


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """obj.a.b.c for attr "a.b.c" (only the first name when dotted names are not allowed);
    a name starting with "_" is refused."""
    names = attr.split(".") if allow_dotted_names else [attr]
    for name in names:
        if name.startswith("_"):
            raise AttributeError(f'attempt to access private attribute "{name}"')
        obj = getattr(obj, name)
    return obj


def list_public_methods(obj):
    """The names of obj's callable attributes that do not start with "_"."""
    return [name for name in dir(obj) if not name.startswith("_") and callable(getattr(obj, name))]


class SimpleXMLRPCDispatcher:
    """Maps XML-RPC method names to Python callables and runs requests against them."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.funcs = {}
        self.instance = None
        self.allow_none = allow_none
        self.encoding = encoding or "utf-8"
        self.use_builtin_types = use_builtin_types

    def register_instance(self, instance, allow_dotted_names=False):
        """Methods not registered as functions are looked up on `instance` (or handed to its
        _dispatch(method, params) when it has one)."""
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function=None, name=None):
        """Registers `function` under `name` (its __name__ by default); without a function,
        returns a decorator that does so."""
        if function is None:
            return partial(self.register_function, name=name)
        self.funcs[function.__name__ if name is None else name] = function
        return function

    def register_introspection_functions(self):
        self.funcs.update({
            "system.listMethods": self.system_listMethods,
            "system.methodSignature": self.system_methodSignature,
            "system.methodHelp": self.system_methodHelp,
        })

    def register_multicall_functions(self):
        self.funcs["system.multicall"] = self.system_multicall

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        """The response document (bytes) for the request document `data`."""
        try:
            params, method = loads(data, use_builtin_types=self.use_builtin_types)
            run = self._dispatch if dispatch_method is None else dispatch_method
            result = run(method, params)
            response = dumps((result,), methodresponse=1, allow_none=self.allow_none, encoding=self.encoding)
        except Fault as fault:
            response = dumps(fault, allow_none=self.allow_none, encoding=self.encoding)
        except BaseException as exc:
            response = dumps(Fault(1, f"{type(exc)}:{exc}"), encoding=self.encoding, allow_none=self.allow_none)
        return response.encode(self.encoding, "xmlcharrefreplace")

    def system_listMethods(self):
        """Every method name the server answers, sorted."""
        methods = set(self.funcs)
        if self.instance is not None:
            if hasattr(self.instance, "_listMethods"):
                methods |= set(self.instance._listMethods())
            elif not hasattr(self.instance, "_dispatch"):
                methods |= set(list_public_methods(self.instance))
        return sorted(methods)

    def system_methodSignature(self, method_name):
        """Signatures are not kept: always 'signatures not supported'."""
        return "signatures not supported"

    def system_methodHelp(self, method_name):
        """The docstring of `method_name` ('' when there is none)."""
        method = self.funcs.get(method_name)
        if method is None and self.instance is not None:
            if hasattr(self.instance, "_methodHelp"):
                return self.instance._methodHelp(method_name)
            if not hasattr(self.instance, "_dispatch"):
                try:
                    method = resolve_dotted_attribute(self.instance, method_name, self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None:
            return ""
        return getdoc(method) or ""

    def system_multicall(self, call_list):
        """Runs each {'methodName', 'params'} call: [result] for a success, a fault struct for
        a failure."""
        results = []
        for call in call_list:
            name = call["methodName"]
            params = call["params"]
            try:
                results.append([self._dispatch(name, params)])
            except Fault as fault:
                results.append({"faultCode": fault.faultCode, "faultString": fault.faultString})
            except BaseException as exc:
                results.append({"faultCode": 1, "faultString": f"{type(exc)}:{exc}"})
        return results

    def _dispatch(self, method, params):
        try:
            func = self.funcs[method]
        except KeyError:
            pass
        else:
            if func is not None:
                return func(*params)
            raise Exception(f'method "{method}" is not supported')
        if self.instance is not None:
            if hasattr(self.instance, "_dispatch"):
                return self.instance._dispatch(method, params)
            try:
                func = resolve_dotted_attribute(self.instance, method, self.allow_dotted_names)
            except AttributeError:
                pass
            else:
                if func is not None:
                    return func(*params)
        raise Exception(f'method "{method}" is not supported')


class SimpleXMLRPCRequestHandler(http.server.BaseHTTPRequestHandler):
    """Answers POSTs to the rpc_paths with the dispatcher's response."""

    rpc_paths = ("/", "/RPC2", "/pydoc.css")
    encode_threshold = 1400
    wbufsize = -1
    disable_nagle_algorithm = True

    # One entry of Accept-Encoding: a coding, maybe with ";q=weight".
    _encoding_pattern = re.compile(r"\s*([^\s;]+)\s*(;\s*q\s*=\s*([0-9.]+))?", re.IGNORECASE)

    def accept_encodings(self):
        result = {}
        for part in self.headers.get("Accept-Encoding", "").split(","):
            found = self._encoding_pattern.match(part)
            if found:
                value = found.group(3)
                result[found.group(1)] = float(value) if value else 1.0
        return result

    def is_rpc_path_valid(self):
        return not self.rpc_paths or self.path in self.rpc_paths

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        try:
            left = int(self.headers["content-length"])
            chunks = []
            # Read in pieces of at most 10 MiB so one request cannot ask for a huge buffer.
            while left:
                chunk = self.rfile.read(min(left, 10 * 1024 * 1024))
                if not chunk:
                    break
                chunks.append(chunk)
                left -= len(chunk)
            data = self.decode_request_content(b"".join(chunks))
            if data is None:
                return
            response = self.server._marshaled_dispatch(data, getattr(self, "_dispatch", None), self.path)
        except Exception as exc:
            self.send_response(500)
            if getattr(self.server, "_send_traceback_header", False):
                # Debugging aid: the error and its traceback travel in headers.
                self.send_header("X-exception", str(exc))
                text = traceback.format_exc().encode("ASCII", "backslashreplace").decode("ASCII")
                self.send_header("X-traceback", text)
            self._send_length(0)
            return
        self.send_response(200)
        self.send_header("Content-type", "text/xml")
        big = self.encode_threshold is not None and len(response) > self.encode_threshold
        if big and self.accept_encodings().get("gzip", 0):
            response = gzip_encode(response)
            self.send_header("Content-Encoding", "gzip")
        self._send_length(len(response))
        self.wfile.write(response)

    def _send_length(self, n):
        self.send_header("Content-length", str(n))
        self.end_headers()

    def decode_request_content(self, data):
        """The request body without its Content-Encoding (None after an error response)."""
        coding = self.headers.get("content-encoding", "identity").lower()
        if coding == "identity":
            return data
        if coding != "gzip":
            self.send_response(501, f"encoding {coding!r} not supported")
        else:
            try:
                return gzip_decode(data)
            except ValueError:
                self.send_response(400, "error decoding gzip content")
        self._send_length(0)
        return None

    def report_404(self):
        self.send_response(404)
        self.send_header("Content-type", "text/plain")
        self._send_length(len(b"No such page"))
        self.wfile.write(b"No such page")

    def log_request(self, code="-", size="-"):
        if self.server.logRequests:
            http.server.BaseHTTPRequestHandler.log_request(self, code, size)


class SimpleXMLRPCServer(socketserver.TCPServer, SimpleXMLRPCDispatcher):
    """A TCP server answering XML-RPC requests with its registered functions."""

    allow_reuse_address = True
    _send_traceback_header = False

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True, allow_none=False,
                 encoding=None, bind_and_activate=True, use_builtin_types=False):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)
        socketserver.TCPServer.__init__(self, addr, requestHandler, bind_and_activate)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    """A server with one dispatcher per URL path."""

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True, allow_none=False,
                 encoding=None, bind_and_activate=True, use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none, encoding,
                                    bind_and_activate, use_builtin_types)
        self.dispatchers = {}
        self.allow_none = allow_none
        self.encoding = encoding or "utf-8"

    def add_dispatcher(self, path, dispatcher):
        """Serves `path` with `dispatcher` (returned)."""
        self.dispatchers.update({path: dispatcher})
        return dispatcher

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            return self.dispatchers[path]._marshaled_dispatch(data, dispatch_method, path)
        except BaseException:
            exc_type, exc_value = sys.exc_info()[:2]
            try:
                response = dumps(Fault(1, f"{exc_type}:{exc_value}"), encoding=self.encoding, allow_none=self.allow_none)
                return response.encode(self.encoding, "xmlcharrefreplace")
            finally:
                exc_type = exc_value = None


class CGIXMLRPCRequestHandler(SimpleXMLRPCDispatcher):
    """XML-RPC over CGI: the request on stdin, the response on stdout."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)

    def _emit(self, head_lines, body):
        for line in head_lines:
            print(line)
        print()
        sys.stdout.flush()
        out = sys.stdout.buffer
        out.write(body)
        out.flush()

    def handle_xmlrpc(self, request_text):
        body = self._marshaled_dispatch(request_text)
        self._emit(["Content-Type: text/xml", f"Content-Length: {len(body)}"], body)

    def handle_get(self):
        code = 400
        message = http.server.BaseHTTPRequestHandler.responses[code][0]
        body = (f"<html><head><title>Error response</title></head><body><h1>Error response</h1>"
                f"<p>Error code: {code}.</p><p>Message: {message}.</p></body></html>").encode("utf-8")
        self._emit([f"Status: {code} {message}", "Content-Type: text/html", f"Content-Length: {len(body)}"], body)

    def handle_request(self, request_text=None):
        if request_text is None and os.environ.get("REQUEST_METHOD", None) == "GET":
            self.handle_get()
            return
        if request_text is None:
            declared = os.environ.get("CONTENT_LENGTH", "")
            request_text = sys.stdin.read(int(declared) if declared.strip().isdigit() else -1)
        self.handle_xmlrpc(request_text)
