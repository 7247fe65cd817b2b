# An uncaught HTTPError from a local server: the traceback's last line as python3 prints it.
import http.server
import threading
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_error(404)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever, daemon=True)
thread.start()
try:
    urllib.request.urlopen("http://127.0.0.1:%d/missing" % server.server_address[1])
finally:
    server.shutdown()
    server.server_close()
