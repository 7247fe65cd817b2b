"""The callback interfaces a transport drives: a protocol object receives a connection's events
(made, data, end of stream, lost) and flow-control requests. Every method here does nothing;
programs subclass the one that fits and override what they need."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """What every protocol receives: the connection opening and closing, and requests to stop
    and restart writing. Implemented directly only by write-only protocols (a write pipe's)."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` is how to write to it and close it."""

    def connection_lost(self, exc):
        """The connection is gone: `exc` is None after an end of stream, a close or an abort,
        else the error that ended it."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark: stop writing."""

    def resume_writing(self):
        """The transport's write buffer drained to its low-water mark: writing may go on."""


class Protocol(BaseProtocol):
    """A stream protocol (TCP, pipes, Unix sockets): received bytes come to data_received."""

    __slots__ = ()

    def data_received(self, data):
        """Bytes arrived (a bytes object; how they are split up is arbitrary)."""

    def eof_received(self):
        """The peer will send nothing more. Returning a false value lets the transport close
        itself; a true value leaves closing to the protocol."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends its own buffers: the transport asks get_buffer() for
    room, fills it and reports how much with buffer_updated()."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer (any object with the buffer protocol, not empty) to receive into;
        `sizehint` is the size wished for, or -1 for any size."""

    def buffer_updated(self, nbytes):
        """`nbytes` bytes were written at the start of the last buffer handed out."""

    def eof_received(self):
        """The peer will send nothing more; as Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol (UDP)."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram `data` arrived from `addr`."""

    def error_received(self, exc):
        """A send or receive failed with an OSError (other than a would-block)."""


class SubprocessProtocol(BaseProtocol):
    """The protocol of a child process started by loop.subprocess_exec/subprocess_shell."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote `data` (bytes) to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes (by its fd number) was closed."""

    def process_exited(self):
        """The child process ended."""


def _feed_data_to_buffered_proto(proto, data):
    """Hands `data` to a BufferedProtocol through the buffers it lends."""
    left = memoryview(data)
    while left:
        buf = proto.get_buffer(len(left))
        room = len(buf)
        if not room:
            raise RuntimeError('get_buffer() returned an empty buffer')
        take = min(room, len(left))
        memoryview(buf)[:take] = left[:take]
        proto.buffer_updated(take)
        left = left[take:]
