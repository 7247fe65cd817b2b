"""The transports of the selector loop: a connected stream socket (_SelectorSocketTransport:
reads become protocol.data_received calls, writes go out at once or wait in a buffer for the
socket to be writable) and a datagram socket (_SelectorDatagramTransport). Both run on the
loop's add_reader/add_writer."""

import collections
import socket

from . import protocols
from . import transports

_WOULD_BLOCK = (BlockingIOError, InterruptedError)
_FATAL = (SystemExit, KeyboardInterrupt)
# The most read from a socket at once.
_READ_SIZE = 256 * 1024


def _bytes_like(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')


def _set_nodelay(sock):
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM \
            and sock.proto == socket.IPPROTO_TCP:
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass


def _done_quietly(waiter, value=None):
    if waiter is not None and not waiter.cancelled() and not waiter.done():
        waiter.set_result(value)


def _extra_of(sock, extra):
    info = dict(extra or {})
    info['socket'] = sock
    for key, ask in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
        if key not in info:
            try:
                info[key] = ask()
            except OSError:
                info[key] = None
    return info


class _SelectorTransport(transports._FlowControlMixin):
    """What both socket transports share: the socket, the protocol, closing and errors."""

    def __init__(self, loop, sock, protocol, info=None, server=None):
        super().__init__(_extra_of(sock, info), loop)
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._connected = True
        self._server = server
        self._buffer = self._empty_buffer()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        if server is not None:
            server._attach()

    def __repr__(self):
        parts = [type(self).__name__]
        if self._sock is None:
            parts.append('closed')
        elif self._closing:
            parts.append('closing')
        parts.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed() and self._sock is not None:
            parts.append('read=' + ('polling' if self.is_reading() else 'idle'))
            size = self.get_write_buffer_size()
            parts.append(f"write=<{'polling' if size else 'idle'}, bufsize={size}>")
        return '<' + ' '.join(parts) + '>'

    def abort(self):
        self._force_close(None)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._sock_fd, self._read_ready)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._finish, None)

    def _fail(self, exc, message='Fatal error on transport'):
        # A peer that went away is an ordinary event, not worth a report.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._finish, exc)

    def _finish(self, exc):
        try:
            if self._connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server, self._server = self._server, None
            if server is not None:
                server._detach()

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _note_lost_write(self):
        self._conn_lost += 1


class _SelectorSocketTransport(_SelectorTransport):
    """A connected stream socket."""

    _empty_buffer = bytearray

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(loop, sock, protocol, info=extra, server=server)
        self._eof = False
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)
        _set_nodelay(sock)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_done_quietly, waiter, None)

    def _start_reading(self):
        if not self._closing and not self._paused:
            self._loop.add_reader(self._sock_fd, self._read_ready)

    def set_protocol(self, protocol):
        _SelectorTransport.set_protocol(self, protocol)
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(_READ_SIZE)
        except _WOULD_BLOCK:
            return
        except _FATAL:
            raise
        except BaseException as exc:
            self._fail(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_eof()
            return
        try:
            if self._buffered:
                protocols._feed_data_to_buffered_proto(self._protocol, data)
            else:
                self._protocol.data_received(data)
        except _FATAL:
            raise
        except BaseException as exc:
            self._fail(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_eof(self):
        try:
            stay = self._protocol.eof_received()
        except _FATAL:
            raise
        except BaseException as exc:
            self._fail(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if stay:
            # Half-closed: the protocol may still write; nothing more will be read.
            self._loop.remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        _bytes_like(data)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._note_lost_write()
            return
        if not self._buffer:
            try:
                sent = self._sock.send(data)
            except _WOULD_BLOCK:
                sent = 0
            except _FATAL:
                raise
            except BaseException as exc:
                self._fail(exc, 'Fatal write error on socket transport')
                return
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            sent = self._sock.send(self._buffer)
        except _WOULD_BLOCK:
            return
        except _FATAL:
            raise
        except BaseException as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fail(exc, 'Fatal write error on socket transport')
            return
        del self._buffer[:sent]
        self._maybe_resume_protocol()
        if self._buffer:
            return
        self._loop.remove_writer(self._sock_fd)
        if self._closing:
            self._finish(None)
        elif self._eof:
            self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True


class _SelectorDatagramTransport(_SelectorTransport):
    """A datagram socket; `address` is the peer of a connected one."""

    _empty_buffer = collections.deque

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(loop, sock, protocol, info=extra)
        self._address = address
        self._queued = 0
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_done_quietly, waiter, None)

    def _start_reading(self):
        if not self._closing:
            self._loop.add_reader(self._sock_fd, self._read_ready)

    def get_write_buffer_size(self):
        return self._queued

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(_READ_SIZE)
        except _WOULD_BLOCK:
            return
        except OSError as exc:
            self._protocol.error_received(exc)
        except _FATAL:
            raise
        except BaseException as exc:
            self._fail(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        _bytes_like(data)
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            self._note_lost_write()
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except _WOULD_BLOCK:
                self._loop.add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except _FATAL:
                raise
            except BaseException as exc:
                self._fail(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))
        self._queued += len(data)
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._queued -= len(data)
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except _WOULD_BLOCK:
                self._buffer.appendleft((data, addr))
                self._queued += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except _FATAL:
                raise
            except BaseException as exc:
                self._fail(exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop.remove_writer(self._sock_fd)
            if self._closing:
                self._finish(None)
