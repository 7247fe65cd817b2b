# socketserver: TCPServer with handle_request, ThreadingTCPServer under serve_forever with 20
# concurrent clients and shutdown() from another thread, UDPServer and ThreadingUDPServer with
# DatagramRequestHandler, UnixStreamServer, handler hooks, context managers, and errors.
import os
import socket
import socketserver
import threading


class UpperHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


class Hooks(socketserver.BaseRequestHandler):
    log = []

    def setup(self):
        Hooks.log.append("setup")

    def handle(self):
        data = self.request.recv(100)
        Hooks.log.append("handle " + data.decode())
        self.request.sendall(b"ok:" + data)

    def finish(self):
        Hooks.log.append("finish")


def ask(address, line, family=socket.AF_INET):
    with socket.socket(family, socket.SOCK_STREAM) as c:
        c.connect(address)
        with c.makefile("rwb") as f:
            f.write(line)
            f.flush()
            c.shutdown(socket.SHUT_WR)
            return f.read()


def poke(address, data):
    """Connects and sends; the server may drop the connection at any moment."""
    try:
        with socket.create_connection(address) as c:
            c.sendall(data)
            c.recv(100)
    except OSError:
        pass


# 1. TCPServer: port 0 is resolved; one request at a time with handle_request().
with socketserver.TCPServer(("127.0.0.1", 0), Hooks) as server:
    host, port = server.server_address
    print(host, port != 0, server.socket.type, server.address_family, server.request_queue_size)
    print(server.fileno() == server.socket.fileno(), server.allow_reuse_address, server.timeout)
    t = threading.Thread(target=ask, args=(server.server_address, b"first"))
    t.start()
    server.handle_request()
    t.join()
    print(Hooks.log)
print(server.socket.fileno())

# 2. handle_request with a timeout calls handle_timeout.
class Patient(socketserver.TCPServer):
    timeout = 0.05
    timeouts = 0

    def handle_timeout(self):
        Patient.timeouts += 1


with Patient(("127.0.0.1", 0), Hooks) as server:
    print(server.handle_request(), Patient.timeouts)

# 3. ThreadingTCPServer: serve_forever in a thread, 20 concurrent clients, shutdown.
class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    # Room for all 20 clients at once: an overflowing backlog may reset connections.
    request_queue_size = 32


results = []
lock = threading.Lock()
server = Server(("127.0.0.1", 0), UpperHandler)
print(server.daemon_threads, server.block_on_close, server.allow_reuse_address)
serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
serving.start()


def client(i):
    reply = ask(server.server_address, b"hello from %d\nsecond line %d\n" % (i, i))
    with lock:
        results.append(reply)


clients = [threading.Thread(target=client, args=(i,)) for i in range(20)]
for c in clients:
    c.start()
for c in clients:
    c.join()
server.shutdown()
serving.join()
server.server_close()
print(len(results))
for r in sorted(results)[:3]:
    print(r)
print(all(r.startswith(b"HELLO FROM") for r in results))
# serve_forever can run again after a shutdown.
server = Server(("127.0.0.1", 0), UpperHandler)
serving = threading.Thread(target=server.serve_forever, args=(0.05,))
serving.start()
print(ask(server.server_address, b"again\n"))
server.shutdown()
serving.join()
server.server_close()

# 4. Errors in a handler go to handle_error; the server goes on.
class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")


class Quiet(socketserver.TCPServer):
    errors = []

    def handle_error(self, request, client_address):
        import sys
        Quiet.errors.append(sys.exc_info()[0].__name__)


with Quiet(("127.0.0.1", 0), Failing) as server:
    t = threading.Thread(target=poke, args=(server.server_address, b"boom"))
    t.start()
    server.handle_request()
    t.join()
    print(Quiet.errors)

# 5. verify_request can refuse a connection.
class Refusing(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        return False


with Refusing(("127.0.0.1", 0), Hooks) as server:
    Hooks.log.clear()
    t = threading.Thread(target=poke, args=(server.server_address, b"refused"))
    t.start()
    server.handle_request()
    t.join()
    print(Hooks.log)

# 6. UDPServer and ThreadingUDPServer with DatagramRequestHandler.
class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1])


for cls in (socketserver.UDPServer, socketserver.ThreadingUDPServer):
    with cls(("127.0.0.1", 0), Reverse) as server:
        print(cls.__name__, server.socket.type, server.max_packet_size)
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        c.sendto(b"datagram", server.server_address)
        server.handle_request()
        c.settimeout(5)
        print(c.recvfrom(100)[0])
        c.close()

# 7. UnixStreamServer (and its threading form).
for i, cls in enumerate((socketserver.UnixStreamServer, socketserver.ThreadingUnixStreamServer)):
    path = "/tmp/gilpy-socketserver-%d-%d.sock" % (os.getpid(), i)
    with cls(path, UpperHandler) as server:
        print(cls.__name__, server.server_address == path, server.address_family)
        t = threading.Thread(target=server.serve_forever, args=(0.05,))
        t.start()
        print(ask(path, b"over unix\n", socket.AF_UNIX))
        server.shutdown()
        t.join()
    os.remove(path)

# 8. Errors: binding a port in use, bad addresses.
first = socketserver.TCPServer(("127.0.0.1", 0), Hooks)
try:
    socketserver.TCPServer(first.server_address, Hooks)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
first.server_close()
try:
    socketserver.TCPServer("not a tuple", Hooks)
except TypeError as e:
    print("TypeError", e)
unbound = socketserver.TCPServer(("127.0.0.1", 0), Hooks, bind_and_activate=False)
print(unbound.server_address, unbound.socket.fileno() >= 0)
unbound.server_bind()
unbound.server_activate()
print(unbound.server_address[1] != 0)
unbound.server_close()
print(sorted(n for n in socketserver.__all__ if not n.startswith("Forking")))
