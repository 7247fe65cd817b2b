# selectors: the API of every selector class (register/modify/unregister/select/get_key/
# get_map/close, errors as CPython's) and a single-threaded echo server driven by
# DefaultSelector with non-blocking sockets.
import selectors
import socket


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        text = str(e).replace("fd=%d" % fdb, "fd=FDB").replace("fd=%d" % fdnum, "fd=FD")
        text = text.replace("(FD %d)" % fdnum, "(FD FD)").replace("'%d (" % fdnum, "'FD (")
        if "object at 0x" in text:
            text = text.split(" at 0x")[0]
        print(label, "->", type(e).__name__, text)


print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.DefaultSelector is selectors.EpollSelector)
key = selectors.SelectorKey("f", 3, 1, None)
print(key, key.fd, key._fields)
fdnum = fdb = -99
attempt("BaseSelector()", lambda: selectors.BaseSelector())

a, b = socket.socketpair()
fdnum = a.fileno()
fdb = b.fileno()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector, selectors.DefaultSelector):
    print("--", cls.__name__)
    sel = cls()
    k = sel.register(a, selectors.EVENT_READ, data="A")
    print(k.fileobj is a, k.fd == a.fileno(), k.events, k.data)
    attempt("register twice", lambda: sel.register(a, selectors.EVENT_READ))
    attempt("register by fd twice", lambda: sel.register(a.fileno(), selectors.EVENT_WRITE))
    attempt("register bad events", lambda: sel.register(b, 0))
    attempt("register events 4", lambda: sel.register(b, 4))
    attempt("register object", lambda: sel.register(object(), selectors.EVENT_READ))
    attempt("register negative", lambda: sel.register(-1, selectors.EVENT_READ))
    print(sel.select(0))
    b.send(b"x")
    print([(k.data, ev) for k, ev in sel.select(1)])
    print([(k.data, ev) for k, ev in sel.select()])
    a.recv(1)
    k2 = sel.modify(a, selectors.EVENT_READ, data="A2")
    print(k2.data, sel.get_key(a).data)
    k3 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE)
    print(k3.events, k3.data)
    print([(k.data, ev) for k, ev in sel.select(0)])
    attempt("modify unknown", lambda: sel.modify(b, selectors.EVENT_READ))
    attempt("get_key unknown", lambda: sel.get_key(b))
    m = sel.get_map()
    print(len(m), a in m, b in m, m[a].data, m.get(b), list(m) == [a.fileno()])
    sel.register(b, selectors.EVENT_WRITE, "B")
    print(sorted((str(k.data), ev) for k, ev in sel.select(0)))
    print(sel.unregister(b).data)
    attempt("unregister unknown", lambda: sel.unregister(b))
    sel.close()
    print(sel.get_map())
    attempt("get_key after close", lambda: sel.get_key(a))
with selectors.DefaultSelector() as sel:
    sel.register(a, selectors.EVENT_WRITE)
    print(len(sel.get_map()), sel.fileno() >= 0)
print(sel.get_map())

# Unregistering a closed socket by the object still works (looked up among the keys).
with selectors.DefaultSelector() as sel:
    c, d = socket.socketpair()
    sel.register(c, selectors.EVENT_READ, "closing")
    c.close()
    print(sel.unregister(c).data)
    d.close()
a.close()
b.close()

# An echo server on one thread: non-blocking listener and connections, one selector.
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
listener.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(listener, selectors.EVENT_READ, "accept")
clients = []
for i in range(5):
    c = socket.create_connection(listener.getsockname())
    c.setblocking(False)
    clients.append(c)
pending = {c: b"message %d" % i for i, c in enumerate(clients)}
for c, msg in pending.items():
    c.sendall(msg)
replies = {}
for c in clients:
    sel.register(c, selectors.EVENT_READ, "client")
accepted = 0
echoed = 0
while len(replies) < len(clients):
    for key, events in sel.select(timeout=5):
        if key.data == "accept":
            conn, _ = listener.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "conn")
            accepted += 1
        elif key.data == "conn":
            data = key.fileobj.recv(1024)
            if data:
                key.fileobj.sendall(data.upper())
                echoed += 1
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
        else:
            replies[key.fileobj] = key.fileobj.recv(1024)
            sel.unregister(key.fileobj)
print(accepted, echoed, sorted(replies.values()))
for c in clients:
    c.close()
for key in list(sel.get_map().values()):
    if key.data == "conn":
        key.fileobj.close()
sel.close()
listener.close()
