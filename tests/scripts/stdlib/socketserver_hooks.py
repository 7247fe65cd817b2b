# socketserver: handle_request() timeouts (server timeout vs socket timeout), verify_request
# refusing, handle_error on a failing handler (traceback between dashed lines on stderr), buffered
# wfile, StreamRequestHandler.timeout, ThreadingMixIn thread bookkeeping, server_address after
# binding port 0, allow_reuse_address, bind_and_activate=False, the class tree.
import socket
import socketserver
import sys
import threading

events = []


class Echo(socketserver.StreamRequestHandler):
    wbufsize = 1024

    def handle(self):
        line = self.rfile.readline()
        if line.startswith(b'boom'):
            raise RuntimeError('handler failed')
        self.wfile.write(b'echo:' + line)


class Picky(socketserver.TCPServer):
    allow_reuse_address = True
    timeout = 0.05

    def verify_request(self, request, client_address):
        events.append('verify')
        return len(events) % 2 == 0

    def handle_timeout(self):
        events.append('timeout')

    def handle_error(self, request, client_address):
        events.append('error ' + sys.exc_info()[1].args[0])


def talk(port, data):
    with socket.create_connection(('127.0.0.1', port)) as c:
        c.sendall(data)
        try:
            return c.recv(100)
        except ConnectionResetError:
            return b'reset'


with Picky(('127.0.0.1', 0), Echo) as srv:
    host, port = srv.server_address
    print(host, port > 0, srv.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    print(srv.handle_request(), events)
    results = []
    t = threading.Thread(target=lambda: results.append(talk(port, b'first\n')))
    t.start()
    srv.timeout = None
    srv.handle_request()     # refused by verify_request: the connection is closed unanswered
    t.join()
    t = threading.Thread(target=lambda: results.append(talk(port, b'second\n')))
    t.start()
    srv.handle_request()
    t.join()
    t = threading.Thread(target=lambda: results.append(talk(port, b'boom\n')))
    t.start()

    srv.handle_request()
    t.join()
    print(results, events)
    srv.socket.settimeout(0.01)
    srv.timeout = 5
    srv.handle_request()
    print(events[-1])

unbound = socketserver.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
print(unbound.server_address, unbound.socket.fileno() == unbound.fileno())
unbound.server_bind()
unbound.server_activate()
print(unbound.server_address[1] > 0)
unbound.server_close()


class Slow(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(data[::-1])


class Threaded(socketserver.ThreadingTCPServer):
    allow_reuse_address = True


srv = Threaded(('127.0.0.1', 0), Slow)
print(type(srv._threads).__name__, srv.daemon_threads, srv.block_on_close)
runner = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.01})
runner.start()
port = srv.server_address[1]
outs = []
lock = threading.Lock()


def client(i):
    r = talk(port, b'abc%d' % i)
    with lock:
        outs.append(r)


cs = [threading.Thread(target=client, args=(i,)) for i in range(10)]
for c in cs:
    c.start()
for c in cs:
    c.join()
srv.shutdown()
runner.join()
print(sorted(outs), type(srv._threads).__name__)
srv.server_close()
print(len(srv._threads))

print([c.__name__ for c in socketserver.ThreadingUDPServer.__mro__])
print([c.__name__ for c in socketserver.ThreadingUnixStreamServer.__mro__])
print(socketserver.UDPServer.max_packet_size, socketserver.TCPServer.request_queue_size,
      socketserver.StreamRequestHandler.rbufsize, socketserver.StreamRequestHandler.wbufsize,
      socketserver.ForkingMixIn.max_children, socketserver.ForkingMixIn.timeout)
print(sorted(socketserver.__all__))
