# asyncore and asynchat on their own: a line server and clients in one loop, producers,
# terminators of every kind, error handling, file_dispatcher over a pipe.
import os
import socket
import sys
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import asyncore
    import asynchat

events = []


class Echo(asynchat.async_chat):
    def __init__(self, sock, map):
        super().__init__(sock, map=map)
        self.set_terminator(b"\r\n")
        self.buffer = []

    def collect_incoming_data(self, data):
        self.buffer.append(data)

    def found_terminator(self):
        term = self.get_terminator()
        line = b"".join(self.buffer)
        self.buffer = []
        events.append(("server got", term, line))
        if isinstance(term, int):
            self.push(b"BLOB " + line + b"\r\n")
            self.set_terminator(b"\r\n")
        elif line.startswith(b"SIZE "):
            self.set_terminator(int(line[5:]))
        elif line == b"BIG":
            self.push(b"x" * 70000 + b"\r\n")
        elif line == b"PRODUCE":
            self.push_with_producer(asynchat.simple_producer(b"produced data\r\n", buffer_size=4))
        elif line == b"BYE":
            self.push(b"BYE\r\n")
            self.close_when_done()
        else:
            self.push(line.upper() + b"\r\n")


class Server(asyncore.dispatcher):
    def __init__(self, map):
        super().__init__(map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(("127.0.0.1", 0))
        self.listen(5)

    def handle_accepted(self, sock, addr):
        events.append(("accepted",))
        Echo(sock, self._map)


class Client(asynchat.async_chat):
    def __init__(self, addr, map, lines):
        super().__init__(map=map)
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(addr)
        self.set_terminator(b"\r\n")
        self.got = []
        self.replies = []
        for line in lines:
            self.push(line)

    def handle_connect(self):
        events.append(("client connected",))

    def collect_incoming_data(self, data):
        self._collect_incoming_data(data)

    def found_terminator(self):
        data = self._get_data()
        self.replies.append(data if len(data) < 100 else (len(data), data[:3]))

    def handle_close(self):
        events.append(("client closed",))
        self.close()


socket_map = {}
server = Server(socket_map)
addr = server.socket.getsockname()
client = Client(addr, socket_map, [b"hello\r\n", b"wor", b"ld\r\nSIZE 5\r\nab", b"cde", b"rest\r\n",
                                   b"BIG\r\n", b"PRODUCE\r\n", b"BYE\r\n"])
rounds = 0
while client.socket is not None and client._fileno in socket_map and rounds < 2000:
    asyncore.loop(timeout=0.05, map=socket_map, count=1, use_poll=(sys.platform != "win32"))
    rounds += 1
for e in events:
    print(e)
print(client.replies)
print(len(socket_map), repr(server).split(" at ")[0].split(":")[0])
server.close()
print(len(socket_map))

# None terminator: everything is data until the peer closes.
socket_map = {}
a, b = socket.socketpair()


class Sink(asynchat.async_chat):
    def __init__(self, sock, map):
        super().__init__(sock, map)
        self.set_terminator(None)
        self.data = b""

    def collect_incoming_data(self, data):
        self.data += data

    def handle_close(self):
        print("sink got", self.data)
        self.close()


sink = Sink(a, socket_map)
b.sendall(b"free form\r\n data")
b.close()
while socket_map:
    asyncore.loop(timeout=0.05, map=socket_map, count=1)
print(len(socket_map))

# dispatcher_with_send and the default handlers' warnings.
socket_map = {}
a, b = socket.socketpair()
d = asyncore.dispatcher_with_send(a, map=socket_map)
d.send(b"queued bytes")
print(b.recv(100), d.writable() == 0, d.connected)
plain = asyncore.dispatcher(b, map=socket_map)
plain.handle_read()
plain.handle_write()
plain.handle_connect()
plain.handle_expt()
plain.ignore_log_types = frozenset()
plain.handle_read()
plain.log_info("custom", "note")
print(plain.readable(), plain.writable(), sorted(socket_map) == sorted([a.fileno(), b.fileno()]))
asyncore.close_all(socket_map)
print(socket_map, d.socket._closed if hasattr(d.socket, "_closed") else "closed")


# handle_error: the default prints the compact traceback and closes.
class Broken(asyncore.dispatcher):
    def handle_read(self):
        raise ValueError("boom")

    def handle_close(self):
        print("broken closed")
        self.close()


socket_map = {}
a, b = socket.socketpair()
broken = Broken(a, socket_map)
b.sendall(b"x")
broken.ignore_log_types = frozenset()
import io
old = sys.stdout
sys.stdout = buf = io.StringIO()
asyncore.loop(timeout=0.05, map=socket_map, count=5)
sys.stdout = old
text = buf.getvalue()
print(text.startswith("error: uncaptured python exception, closing channel <__main__.Broken connected"),
      "ValueError" in text, "boom" in text, "broken closed" in text)
b.close()


class Stopper(asyncore.dispatcher):
    def handle_read(self):
        raise asyncore.ExitNow("stop")


socket_map = {}
a, b = socket.socketpair()
Stopper(a, socket_map)
b.sendall(b"x")
try:
    asyncore.loop(timeout=0.05, map=socket_map, count=5)
except asyncore.ExitNow as e:
    print("ExitNow", e)
asyncore.close_all(socket_map)
b.close()

# file_dispatcher over a pipe.
r, w = os.pipe()
socket_map = {}


class PipeReader(asyncore.file_dispatcher):
    def handle_read(self):
        print("pipe:", self.recv(100))

    def handle_close(self):
        print("pipe closed")
        self.close()

    def writable(self):
        return False


pr = PipeReader(r, socket_map)
os.write(w, b"through the pipe")
os.close(w)
asyncore.loop(timeout=0.05, map=socket_map, count=10)
os.close(r)
print(len(socket_map), pr.socket.fd)
try:
    asyncore.file_wrapper(0).getsockopt(1, 2)
except NotImplementedError as e:
    print("NotImplementedError:", e)

# compact_traceback and helpers.
try:
    1 / 0
except ZeroDivisionError:
    (file, func, line), t, v, info = asyncore.compact_traceback()
    print(file.rsplit("/", 1)[-1], func, line, t.__name__, v, info.count("["))
try:
    asyncore.compact_traceback()
except AssertionError as e:
    print("AssertionError:", e)
print(asynchat.find_prefix_at_end(b"abc\r", b"\r\n"), asynchat.find_prefix_at_end(b"abc", b"\r\n"),
      asynchat.find_prefix_at_end(b"xxab", b"abc"))
p = asynchat.simple_producer(b"abcdefgh", 3)
print(p.more(), p.more(), p.more(), p.more())
c = asynchat.async_chat()
try:
    c.set_terminator(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    c.push("text")
except TypeError as e:
    print("TypeError:", e)
for name in ("collect_incoming_data", "found_terminator"):
    try:
        getattr(c, name)(b"x") if name == "collect_incoming_data" else c.found_terminator()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
c.use_encoding = 1
c.set_terminator("\n")
print(c.get_terminator(), c.readable(), bool(c.writable()), c.ac_in_buffer_size, c.encoding)
c.discard_buffers()
print(repr(asyncore.dispatcher()).split(" at ")[0], asyncore.dispatcher().socket)
print(asyncore.poll(0.0, {}), asyncore.poll2(0.0, {}), asyncore.loop(0.01, map={}), asyncore.poll3 is asyncore.poll2)
