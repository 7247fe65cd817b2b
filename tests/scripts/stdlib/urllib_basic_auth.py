# urllib.request with Basic authentication against a local server: the 401 challenge answered
# from a password manager (by realm, by default realm, by URL prefix), wrong passwords ending in
# HTTPError 401, and the password managers' lookups.
import base64
import http.server
import threading
import urllib.error
import urllib.request

GOOD = "Basic " + base64.b64encode(b"alice:secret").decode()
log = []


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        given = self.headers.get("Authorization")
        log.append((self.path, given))
        if given != GOOD:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="vault"')
            self.send_header("Content-Length", "6")
            self.end_headers()
            self.wfile.write(b"denied")
            return
        body = ("welcome to " + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
base = "http://127.0.0.1:%d" % server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()

for realm, user, password, url in [("vault", "alice", "secret", base + "/"), (None, "alice", "secret", base),
                                   ("vault", "alice", "wrong", base + "/"), ("other", "alice", "secret", base + "/"),
                                   ("vault", "alice", "secret", base + "/only/here/")]:
    manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    manager.add_password(realm, url, user, password)
    opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(manager))
    for path in ("/a", "/only/here/b"):
        try:
            with opener.open(base + path) as resp:
                print(realm, password, path, resp.status, resp.read())
        except urllib.error.HTTPError as e:
            print(realm, password, path, "HTTPError", e.code, e.read())

try:
    urllib.request.urlopen(base + "/plain")
except urllib.error.HTTPError as e:
    print("no handler", e.code, e.headers["WWW-Authenticate"])

m = urllib.request.HTTPPasswordMgr()
m.add_password("r", "http://example.com/docs/", "u", "p")
m.add_password("r", ["http://a.test:8080", "b.test"], "u2", "p2")
for realm, uri in [("r", "http://example.com/docs/x"), ("r", "http://example.com/other"), ("r", "http://example.com:80/docs/y"),
                   ("r", "a.test:8080"), ("r", "http://a.test:8080/z"), ("r", "b.test"), ("x", "http://example.com/docs/")]:
    print(realm, uri, m.find_user_password(realm, uri))
print(m.reduce_uri("http://example.com"), m.reduce_uri("https://h/p", False), m.reduce_uri("h:1"))
print(m.is_suburi(("h:80", "/a/"), ("h:80", "/a/b")), m.is_suburi(("h:80", "/a"), ("h:80", "/ab")))

server.shutdown()
server.server_close()
thread.join()
print(len(log), sorted(set(p for p, _ in log)))
