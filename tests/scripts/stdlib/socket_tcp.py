# TCP over loopback: echo round trips, makefile in text and binary modes, shutdown, timeouts,
# refused connections, connect_ex, large sendall, dup/detach/fileno, create_server and
# create_connection. Ports are always 0 (the OS picks) and never printed.
import socket
import threading


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def echo_server(listener, upper=False, count=1):
    """Accepts `count` connections one after the other; echoes each until the peer closes."""
    for _ in range(count):
        conn, addr = listener.accept()
        with conn:
            while True:
                data = conn.recv(4096)
                if not data:
                    break
                conn.sendall(data.upper() if upper else data)


def recv_exact(sock, n):
    got = b""
    while len(got) < n:
        chunk = sock.recv(n - len(got))
        if not chunk:
            break
        got += chunk
    return got


listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(5)
address = listener.getsockname()
server = threading.Thread(target=echo_server, args=(listener, True, 4))
server.start()

# 1. Plain round trips.
c = socket.socket()
c.connect(address)
print(c.getpeername() == address, c.getsockname()[0])
for msg in [b"hello", b"world", b"x" * 100]:
    c.sendall(msg)
    print(recv_exact(c, len(msg))[:20])
print(c.send(b"abc"), recv_exact(c, 3))
c.shutdown(socket.SHUT_WR)
print(repr(c.recv(10)))
c.close()

# 2. makefile, binary and text.
with socket.create_connection(address) as c:
    wf = c.makefile("wb")
    rf = c.makefile("rb")
    print(wf.mode, rf.mode, wf.writable(), rf.readable(), rf.writable())
    wf.write(b"first line\nsecond line\n")
    wf.write(b"third")
    wf.flush()
    print(rf.readline())
    print(rf.readline())
    print(rf.read(5))
    wf.close()
    t = c.makefile("rw", encoding="utf-8")
    t.write("text line\n")
    t.write("caf\u00e9 \u00fcber\n")
    t.flush()
    print(repr(t.readline()), repr(t.readline()))
    t.writelines(["a\n", "b\n", "c\n"])
    t.flush()
    print([t.readline() for _ in range(3)])
    attempt("text write bytes", lambda: t.write(b"x"))
    attempt("binary write str", lambda: rf.write("x") if False else c.makefile("wb").write("x"))
    attempt("read from write-only", lambda: c.makefile("wb").read())
    attempt("bad mode", lambda: c.makefile("rx"))
    attempt("unbuffered text", lambda: c.makefile("r", buffering=0))
    t.close()
    rf.close()
    c.shutdown(socket.SHUT_WR)
    print(repr(c.recv(10)))

# 3. A socket with open makefile objects closes for real only when they are closed too.
c = socket.create_connection(address)
f = c.makefile("rwb")
c.close()
print(c.fileno() == -1, f.closed)
f.write(b"still open\n")
f.flush()
print(f.readline())
f.close()
print(c.fileno())

# 4. Iterating a makefile reads lines until the peer shuts its side.
c = socket.create_connection(address)
c.sendall(b"one\ntwo\nthree\n")
c.shutdown(socket.SHUT_WR)
with c.makefile("r") as lines:
    print([line for line in lines])
c.close()
server.join()
listener.close()

# 5. Timeouts: recv and accept raise TimeoutError('timed out'); the socket stays usable.
a, b = socket.socketpair()
a.settimeout(0.05)
attempt("recv timeout", lambda: a.recv(10))
try:
    a.recv(10)
except socket.timeout as e:
    print("caught as socket.timeout:", type(e).__name__, e, e.args, e.errno)
b.sendall(b"late")
print(a.recv(10))
a.setblocking(False)
attempt("nonblocking recv", lambda: a.recv(10))
try:
    a.recv(1)
except BlockingIOError as e:
    print("BlockingIOError errno", e.errno)
a.close()
b.close()
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.settimeout(0.05)
attempt("accept timeout", lambda: srv.accept())
srv.close()

