"""asyncio.Server: what loop.create_server returns. It listens on its sockets through the
loop's readers, makes a protocol and a socket transport for each accepted connection, and
counts the live ones so that wait_closed() can tell when the last has gone."""

__all__ = ('Server',)

from . import events
from . import exceptions
from . import selector_transports

_WOULD_BLOCK = (BlockingIOError, InterruptedError)


class Server(events.AbstractServer):

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog, ssl_handshake_timeout,
                 ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._factory = protocol_factory
        self._backlog = backlog
        # Kept for the record: TLS servers are not available (gilpy has no ssl module).
        self._tls = (ssl_context, ssl_handshake_timeout, ssl_shutdown_timeout)
        self._serving = False
        self._forever = None

    def __repr__(self):
        return '<%s sockets=%r>' % (type(self).__name__, self.sockets)

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if not self._active_count and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop.add_reader(sock.fileno(), self._accept_ready, sock)

    def _accept_ready(self, sock):
        # Take what is waiting, up to a backlog's worth, then give other callbacks a turn.
        for _ in range(self._backlog):
            try:
                conn, addr = sock.accept()
            except _WOULD_BLOCK:
                return
            except ConnectionAbortedError:
                continue
            except OSError as exc:
                self._loop.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': sock,
                })
                return
            conn.setblocking(False)
            try:
                protocol = self._factory()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                conn.close()
                self._loop.call_exception_handler({
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc,
                    'socket': conn,
                })
                continue
            selector_transports._SelectorSocketTransport(
                self._loop, conn, protocol, extra={'peername': addr}, server=self)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            if not self._loop.is_closed():
                self._loop.remove_reader(sock.fileno())
        self._serving = False
        for sock in sockets:
            sock.close()
        if self._forever is not None and not self._forever.done():
            self._forever.cancel()
            self._forever = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        # Let the readers be installed before the caller goes on.
        from . import tasks
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError('server %r is already being awaited on serve_forever()' % (self,))
        if self._sockets is None:
            raise RuntimeError('server %r is closed' % (self,))
        self._start_serving()
        forever = self._forever = self._loop.create_future()
        try:
            await forever
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._forever = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return  # (python3 3.11 returns at once once close() was called)
        closed = self._loop.create_future()
        self._waiters.append(closed)
        await closed

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()
