# urllib.request against a local http.server in a thread: urlopen GET/POST, the headers urllib
# sends, redirects, HTTPError (readable), URLError for a refused connection, Request objects,
# openers with custom handlers, data: and file: URLs.
import http.server
import os
import socket
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _answer(self, code, body, extra=()):
        self.send_response(code)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        if self.path == "/headers":
            seen = sorted("%s=%s" % (k, v) for k, v in self.headers.items() if k != "Host")
            self._answer(200, "; ".join(seen).encode())
        elif self.path == "/redirect":
            self._answer(302, b"", [("Location", "/final?from=redirect")])
        elif self.path == "/loop":
            self._answer(302, b"", [("Location", "/loop")])
        elif self.path.startswith("/final"):
            self._answer(200, ("final " + self.path).encode())
        elif self.path == "/gone":
            self._answer(410, b"it is gone", [("X-Why", "deleted")])
        elif self.path == "/boom":
            self.send_error(500, "Kaboom")
        else:
            self._answer(200, ("hello from " + self.path).encode())

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        body = "%s %s %s" % (self.headers["Content-Type"], self.headers["Content-Length"], data.decode())
        self._answer(200, body.encode())

    def do_PUT(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self._answer(200, b"put " + data)

    def do_HEAD(self):
        self._answer(200, b"12345")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
base = "http://127.0.0.1:%d" % server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

with urllib.request.urlopen(base + "/index.html") as resp:
    print(resp.status, resp.reason, resp.code, resp.getcode(), resp.msg)
    print(resp.geturl() == base + "/index.html", resp.url == base + "/index.html")
    print(resp.headers["Content-Type"], resp.info()["Content-Length"], resp.getheader("content-length"))
    print(resp.read())

print(urllib.request.urlopen(base + "/headers").read().decode())

form = urllib.parse.urlencode({"name": "gil py", "n": 3}).encode()
print(urllib.request.urlopen(base + "/form", data=form).read())
req = urllib.request.Request(base + "/json", data=b'{"a": 1}', headers={"Content-Type": "application/json"})
print(req.get_method(), req.type, req.host == "127.0.0.1:%d" % server.server_address[1], req.selector)
print(urllib.request.urlopen(req).read())
req = urllib.request.Request(base + "/thing", data=b"payload", method="PUT")
print(req.get_method(), urllib.request.urlopen(req).read())
req = urllib.request.Request(base + "/h", method="HEAD")
resp = urllib.request.urlopen(req)
print(resp.status, resp.getheader("Content-Length"), resp.read())

resp = urllib.request.urlopen(base + "/redirect")
print(resp.status, resp.geturl().replace(base, "BASE"), resp.read())

for path in ("/gone", "/boom", "/loop"):
    try:
        urllib.request.urlopen(base + path)
    except urllib.error.HTTPError as e:
        print(type(e).__name__, e.code, repr(e.reason), str(e).splitlines()[0], repr(e).splitlines()[0])
        print(e.headers.get("X-Why"), e.headers.get("Content-Type"), len(e.read()) > 0, isinstance(e, urllib.error.URLError))
        e.close()

try:
    urllib.request.urlopen(base + "/form", data="text, not bytes")
except TypeError as e:
    print("TypeError", e)

# A port nobody listens on.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
try:
    urllib.request.urlopen("http://127.0.0.1:%d/" % closed_port)
except urllib.error.URLError as e:
    print(e)
    print(type(e.reason).__name__, e.reason.errno, e.reason.strerror)

for bad in ("nonsense", "foo://x/y"):
    try:
        urllib.request.urlopen(bad)
    except (ValueError, urllib.error.URLError) as e:
        print(type(e).__name__, e)

req = urllib.request.Request("http://example.com/a/b?c=1#frag", data=b"x")
print(req.full_url, req.type, req.host, req.selector, req.get_method(), req.fragment, req.data)
req.add_header("content-TYPE", "text/x")
req.add_unredirected_header("X-once", "1")
print(req.headers, req.has_header("Content-type"), req.get_header("X-once"), sorted(req.header_items()))
req.remove_header("Content-type")
print(req.has_header("Content-type"), req.get_header("Nope", "dflt"))
req.full_url = "http://other.org/z"
print(req.host, req.selector, req.full_url)


class Tagger(urllib.request.BaseHandler):
    def http_request(self, req):
        req.add_header("X-tag", "tagged")
        return req

    def http_response(self, req, resp):
        resp.tagged = True
        return resp


opener = urllib.request.build_opener(Tagger)
opener.addheaders = [("User-agent", "fixture-agent")]
resp = opener.open(base + "/headers")
print(resp.tagged, resp.read().decode())

urllib.request.install_opener(opener)
print(urllib.request.urlopen(base + "/headers").read().decode())
urllib.request.install_opener(None)

with urllib.request.urlopen("data:text/plain;base64,aGVsbG8gZGF0YQ==") as resp:
    print(resp.read(), resp.headers["Content-type"], resp.headers["Content-length"])
print(urllib.request.urlopen("data:,a%20b").read())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        f.write("file contents\n")
    with urllib.request.urlopen("file://" + path) as resp:
        print(resp.read(), resp.headers["Content-length"])
    target = os.path.join(d, "copy.txt")
    name, headers = urllib.request.urlretrieve(base + "/fetched", target)
    print(name == target, headers["Content-Length"], open(target).read())
    try:
        urllib.request.urlopen("file://" + os.path.join(d, "missing.txt"))
    except urllib.error.URLError as e:
        print(type(e.reason).__name__, e.reason.errno)

print(urllib.request.pathname2url("/a b/c"), urllib.request.url2pathname("/a%20b/c"))
e = urllib.error.HTTPError("http://x/", 404, "Not Found", {}, None)
print(str(e), repr(e), e.reason, e.code, e.headers)
u = urllib.error.URLError("boom")
print(str(u), repr(u), u.args)

server.shutdown()
server.server_close()
thread.join()
