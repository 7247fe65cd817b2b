import datetime
import threading
import xmlrpc.client as xc
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler, resolve_dotted_attribute, list_public_methods

# Marshalling of every type.
values = (1, -5, True, False, 2.5, "a <b> & c", b"\x00\x01bin", [1, [2, "x"]], {"k": 1, "nested": {"z": None}},
          datetime.datetime(2024, 3, 5, 7, 8, 9), xc.Binary(b"wrapped"), xc.DateTime("20200101T00:00:00"), (1, 2))
text = xc.dumps(values, allow_none=True)
print(text)
print(xc.dumps((1,), "method.name"))
print(xc.dumps((1,), methodresponse=True))
print(xc.dumps(xc.Fault(4, "bad thing")))
print(xc.dumps(("é",), "m", encoding="iso-8859-1"))
params, name = xc.loads(text)
for p in params:
    print(type(p).__name__, p if not isinstance(p, xc.DateTime) else str(p))
params, name = xc.loads(text, use_builtin_types=True)
print([type(p).__name__ for p in params])
print(xc.loads(xc.dumps((1, 2), "add")))
try:
    xc.loads(xc.dumps(xc.Fault(7, "oops")))
except xc.Fault as f:
    print("Fault", f.faultCode, f.faultString, repr(f), str(f))
print(xc.loads("<params><param><value>bare</value></param></params>"))
print(xc.loads("<params><param><value><i8>12345678901</i8></value></param><param><value><ex:nil/></value></param></params>"))
for bad in [lambda: xc.dumps((None,)), lambda: xc.dumps((2**40,)), lambda: xc.dumps(({1: 2},)),
            lambda: xc.dumps((object(),)), lambda: xc.dumps([1]), lambda: xc.dumps((1, 2), methodresponse=True),
            lambda: xc.loads("<params><param><value><boolean>2</boolean></value></param></params>"),
            lambda: xc.loads("<params><param><value><int>1</int></value></param>")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
rec = [1]
rec.append(rec)
try:
    xc.dumps((rec,))
except TypeError as e:
    print(e)


class Point:
    def __init__(self):
        self.x, self.y = 1, 2


print(xc.dumps((Point(),)))
print(xc.escape("<&>"), xc.MAXINT, xc.MININT, xc.boolean(1))
b = xc.Binary(b"abc")
print(str(b), b == b"abc", b == xc.Binary(b"abc"))
d = xc.DateTime(datetime.datetime(2021, 1, 2, 3, 4, 5))
print(str(d), d == "20210102T03:04:05", d < xc.DateTime("20220101T00:00:00"), d.timetuple()[:6])
print(xc.DateTime((2001, 2, 3, 4, 5, 6, 0, 0, 0)).value)
print(repr(xc.ProtocolError("host/RPC2", 404, "Not Found", {})))


# A server in a thread, on 127.0.0.1 port 0.
class Quiet(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2", "/")


class Math:
    def double(self, x):
        """Twice x."""
        return 2 * x

    def _secret(self):
        return "hidden"

    class sub:
        @staticmethod
        def inner():
            return "inner"


server = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=Quiet, logRequests=False, allow_none=True)
server.register_introspection_functions()
server.register_multicall_functions()
server.register_function(pow)
server.register_function(lambda a, b: a + b, "add")


@server.register_function(name="echo")
def echo_everything(*args):
    """Returns its arguments."""
    return list(args)


@server.register_function
def fail(kind):
    if kind == "fault":
        raise xc.Fault(42, "custom fault")
    raise ValueError("plain error")


server.register_instance(Math(), allow_dotted_names=True)
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever)
t.start()
try:
    with xc.ServerProxy(f"http://127.0.0.1:{port}/RPC2", allow_none=True) as proxy:
        print(proxy.add(2, 3), proxy.pow(2, 10), proxy.double(21), proxy.sub.inner())
        got = proxy.echo(1, "two", [3.0], {"four": None}, b"five")
        print(got[:4], type(got[4]).__name__, got[4].data)
        got = proxy.echo(datetime.datetime(2020, 5, 6, 7, 8, 9))
        print(type(got[0]).__name__, got[0].value, repr(got[0]).split(" at ")[0])
        print(proxy.system.listMethods())
        print(repr(proxy.system.methodHelp("echo")), repr(proxy.system.methodHelp("double")), proxy.system.methodSignature("add"))
        for call in [lambda: proxy.fail("fault"), lambda: proxy.fail("other"), lambda: proxy.missing(1), lambda: proxy._secret()]:
            try:
                call()
            except xc.Fault as f:
                print("Fault", f.faultCode, f.faultString)
        multi = xc.MultiCall(proxy)
        multi.add(1, 2)
        multi.double(4)
        multi.fail("fault")
        multi.echo("x")
        results = multi()
        print(results[0], results[1], results[3])
        try:
            results[2]
        except xc.Fault as f:
            print("multicall fault", f.faultCode, f.faultString)
        print(list(results.results[:2]))
        print(repr(proxy).startswith("<ServerProxy for 127.0.0.1:"), proxy("transport").__class__.__name__)
    bad = xc.ServerProxy(f"http://127.0.0.1:{port}/nowhere")
    try:
        bad.add(1, 2)
    except xc.ProtocolError as e:
        print("ProtocolError", e.errcode, e.errmsg, e.url.endswith("/nowhere"))
    try:
        xc.ServerProxy("ftp://x")
    except OSError as e:
        print("OSError", e)
finally:
    server.shutdown()
    server.server_close()
    t.join()
try:
    resolve_dotted_attribute(Math(), "_secret")
except AttributeError as e:
    print(e)
print(list_public_methods(Math()))

# gzip both ways, a multi-path server and the dispatcher on its own.
from xmlrpc.server import MultiPathXMLRPCServer, SimpleXMLRPCDispatcher
d = SimpleXMLRPCDispatcher(allow_none=True)
d.register_function(lambda *a: len(a), "count")
print(xc.loads(d._marshaled_dispatch(xc.dumps((1, 2, 3), "count").encode())))
print(d._marshaled_dispatch(b"<not xml").decode().count("faultCode"))
mp = MultiPathXMLRPCServer(("127.0.0.1", 0), requestHandler=Quiet, logRequests=False)
first = mp.add_dispatcher("/RPC2", SimpleXMLRPCDispatcher())
first.register_function(lambda: "first", "who")
second = mp.add_dispatcher("/", SimpleXMLRPCDispatcher())
second.register_function(lambda: "root", "who")
print(mp.get_dispatcher("/") is second)
t = threading.Thread(target=mp.serve_forever)
t.start()
try:
    port = mp.server_address[1]
    print(xc.ServerProxy(f"http://127.0.0.1:{port}/RPC2").who(), xc.ServerProxy(f"http://127.0.0.1:{port}/").who())
    big = "x" * 5000
    transport = xc.Transport()
    transport.encode_threshold = 100
    proxy = xc.ServerProxy(f"http://127.0.0.1:{port}/RPC2", transport=transport)
    first.register_function(lambda s: s.upper(), "upper")
    print(len(proxy.upper(big)), proxy.upper("abc"))
finally:
    mp.shutdown()
    mp.server_close()
    t.join()
print(xc.gzip_decode(xc.gzip_encode(b"round trip")))
try:
    xc.gzip_decode(b"not gzip")
except ValueError as e:
    print(e)