# 6. Refused connections: a port that was just closed.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_address = probe.getsockname()
probe.close()
r = socket.socket()
attempt("connect refused", lambda: r.connect(closed_address))
try:
    r.connect(closed_address)
except ConnectionRefusedError as e:
    print(e.errno, e.strerror, isinstance(e, ConnectionError), isinstance(e, OSError))
r.close()
r = socket.socket()
print(r.connect_ex(closed_address))
r.close()
attempt("create_connection refused", lambda: socket.create_connection(closed_address))
attempt("create_connection refused timeout", lambda: socket.create_connection(closed_address, timeout=1))

# 7. Address in use.
first = socket.socket()
first.bind(("127.0.0.1", 0))
first.listen()
second = socket.socket()
attempt("bind in use", lambda: second.bind(first.getsockname()))
try:
    second.bind(first.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
second.close()
try:
    socket.create_server(first.getsockname())
except OSError as e:
    print("create_server in use ->", type(e).__name__, e.errno, str(e).replace(str(first.getsockname()[1]), "PORT"))
first.close()

# 8. create_server, connect_ex success, large payloads both ways.
with socket.create_server(("127.0.0.1", 0)) as srv:
    print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.type, srv.family)
    payload = bytes(range(256)) * 4096
    t = threading.Thread(target=echo_server, args=(srv,))
    t.start()
    c = socket.socket()
    print(c.connect_ex(srv.getsockname()))
    received = []

    def reader():
        received.append(recv_exact(c, len(payload)))

    rt = threading.Thread(target=reader)
    rt.start()
    c.sendall(payload)
    rt.join()
    print(len(received[0]), received[0] == payload)
    c.close()
    t.join()

# 9. Peer resets and broken pipes.
with socket.create_server(("127.0.0.1", 0)) as srv:
    c = socket.create_connection(srv.getsockname())
    conn, _ = srv.accept()
    conn.close()
    print(repr(c.recv(10)))
    err = None
    try:
        for _ in range(100):
            c.sendall(b"x" * 65536)
    except (BrokenPipeError, ConnectionResetError) as e:
        err = e
    print(isinstance(err, ConnectionError), type(err).__name__ in ("BrokenPipeError", "ConnectionResetError"))
    c.close()

# 10. Descriptors: fileno, dup, detach, socket(fileno=...).
a, b = socket.socketpair()
d = a.dup()
print(d.fileno() != a.fileno(), d.family, d.type)
a.close()
d.sendall(b"via dup")
print(b.recv(10))
fd = d.detach()
print(d.fileno(), fd >= 0, repr(d).startswith("<socket.socket [closed] fd=-1"))
e = socket.socket(fileno=fd)
print(e.family, e.type)
e.sendall(b"via fileno")
print(b.recv(20))
e.close()
print(repr(b.recv(10)))
b.close()

# 11. fromfd duplicates; subclasses of socket; the default timeout; SocketType.
a, b = socket.socketpair()
c = socket.fromfd(a.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print(c.fileno() != a.fileno(), isinstance(c, socket.SocketType), isinstance(a, socket.socket))
a.close()
c.sendall(b"from fd")
print(b.recv(10))
c.close()
print(repr(b.recv(10)))
b.close()


class Tagged(socket.socket):
    def tag(self):
        return "tagged %s/%s" % (self.family.name, self.type.name)


with Tagged(socket.AF_INET, socket.SOCK_STREAM) as t:
    print(t.tag(), repr(t).split(" fd=")[0], isinstance(t, socket.socket))
    t.bind(("127.0.0.1", 0))
    t.listen()
    peer = socket.create_connection(t.getsockname())
    conn, _ = t.accept()
    print(type(conn).__name__, type(t.dup()).__name__)
    conn.close()
    peer.close()
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout(), s.getblocking())
s.close()
attempt("setdefaulttimeout(-1)", lambda: socket.setdefaulttimeout(-1))
socket.setdefaulttimeout(None)
s = socket.socket()
print(s.gettimeout())
s.close()
