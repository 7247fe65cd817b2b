# An HTTP server in a thread and http.client talking to it: GET, POST with a body, HEAD, keep-alive,
# chunked answers, errors (404, 501, 400), headers, and the server's log lines on stderr.
import http.client
import http.server
import io
import re
import sys
import threading
from http import HTTPStatus


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for piece in (b"hello ", b"chunked ", b"world"):
                self.wfile.write(b"%X\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path == "/missing":
            self.send_error(HTTPStatus.NOT_FOUND, "No such page")
            return
        if self.path == "/teapot":
            self.send_error(418)
            return
        body = ("path=%s agent=%s x=%s" % (self.path, self.headers.get("User-Agent"), self.headers.get_all("X-Multi"))).encode()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", "a=1")
        self.send_header("Set-Cookie", "b=2")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        body = b"got " + data.upper()
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "1234")
        self.end_headers()


log = io.StringIO()


class QuietServer(http.server.ThreadingHTTPServer):
    pass


def logged(handler_class):
    class Logged(handler_class):
        def log_message(self, format, *args):
            log.write("%s - - [DATE] %s\n" % (self.address_string(), format % args))
    return Logged


server = QuietServer(("127.0.0.1", 0), logged(Handler))
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/hello?q=1", headers={"User-Agent": "fixture/1.0", "X-Multi": "one"})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.version, type(resp).__name__)
print(resp.getheader("Content-Type"), resp.getheader("Set-Cookie"), resp.getheader("Nope", "dflt"))
print(resp.headers.get_all("Set-Cookie"), resp.headers["content-length"])
print(sorted(k for k, v in resp.getheaders()))
print(resp.read())
print(resp.isclosed(), resp.read())

# The same connection, kept alive.
conn.request("POST", "/submit", body=b"some data", headers={"Content-Type": "application/octet-stream"})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read())

conn.request("POST", "/submit", body="text body")
resp = conn.getresponse()
print(resp.status, resp.read(3), resp.read(100), resp.read())

conn.request("GET", "/chunked")
resp = conn.getresponse()
print(resp.status, resp.chunked, resp.getheader("Transfer-Encoding"), resp.read())

conn.request("HEAD", "/anything")
resp = conn.getresponse()
print(resp.status, resp.getheader("Content-Length"), resp.read())

conn.request("GET", "/missing")
resp = conn.getresponse()
body = resp.read().decode()
print(resp.status, resp.reason, resp.getheader("Content-Type"), resp.getheader("Connection"))
print(body)
conn.close()

conn = http.client.HTTPConnection("127.0.0.1:%d" % port)
conn.request("GET", "/teapot")
resp = conn.getresponse()
print(resp.status, resp.reason, len(resp.read()))
conn.close()

conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("PUT", "/x", body=b"")
resp = conn.getresponse()
print(resp.status, resp.reason)
print(resp.read().decode().split("<p>")[1:])
conn.close()

# A malformed request line, sent by hand.
import socket
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GARBAGE\r\n\r\n")
answer = b""
while True:
    data = s.recv(4096)
    if not data:
        break
    answer += data
s.close()
print(answer.split(b"\r\n")[0])

s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GET / HTTP/9.9\r\n\r\n")
print(s.makefile("rb").readline())
s.close()

# Errors the client raises itself.
conn = http.client.HTTPConnection("127.0.0.1", port)
for call in (lambda: conn.getresponse(), lambda: conn.putheader("X", "1")):
    try:
        call()
    except http.client.HTTPException as e:
        print(type(e).__name__, e.args)
conn.putrequest("GET", "/")
try:
    conn.putrequest("GET", "/")
except http.client.CannotSendRequest as e:
    print("CannotSendRequest", e)
conn.close()
for bad in ("/a b", "/a\nb"):
    try:
        http.client.HTTPConnection("127.0.0.1", port).request("GET", bad)
    except http.client.InvalidURL as e:
        print("InvalidURL", e)
try:
    http.client.HTTPConnection("host:port")
except http.client.InvalidURL as e:
    print("InvalidURL", e)
c = http.client.HTTPConnection("[::1]:8080")
print(c.host, c.port, http.client.HTTPConnection("example.com").port)
try:
    http.client.HTTPConnection("127.0.0.1", port).putrequest("GET", "/")
    raise SystemExit
except SystemExit:
    pass
c = http.client.HTTPConnection("127.0.0.1", port)
c.putrequest("GET", "/")
try:
    c.putheader("Bad Name:", "v")
except ValueError as e:
    print("ValueError", e)
try:
    c.putheader("X-Ok", "bad\nvalue")
except ValueError as e:
    print("ValueError", e)

print(repr(http.client.IncompleteRead(b"abc", 5)), repr(http.client.IncompleteRead(b"ab")))
print(http.client.BadStatusLine("").args, http.client.LineTooLong("header line").args)
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), http.client.responses[404], http.client.NOT_FOUND)
print(http.client.HTTP_PORT, http.client.HTTPS_PORT)

server.shutdown()
server.server_close()
thread.join()
lines = sorted(log.getvalue().splitlines())
for line in lines:
    print(line)
