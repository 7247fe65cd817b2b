# select: select(), poll and epoll readiness over socket pairs and pipes-like sockets, timeouts,
# objects with fileno(), and CPython's errors.
import select
import socket


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print(select.error is OSError)
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLPRI, select.EPOLLERR, select.EPOLLHUP, select.EPOLLET,
      select.EPOLLONESHOT, select.EPOLLRDHUP, select.EPOLLEXCLUSIVE)

a, b = socket.socketpair()
names = {a.fileno(): "a", b.fileno(): "b"}


def named(pairs):
    return sorted((names.get(fd, fd), ev) for fd, ev in pairs)


# select.select with sockets and with raw descriptors.
r, w, x = select.select([a, b], [a], [], 0)
print(r == [], w == [a], x)
b.send(b"x")
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a], w, x)
r, w, x = select.select([a.fileno()], [b.fileno()], [a.fileno()], 0)
print(r == [a.fileno()], w == [b.fileno()], x)
print(a.recv(1))
print(select.select([a], [], [], 0.02))
print(select.select((), (), (), 0))
print(select.select([], [], [], 0.01))


class Wrapper:
    def __init__(self, sock):
        self.sock = sock

    def fileno(self):
        return self.sock.fileno()


wa = Wrapper(a)
b.send(b"y")
r, _, _ = select.select([wa], [], [])
print(r[0] is wa)
a.recv(1)

attempt("select object", lambda: select.select([object()], [], [], 0))
attempt("select negative fd", lambda: select.select([-1], [], [], 0))
attempt("select negative timeout", lambda: select.select([], [], [], -1))
attempt("select str timeout", lambda: select.select([], [], [], "a"))
attempt("select not sequence", lambda: select.select(1, [], [], 0))
attempt("select too few", lambda: select.select([], []))


class BadFileno:
    def fileno(self):
        return "x"


attempt("select bad fileno", lambda: select.select([BadFileno()], [], [], 0))

# Closed descriptors.
c, d = socket.socketpair()
closed_fd = c.fileno()
c.close()
attempt("select closed fd", lambda: select.select([closed_fd], [], [], 0))

# poll.
p = select.poll()
print(p.poll(0))
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
print(named(p.poll(0)))
b.send(b"z")
print(named(p.poll(100)))
p.modify(a, select.POLLIN | select.POLLOUT)
print(named(p.poll()))
p.unregister(b)
print(named(p.poll(0)))
print(a.recv(1))
p.modify(a, select.POLLIN)
print(p.poll(10))
p.register(a)
print(named(p.poll(0.5)))
attempt("poll modify unknown", lambda: p.modify(d, select.POLLIN))
try:
    p.unregister(d)
except KeyError as e:
    print("poll unregister unknown -> KeyError", e.args[0] == d.fileno())
attempt("poll register object", lambda: p.register(object()))
attempt("poll timeout str", lambda: p.poll("a"))
p.unregister(a)
p.register(closed_fd)
print(p.poll(0) == [(closed_fd, select.POLLNVAL)])
p.unregister(closed_fd)
# Hang-up: the peer closed.
e, f = socket.socketpair()
f.close()
p.register(e, select.POLLIN)
(fd, ev), = p.poll(0)
print(fd == e.fileno(), bool(ev & select.POLLIN), bool(ev & select.POLLHUP))
p.unregister(e)
e.close()

# epoll.
ep = select.epoll()
print(ep.closed, ep.fileno() >= 0)
ep.register(a, select.EPOLLIN)
ep.register(b.fileno(), select.EPOLLOUT)
print(named(ep.poll(0)))
attempt("epoll register twice", lambda: ep.register(a, select.EPOLLIN))
attempt("epoll modify unknown", lambda: ep.modify(d, select.EPOLLIN))
attempt("epoll unregister unknown", lambda: ep.unregister(d))
b.send(b"w")
print(named(ep.poll(1)))
print(named(ep.poll(timeout=0.5, maxevents=1)) in ([("a", 1)], [("b", 4)]))
ep.modify(a, select.EPOLLIN | select.EPOLLOUT)
print(named(ep.poll(-1)))
ep.unregister(b)
print(named(ep.poll(0)))
a.recv(1)
ep.modify(a, select.EPOLLIN)
print(ep.poll(0.01))
attempt("epoll maxevents 0", lambda: ep.poll(0, 0))
attempt("epoll timeout str", lambda: ep.poll("a"))
ep.close()
print(ep.closed)
attempt("closed epoll poll", lambda: ep.poll(0))
attempt("closed epoll fileno", lambda: ep.fileno())
attempt("closed epoll register", lambda: ep.register(a))
ep.close()
with select.epoll() as ep2:
    ep2.register(a, select.EPOLLOUT | select.EPOLLET)
    print(named(ep2.poll(0)))
    print(ep2.poll(0))
    print(ep2.closed)
print(ep2.closed)
for s in (a, b, d):
    s.close()
