# asyncio transports in depth: write flow control (pause/resume_writing), BufferedProtocol, pause/
# resume_reading, abort, connect_accepted_socket, serve_forever cancelled, read/write pipes,
# getaddrinfo, sock_sendto/sock_recvfrom, and the public names.
import asyncio, os, socket, sys

class Sink(asyncio.Protocol):
    def __init__(self):
        self.total = 0
        self.done = asyncio.get_running_loop().create_future()
    def connection_made(self, t):
        self.t = t
    def data_received(self, data):
        self.total += len(data)
    def eof_received(self):
        self.done.set_result(self.total)
        return False

class Pusher(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.resumed = asyncio.get_running_loop().create_future()
    def connection_made(self, t):
        self.t = t
    def pause_writing(self):
        self.events.append('pause')
    def resume_writing(self):
        self.events.append('resume')
        if not self.resumed.done():
            self.resumed.set_result(None)

class Buffered(asyncio.BufferedProtocol):
    def __init__(self):
        self.buf = bytearray(7)
        self.got = bytearray()
        self.done = asyncio.get_running_loop().create_future()
    def get_buffer(self, hint):
        return self.buf
    def buffer_updated(self, n):
        self.got += self.buf[:n]
    def eof_received(self):
        self.done.set_result(bytes(self.got))

async def main():
    loop = asyncio.get_running_loop()
    sinks = []
    def make():
        s = Sink(); sinks.append(s); return s
    server = await loop.create_server(make, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    t, p = await loop.create_connection(Pusher, '127.0.0.1', port)
    t.set_write_buffer_limits(high=1000, low=100)
    print(t.get_write_buffer_limits())
    big = b'x' * (4 * 1024 * 1024)
    t.write(big)
    print('paused' if p.events else 'not paused', t.get_write_buffer_size() > 0)
    await p.resumed
    t.write_eof()
    print(await sinks[0].done == len(big), p.events[:2])
    t.close()
    # BufferedProtocol receiving
    def serve_some():
        class Once(asyncio.Protocol):
            def connection_made(self, tr):
                tr.write(b'0123456789abcdefghij')
                tr.write_eof()
        return Once()
    server2 = await loop.create_server(serve_some, '127.0.0.1', 0)
    port2 = server2.sockets[0].getsockname()[1]
    t2, p2 = await loop.create_connection(Buffered, '127.0.0.1', port2)
    print(await p2.done)
    t2.close()
    # pause / resume reading
    t3, p3 = await loop.create_connection(asyncio.Protocol, '127.0.0.1', port2)
    print(t3.is_reading())
    t3.pause_reading()
    print(t3.is_reading())
    t3.resume_reading()
    print(t3.is_reading())
    t3.abort()
    await asyncio.sleep(0)
    print(t3.is_closing())
    # connect_accepted_socket over a socketpair
    a, b = socket.socketpair()
    t4, p4 = await loop.connect_accepted_socket(Sink, a)
    b.sendall(b'hello there')
    b.shutdown(socket.SHUT_WR)
    print(await p4.done)
    b.close()
    # serve_forever cancelled
    task = asyncio.ensure_future(server2.serve_forever())
    await asyncio.sleep(0)
    print(server2.is_serving())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('cancelled', server2.is_serving(), server2.sockets)
    try:
        await server2.serve_forever()
    except RuntimeError as e:
        print('RuntimeError', 'is closed' in str(e))
    server.close()
    await server.wait_closed()
    # pipes
    r, w = os.pipe()
    class Reader(asyncio.Protocol):
        def __init__(self):
            self.data = b''
            self.lost = loop.create_future()
        def data_received(self, d):
            self.data += d
        def connection_lost(self, exc):
            self.lost.set_result(exc)
    rt, rp = await loop.connect_read_pipe(Reader, os.fdopen(r, 'rb', 0))
    wt, wp = await loop.connect_write_pipe(asyncio.BaseProtocol, os.fdopen(w, 'wb', 0))
    wt.write(b'through the pipe')
    wt.close()
    print(await rp.lost, rp.data)
    print(type(rt).__name__, type(wt).__name__, isinstance(rt, asyncio.ReadTransport), isinstance(wt, asyncio.WriteTransport))
    # getaddrinfo / getnameinfo
    infos = await loop.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)
    print(infos[0][4])
    # sock_recvfrom / sock_sendto
    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(('127.0.0.1', 0)); u1.setblocking(False)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u2.setblocking(False)
    await loop.sock_sendto(u2, b'dgram', u1.getsockname())
    data, addr = await loop.sock_recvfrom(u1, 100)
    print(data, addr[0])
    u1.close(); u2.close()

asyncio.run(main())
print(asyncio.Protocol.__mro__[1].__name__, asyncio.Server.__name__, asyncio.base_events.Server is asyncio.Server)
print(sorted(n for n in ['Protocol', 'BaseProtocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol', 'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport', 'SubprocessTransport', 'AbstractServer', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher', 'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher', 'get_child_watcher', 'set_child_watcher', 'Server'] if n in asyncio.__all__))
