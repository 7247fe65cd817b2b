import io
import sys
import threading
import urllib.request
import warnings
from wsgiref import util, headers, handlers, simple_server, validate
from wsgiref.simple_server import make_server, WSGIRequestHandler, demo_app

# util
env = {}
util.setup_testing_defaults(env)
print(sorted((k, v) for k, v in env.items() if not k.startswith("wsgi.")))
print(env["wsgi.url_scheme"], env["wsgi.version"], type(env["wsgi.input"]).__name__)
print(util.application_uri(env), util.request_uri(env))
env.update(PATH_INFO="/a b/c", QUERY_STRING="x=1", SCRIPT_NAME="/app")
print(util.request_uri(env), util.request_uri(env, include_query=False))
env2 = {"wsgi.url_scheme": "https", "SERVER_NAME": "h", "SERVER_PORT": "8443", "SCRIPT_NAME": ""}
print(util.application_uri(env2), util.guess_scheme({"HTTPS": "on"}), util.guess_scheme({}))
for path in ["/a/b/c", "/a//./b", "/", "", "/./x", "/x/"]:
    e = {"SCRIPT_NAME": "/root", "PATH_INFO": path}
    name = util.shift_path_info(e)
    print(repr(path), repr(name), e["SCRIPT_NAME"], repr(e["PATH_INFO"]))
print(util.is_hop_by_hop("Connection"), util.is_hop_by_hop("Content-Type"))
print(list(util.FileWrapper(io.BytesIO(b"abcdefghij"), 4)))

# headers
h = headers.Headers([("Content-Type", "text/plain")])
h["X-Test"] = "1"
h.add_header("content-disposition", "attachment", filename="bud.gif")
h.add_header("X-Flag", None, no_cache=None, max_age="5")
h.add_header("X-Q", "v", key='a "quoted" \\ thing')
print(len(h), h["content-type"], h.get("missing", "dflt"), "x-test" in h, h.get_all("X-TEST"))
print(repr(h))
print(str(h), end="")
print(bytes(h)[:20])
print(h.setdefault("X-Test", "2"), h.setdefault("New", "n"), h.keys(), h.values()[:2])
del h["x-test"]
print(h.items()[:2], len(h))
for bad in [lambda: headers.Headers((("a", "b"),)), lambda: headers.Headers([("a", 1)]), lambda: h.__setitem__("a", 2)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
print(handlers.format_date_time(0), handlers.format_date_time(1700000000))


# A handler over in-memory streams.
def app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"hello ", environ["PATH_INFO"].encode()]


def one_block(environ, start_response):
    write = start_response("201 Created", [("Content-Type", "text/plain")])
    return [b"single"]


def broken(environ, start_response):
    raise RuntimeError("boom")


def bad_status(environ, start_response):
    start_response("20 OK", [])
    return []


base = {"SCRIPT_NAME": "", "SERVER_PROTOCOL": "HTTP/1.0", "REQUEST_METHOD": "GET", "PATH_INFO": "/p", "SERVER_NAME": "s", "SERVER_PORT": "80"}
for application in [app, one_block, broken, bad_status]:
    out, err = io.BytesIO(), io.StringIO()
    handler = handlers.SimpleHandler(io.BytesIO(), out, err, dict(base))
    handler.server_software = "Test/1"
    handler.os_environ = {}
    handler.run(application)
    lines = [l for l in out.getvalue().split(b"\r\n") if not l.startswith(b"Date:")]
    print(application.__name__, lines)
    print(err.getvalue().strip().splitlines()[-1:] if err.getvalue() else [])
cgi = handlers.BaseCGIHandler(io.BytesIO(), io.BytesIO(), io.StringIO(), dict(base))
cgi.os_environ = {}
cgi.run(one_block)
print(cgi.stdout.getvalue())

# validate
checked = validate.validator(app)
out = io.BytesIO()
env = dict(base, QUERY_STRING="", SCRIPT_NAME="")
h2 = handlers.SimpleHandler(io.BytesIO(), out, io.StringIO(), env)
h2.os_environ = {}
h2.run(checked)
print(b"hello /p" in out.getvalue())


def returns_str(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return "not a list"


def bad_header(environ, start_response):
    start_response("200 OK", [("Bad:Name", "x")])
    return []


def no_type(environ, start_response):
    start_response("200 OK", [])
    return []


for application in [returns_str, bad_header, no_type]:
    e = dict(base, QUERY_STRING="")
    util.setup_testing_defaults(e)
    try:
        result = validate.validator(application)(e, lambda s, h, exc=None: None)
        list(result)
        result.close()
    except AssertionError as exc:
        print("AssertionError", exc)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    e = dict(base)
    util.setup_testing_defaults(e)
    e["REQUEST_METHOD"] = "BREW"
    it = validate.validator(app)(e, lambda s, h, exc=None: None)
    print(list(it))
    it.close()
    print([str(w.message)[:40] for w in caught], [w.category.__name__ for w in caught])
for bad_env in [{"REQUEST_METHOD": "GET"}, []]:
    try:
        validate.validator(app)(bad_env, None)
    except AssertionError as exc:
        print("AssertionError", str(exc)[:60])


# simple_server on 127.0.0.1 port 0
class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


seen = {}


def echo_app(environ, start_response):
    seen.update(environ)
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Method", environ["REQUEST_METHOD"])])
    return [b"got:", body, b" path=", environ["PATH_INFO"].encode(), b" q=", environ["QUERY_STRING"].encode()]


server = make_server("127.0.0.1", 0, echo_app, handler_class=QuietHandler)
port = server.server_port
t = threading.Thread(target=server.serve_forever)
t.start()
try:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/some%20path?a=1&b=2") as r:
        print(r.status, r.read(), r.headers["X-Method"], r.headers["Content-Length"], r.headers["Server"].split()[0])
    req = urllib.request.Request(f"http://127.0.0.1:{port}/post", data=b"payload", headers={"X-Custom": "yes"})
    with urllib.request.urlopen(req) as r:
        print(r.status, r.read())
    print(seen["HTTP_X_CUSTOM"], seen["CONTENT_TYPE"], seen["CONTENT_LENGTH"], seen["SERVER_PROTOCOL"], seen["GATEWAY_INTERFACE"], seen["SCRIPT_NAME"] == "")
    print(seen["wsgi.multithread"], seen["wsgi.url_scheme"], seen["SERVER_SOFTWARE"].split("/")[0], seen["REMOTE_ADDR"])
    server.set_app(demo_app)
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/demo") as r:
        text = r.read().decode()
        print(text.splitlines()[0], "PATH_INFO = '/demo'" in text)
finally:
    server.shutdown()
    server.server_close()
    t.join()
print(simple_server.server_version, simple_server.__version__, server.get_app() is demo_app)
