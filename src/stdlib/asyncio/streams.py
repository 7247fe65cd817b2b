"""Streams over TCP sockets: open_connection() and start_server() give StreamReader /
StreamWriter pairs. The reader pulls bytes from its non-blocking socket through the loop when
its buffer runs short; the writer sends at once what the socket takes and the rest in drain()."""

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server')

import socket

from . import events
from . import exceptions
from . import tasks

_DEFAULT_LIMIT = 2 ** 16
_CHUNK = 65536


class StreamReader:

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None, sock=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop
        self._sock = sock
        self._buffer = bytearray()
        self._eof = False
        self._exception = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        return '<' + ' '.join(info) + '>'

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc

    def feed_data(self, data):
        self._buffer.extend(data)

    def feed_eof(self):
        self._eof = True

    def at_eof(self):
        return self._eof and not self._buffer

    async def _fill(self):
        """Reads more bytes into the buffer (or notes the end of the stream)."""
        if self._exception is not None:
            raise self._exception
        if self._eof:
            return
        if self._sock is None:
            # Fed by hand: nothing else will come until feed_data()/feed_eof().
            await tasks.sleep(0)
            return
        loop = self._loop or events.get_running_loop()
        try:
            data = await loop.sock_recv(self._sock, _CHUNK)
        except ConnectionResetError:
            data = b''
        if data:
            self._buffer.extend(data)
        else:
            self._eof = True

    def _take(self, n):
        chunk = bytes(self._buffer[:n])
        del self._buffer[:n]
        return chunk

    async def read(self, n=-1):
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._fill()
            return self._take(len(self._buffer))
        if not self._buffer and not self._eof:
            await self._fill()
        return self._take(n)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        while len(self._buffer) < n:
            if self._eof:
                partial = self._take(len(self._buffer))
                raise exceptions.IncompleteReadError(partial, n)
            await self._fill()
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        start = 0
        while True:
            found = self._buffer.find(separator, start)
            if found >= 0:
                end = found + len(separator)
                if end > self._limit:
                    raise exceptions.LimitOverrunError('Separator is found, but chunk is longer than limit', found)
                return self._take(end)
            if len(self._buffer) > self._limit:
                raise exceptions.LimitOverrunError('Separator is not found, and chunk exceed the limit', len(self._buffer))
            if self._eof:
                partial = self._take(len(self._buffer))
                raise exceptions.IncompleteReadError(partial, None)
            start = max(0, len(self._buffer) - len(separator) + 1)
            await self._fill()

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as short:
            return short.partial
        except exceptions.LimitOverrunError as long:
            if self._buffer.startswith(b'\n', long.consumed):
                del self._buffer[:long.consumed + 1]
            else:
                self._buffer.clear()
            raise ValueError(long.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class StreamWriter:

    def __init__(self, sock, reader, loop):
        self._sock = sock
        self._reader = reader
        self._loop = loop
        self._pending = bytearray()
        self._closing = False
        self._closed = None

    def __repr__(self):
        return f'<StreamWriter sock={self._sock!r}>'

    @property
    def transport(self):
        return self

    def get_extra_info(self, name, default=None):
        try:
            if name == 'peername':
                return self._sock.getpeername()
            if name == 'sockname':
                return self._sock.getsockname()
        except OSError:
            return default
        if name == 'socket':
            return self._sock
        return default

    def write(self, data):
        if self._closing:
            return
        if not self._pending:
            try:
                sent = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            data = data[sent:]
        self._pending.extend(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self._flush_now()
        self._sock.shutdown(socket.SHUT_WR)

    def _flush_now(self):
        if self._pending:
            self._sock.setblocking(True)
            try:
                self._sock.sendall(bytes(self._pending))
            finally:
                self._sock.setblocking(False)
            self._pending.clear()

    async def drain(self):
        """Waits until everything written has gone to the socket."""
        if self._pending:
            data, self._pending = bytes(self._pending), bytearray()
            await self._loop.sock_sendall(self._sock, data)
        else:
            await tasks.sleep(0)

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        try:
            self._flush_now()
        except OSError:
            pass
        self._sock.close()

    async def wait_closed(self):
        await tasks.sleep(0)


class _StreamServer:
    """A listening socket handing each connection to client_connected_cb(reader, writer)."""

    def __init__(self, loop, sock, callback, limit):
        self._loop = loop
        self._sock = sock
        self._callback = callback
        self._limit = limit
        self._acceptor = None
        self._serving = False
        self._closed = False
        self._handlers = set()

    def __repr__(self):
        return f'<Server sockets={self.sockets!r}>'

    @property
    def sockets(self):
        return () if self._closed else (self._sock,)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        if self._acceptor is None and not self._closed:
            self._serving = True
            self._acceptor = self._loop.create_task(self._accept_loop())
            await tasks.sleep(0)

    async def _accept_loop(self):
        while True:
            conn, _address = await self._loop.sock_accept(self._sock)
            reader = StreamReader(limit=self._limit, loop=self._loop, sock=conn)
            writer = StreamWriter(conn, reader, self._loop)
            outcome = self._callback(reader, writer)
            if hasattr(type(outcome), '__await__') or hasattr(outcome, 'send'):
                handler = self._loop.create_task(outcome)
                self._handlers.add(handler)
                handler.add_done_callback(self._handlers.discard)

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._serving = False
        if self._acceptor is not None:
            self._acceptor.cancel()
            self._acceptor = None
        try:
            self._loop.remove_reader(self._sock.fileno())
        except (ValueError, OSError):
            pass
        self._sock.close()

    async def wait_closed(self):
        await tasks.sleep(0)

    async def serve_forever(self):
        await self.start_serving()
        forever = self._loop.create_future()
        try:
            await forever
        finally:
            self.close()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connects to host:port; a (StreamReader, StreamWriter) pair."""
    loop = events.get_running_loop()
    infos = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    last_error = None
    for family, kind, proto, _name, address in infos:
        sock = socket.socket(family, kind, proto)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, address)
        except OSError as problem:
            sock.close()
            last_error = problem
            continue
        reader = StreamReader(limit=limit, loop=loop, sock=sock)
        return reader, StreamWriter(sock, reader, loop)
    if last_error is None:
        raise OSError(f'could not connect to {host}:{port}')
    raise last_error


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       backlog=100, reuse_address=True, start_serving=True, **kwds):
    """Listens on host:port; each connection calls client_connected_cb(reader, writer)."""
    loop = events.get_running_loop()
    infos = socket.getaddrinfo(host or '0.0.0.0', port, 0, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    if reuse_address:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    sock.listen(backlog)
    sock.setblocking(False)
    server = _StreamServer(loop, sock, client_connected_cb, limit)
    if start_serving:
        await server.start_serving()
    return server
