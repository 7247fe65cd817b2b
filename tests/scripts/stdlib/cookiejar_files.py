# http.cookiejar: MozillaCookieJar/LWPCookieJar save, load, revert; HTTPCookieProcessor
# against a local http.server thread.
import http.cookiejar as cj
import http.server
import os
import tempfile
import threading
import urllib.request

tmp = tempfile.mkdtemp()


def make(name, value, domain, path="/", expires=4102444800, secure=False, rest=None, discard=False):
    return cj.Cookie(0, name, value, None, False, domain, domain.startswith("."), domain.startswith("."),
                     path, True, secure, expires, discard, None, None, rest or {})


moz = cj.MozillaCookieJar(os.path.join(tmp, "cookies.txt"))
moz.set_cookie(make("a", "1", ".example.com"))
moz.set_cookie(make("b", "2", "www.example.com", "/x", secure=True))
moz.set_cookie(make("c", None, "www.example.com"))
moz.set_cookie(make("h", "3", ".example.com", rest={"HTTPOnly": ""}))
moz.set_cookie(make("s", "4", ".example.com", expires=None, discard=True))
moz.set_cookie(make("old", "5", ".example.com", expires=1000))
moz.save()
with open(moz.filename) as f:
    print(f.read())
moz.save(ignore_discard=True, ignore_expires=True)
loaded = cj.MozillaCookieJar()
loaded.load(moz.filename, ignore_discard=True, ignore_expires=True)
for c in loaded:
    print(c.name, c.value, c.domain, c.path, c.secure, c.expires, c.discard, c.has_nonstandard_attr("HTTPOnly"))
loaded = cj.MozillaCookieJar(moz.filename)
loaded.load()
print(sorted(c.name for c in loaded))

lwp = cj.LWPCookieJar(os.path.join(tmp, "lwp.txt"))
c = cj.Cookie(1, "k", "v w", "80,8080", True, ".example.com", True, True, "/p", True, True, 4102444800, False,
              "a comment", "http://example.com/c", {"HttpOnly": None, "Zeta": "z"})
lwp.set_cookie(c)
lwp.set_cookie(make("plain", "x", "www.example.com"))
print(lwp.as_lwp_str())
print(cj.lwp_cookie_str(c))
lwp.save()
with open(lwp.filename) as f:
    print(f.read())
back = cj.LWPCookieJar()
back.load(lwp.filename)
for c in back:
    print(repr(c))

# revert keeps the old cookies when the file is missing.
back.set_cookie(make("extra", "e", ".x.com"))
try:
    back.revert(os.path.join(tmp, "missing.txt"))
except OSError as e:
    print(type(e).__name__)
print(len(back))
back.revert(lwp.filename)
print(sorted(c.name for c in back))

# Wrong formats.
with open(os.path.join(tmp, "bad.txt"), "w") as f:
    f.write("not a cookie file\n")
for kind in (cj.MozillaCookieJar, cj.LWPCookieJar):
    try:
        kind().load(os.path.join(tmp, "bad.txt"))
    except cj.LoadError as e:
        print("LoadError:", str(e).replace(tmp, "TMP"))
try:
    cj.MozillaCookieJar().save()
except ValueError as e:
    print("ValueError:", e)
try:
    cj.FileCookieJar("x").save()
except NotImplementedError:
    print("NotImplementedError")
print(cj.FileCookieJar(filename=None).filename, cj.FileCookieJar("f", delayload=1).delayload)


# HTTPCookieProcessor against a real server.
class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        seen = self.headers.get("Cookie")
        self.send_response(200)
        if self.path == "/login":
            self.send_header("Set-Cookie", "sid=s3cr3t; Path=/")
            self.send_header("Set-Cookie", "lang=en; Path=/app")
        body = ("path=%s cookie=%s" % (self.path, seen)).encode()
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever)
thread.start()
base = "http://127.0.0.1:%d" % server.server_address[1]
jar = cj.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
for path in ("/", "/login", "/", "/app/page", "/other"):
    with opener.open(base + path) as resp:
        print(resp.read().decode())
print(sorted((c.name, c.value, c.path) for c in jar))
proc = urllib.request.HTTPCookieProcessor()
print(type(proc.cookiejar).__name__, "HTTPCookieProcessor" in urllib.request.__all__)
server.shutdown()
server.server_close()
thread.join()
import shutil
shutil.rmtree(tmp)
