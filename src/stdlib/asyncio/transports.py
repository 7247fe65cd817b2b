"""The transport interfaces: what a protocol is handed to write to, pause and close its
connection. These are abstract; the loop's selector transports (selector_transports.py) and
subprocess transports implement them."""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
           'SubprocessTransport')


class BaseTransport:
    """What every transport offers: extra information, closing, and its protocol."""

    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """A fact about the connection ('peername', 'sockname', 'socket', 'pipe',
        'subprocess'...), or `default`."""
        return self._extra.get(name, default)

    def is_closing(self):
        """Whether the transport is closing or closed."""
        raise NotImplementedError

    def close(self):
        """Closes the transport: what is buffered is still sent, nothing more is received,
        and the protocol's connection_lost(None) comes afterwards."""
        raise NotImplementedError

    def set_protocol(self, protocol):
        """Hands the connection's events to another protocol."""
        raise NotImplementedError

    def get_protocol(self):
        """The protocol the events go to."""
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """A transport that receives."""

    __slots__ = ()

    def is_reading(self):
        """Whether received data is being passed on."""
        raise NotImplementedError

    def pause_reading(self):
        """Stops passing data to the protocol until resume_reading()."""
        raise NotImplementedError

    def resume_reading(self):
        """Passes received data to the protocol again."""
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """A transport that sends."""

    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        """Sets the buffer sizes at which the protocol is told to pause and resume writing."""
        raise NotImplementedError

    def get_write_buffer_size(self):
        """How many bytes wait in the write buffer."""
        raise NotImplementedError

    def get_write_buffer_limits(self):
        """(low, high): the flow-control marks, in bytes."""
        raise NotImplementedError

    def write(self, data):
        """Sends `data` (bytes-like) without blocking: what cannot go at once is buffered."""
        raise NotImplementedError

    def writelines(self, list_of_data):
        """Sends each of an iterable of bytes-like objects (joined, then written)."""
        self.write(b''.join(list_of_data))

    def write_eof(self):
        """Ends the sending side once the buffer is flushed; receiving goes on."""
        raise NotImplementedError

    def can_write_eof(self):
        """Whether write_eof() is supported."""
        raise NotImplementedError

    def abort(self):
        """Closes at once: the buffer is dropped; connection_lost(None) comes afterwards."""
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """A two-way transport (a connected socket). Programs do not make these: the loop's
    create_connection, create_server and friends make one and hand it to the protocol's
    connection_made()."""

    __slots__ = ()


class DatagramTransport(BaseTransport):
    """A datagram (UDP) transport."""

    __slots__ = ()

    def sendto(self, data, addr=None):
        """Sends one datagram to `addr` (None: the peer the endpoint was connected to),
        without blocking."""
        raise NotImplementedError

    def abort(self):
        """Closes at once, dropping buffered datagrams; connection_lost(None) follows."""
        raise NotImplementedError


class SubprocessTransport(BaseTransport):

    __slots__ = ()

    def get_pid(self):
        """The child's process id."""
        raise NotImplementedError

    def get_returncode(self):
        """The child's return code, None while it runs (as Popen.returncode)."""
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        """The transport of the child's pipe `fd` (0, 1 or 2), or None."""
        raise NotImplementedError

    def send_signal(self, signal):
        """Sends a signal to the child (as Popen.send_signal)."""
        raise NotImplementedError

    def terminate(self):
        """Asks the child to stop (SIGTERM)."""
        raise NotImplementedError

    def kill(self):
        """Kills the child (SIGKILL)."""
        raise NotImplementedError


class _FlowControlMixin(Transport):
    """Write flow control for a transport: pause_writing() on the protocol when the buffer goes
    over the high-water mark, resume_writing() once it drains to the low-water mark."""

    __slots__ = ('_loop', '_protocol_paused', '_high_water', '_low_water')

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        self._loop = loop
        self._protocol_paused = False
        self._high_water, self._low_water = _marks(None, None)

    def _tell_protocol(self, event):
        """Calls the protocol's pause_writing or resume_writing; a failure goes to the loop's
        exception handler."""
        try:
            getattr(self._protocol, event)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'protocol.{event}() failed',
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })

    def _maybe_pause_protocol(self):
        if not self._protocol_paused and self.get_write_buffer_size() > self._high_water:
            self._protocol_paused = True
            self._tell_protocol('pause_writing')

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._tell_protocol('resume_writing')

    def get_write_buffer_limits(self):
        return self._low_water, self._high_water

    def set_write_buffer_limits(self, high=None, low=None):
        self._high_water, self._low_water = _marks(high, low)
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError


def _marks(high, low):
    """(high, low) flow-control marks: 64 KiB and a quarter of it by default."""
    if high is None:
        high = 4 * low if low is not None else 64 * 1024
    if low is None:
        low = high // 4
    if not high >= low >= 0:
        raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
    return high, low
