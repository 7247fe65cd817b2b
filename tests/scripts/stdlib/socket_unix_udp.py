# AF_UNIX stream sockets (a path under /tmp, and the abstract namespace), socketpair
# in both kinds, and UDP exchanges over loopback. Ports are 0 and never printed.
import os
import socket
import threading


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# 1. AF_UNIX stream echo at a filesystem path.
path = "/tmp/gilpy-socket-fixture-%d.sock" % os.getpid()
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen()
print(srv.getsockname() == path, srv.family, srv.type)


peers = []


def serve_unix():
    conn, addr = srv.accept()
    peers.append(addr)
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data[::-1])


t = threading.Thread(target=serve_unix)
t.start()
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.connect(path)
print(c.getpeername() == path, repr(c.getsockname()))
for msg in [b"abc", b"hello unix"]:
    c.sendall(msg)
    print(c.recv(1024))
c.close()
t.join()
print("server saw peer address", repr(peers[0]))
again = socket.socket(socket.AF_UNIX)
attempt("bind existing path", lambda: again.bind(path))
again.close()
srv.close()
os.remove(path)
attempt("connect removed path", lambda: socket.socket(socket.AF_UNIX).connect(path))

# 2. The abstract namespace (a name starting with a NUL byte).
name = b"\0gilpy-fixture-%d" % os.getpid()
srv = socket.socket(socket.AF_UNIX)
srv.bind(name)
srv.listen()
print(srv.getsockname() == name, type(srv.getsockname()).__name__)
c = socket.socket(socket.AF_UNIX)
c.connect(name)
conn, _ = srv.accept()
c.sendall(b"abstract")
print(conn.recv(100))
for s in (c, conn, srv):
    s.close()

# 3. socketpair, stream and datagram.
a, b = socket.socketpair()
print(a.family, a.type, b.family, repr(a.getsockname()), repr(b.getpeername()))
a.sendall(b"ping")
print(b.recv(10))
b.sendall(b"pong")
print(a.recv(10))
a.shutdown(socket.SHUT_WR)
print(repr(b.recv(10)))
b.sendall(b"still one way")
print(a.recv(100))
a.close()
b.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(a.type)
a.send(b"one")
a.send(b"two")
print(b.recv(100), b.recv(100))
a.close()
b.close()
attempt("socketpair bad family", lambda: socket.socketpair(99))

# 4. UDP exchange over loopback.
server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 0))
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.bind(("127.0.0.1", 0))
print(client.sendto(b"datagram one", server.getsockname()))
data, peer = server.recvfrom(1024)
print(data, peer == client.getsockname())
server.sendto(b"reply", peer)
data, peer = client.recvfrom(1024)
print(data, peer == server.getsockname())
print(client.sendto(b"with flags", 0, server.getsockname()))
print(server.recvfrom(1024)[0])
# A datagram longer than the buffer is cut short.
client.sendto(b"0123456789", server.getsockname())
print(server.recvfrom(4)[0])
# connect() on UDP fixes the peer: send/recv without addresses.
client.connect(server.getsockname())
client.send(b"connected send")
print(server.recv(100))
server.settimeout(0.05)
attempt("udp recv timeout", lambda: server.recvfrom(10))
attempt("sendto bad address", lambda: client.sendto(b"x", "nowhere"))
attempt("sendto missing address", lambda: client.sendto(b"x"))
attempt("sendto str", lambda: client.sendto("x", server.getsockname()))
client.close()
server.close()

# 5. UDP broadcast option and an empty datagram.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
u.bind(("127.0.0.1", 0))
u.sendto(b"", u.getsockname())
print(u.recvfrom(10)[0])
u.close()

# 6. UDP over IPv6 loopback.
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s6.bind(("::1", 0))
c6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
c6.sendto(b"six", s6.getsockname())
data, peer = s6.recvfrom(10)
print(data, peer[0], len(peer))
s6.close()
c6.close()

# 7. recv(0) answers at once; recvfrom(0) waits for a datagram like any other size.
a, b = socket.socketpair()
print(repr(a.recv(0)))
a.settimeout(0.05)
print(repr(a.recv(0)))
a.close()
b.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
b.settimeout(0.05)
attempt("recvfrom(0) timeout", lambda: b.recvfrom(0))
a.send(b"dropped")
print(b.recvfrom(0))
a.close()
b.close()
