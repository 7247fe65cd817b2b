# http.server's own log lines on stderr (client address, local time, request line, status, size),
# control characters escaped, send_error's log line, and the Server/Date headers' formats.
import io
import re
import socket
import sys
import threading
import http.client
import http.server


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/err":
            self.send_error(403, "No\x1bway")
            return
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")
        self.log_request(200, 2)
        self.log_message("custom %s %d", "message", 5)


captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever)
thread.start()
port = server.server_address[1]
headers = None
for path in ("/ok", "/err", "/weird%0Apath"):
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", path)
    resp = conn.getresponse()
    resp.read()
    if headers is None:
        headers = dict(resp.getheaders())
    conn.close()
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"GET /\x07bell HTTP/1.0\r\n\r\n")
while s.recv(4096):
    pass
s.close()
server.shutdown()
server.server_close()
thread.join()
sys.stderr = real_stderr

stamp = re.compile(r"\[\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d\]")
for line in captured.getvalue().splitlines():
    print(stamp.sub("[DATE]", line), bool(stamp.search(line)))
print(headers["Server"].split(" ")[0], headers["Server"].split(" ")[1].startswith("Python/"))
print(bool(re.fullmatch(r"[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT", headers["Date"])))
print(http.server.BaseHTTPRequestHandler.date_time_string(None, 0))
print(http.server.BaseHTTPRequestHandler.server_version, http.server.SimpleHTTPRequestHandler.server_version)
print(http.server.BaseHTTPRequestHandler.protocol_version, http.server.BaseHTTPRequestHandler.default_request_version)
print(http.server.BaseHTTPRequestHandler.responses[404], http.server.__all__)
