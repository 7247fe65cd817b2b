"""asyncore: the old callback-style socket event loop. A dispatcher wraps one non-blocking
socket and registers itself in a map (fd -> dispatcher); loop() waits on every mapped socket with
select() or poll() and calls handle_read/handle_write/handle_accept/handle_connect/handle_close on
the ones that are ready."""

import os
import select
import socket
import sys
import time
import warnings
from errno import (EALREADY, EINPROGRESS, EWOULDBLOCK, ECONNRESET, EINVAL, ENOTCONN, ESHUTDOWN,
                   EISCONN, EBADF, ECONNABORTED, EPIPE, EAGAIN, errorcode)

warnings.warn("The asyncore module is deprecated and will be removed in Python 3.12. "
              "The recommended replacement is asyncio", DeprecationWarning, stacklevel=2)

# Errors that mean the peer went away: the channel is closed instead of reported.
_DISCONNECTED = frozenset({ECONNRESET, ENOTCONN, ESHUTDOWN, ECONNABORTED, EPIPE, EBADF})

try:
    socket_map
except NameError:
    socket_map = {}


def _strerror(err):
    try:
        return os.strerror(err)
    except (ValueError, OverflowError, NameError):
        return errorcode.get(err, "Unknown error %s" % err)


class ExitNow(Exception):
    """Raised by a handler to leave loop() at once (it passes through handle_error)."""


# What a handler may raise through the loop instead of into handle_error.
_reraised_exceptions = (ExitNow, KeyboardInterrupt) + (SystemExit,)


def _call(obj, method):
    try:
        method()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def read(obj):
    _call(obj, obj.handle_read_event)


def write(obj):
    _call(obj, obj.handle_write_event)


def _exception(obj):
    _call(obj, obj.handle_expt_event)


def readwrite(obj, flags):
    """Dispatch the poll() flags of one channel to its handlers."""
    hangup = select.POLLHUP | select.POLLERR | select.POLLNVAL
    try:
        for bit, handler in ((select.POLLIN, obj.handle_read_event),
                             (select.POLLOUT, obj.handle_write_event),
                             (select.POLLPRI, obj.handle_expt_event),
                             (hangup, obj.handle_close)):
            if flags & bit:
                handler()
    except OSError as exc:
        if exc.errno in _DISCONNECTED:
            obj.handle_close()
        else:
            obj.handle_error()
    except _reraised_exceptions:
        raise
    except:
        obj.handle_error()


def _watch_lists(channels):
    """(readable, writable, exceptional) descriptor lists of one loop round."""
    readers, writers, errs = [], [], []
    for fd, channel in channels:
        wants_read = channel.readable()
        # A listening socket is never written; a connecting one is watched to learn the outcome.
        wants_write = channel.writable() and not channel.accepting
        if wants_read:
            readers.append(fd)
        if wants_write:
            writers.append(fd)
        if wants_read or channel.writable():
            errs.append(fd)
    return readers, writers, errs


def poll(timeout=0.0, map=None):
    """One select() round over the map's channels."""
    channels = socket_map if map is None else map
    if not channels:
        return
    readers, writers, errs = _watch_lists(list(channels.items()))
    if not (readers or writers or errs):
        time.sleep(timeout)
        return
    readers, writers, errs = select.select(readers, writers, errs, timeout)
    for ready, action in ((readers, read), (writers, write), (errs, _exception)):
        for fd in ready:
            channel = channels.get(fd)
            if channel is not None:
                action(channel)


def poll2(timeout=0.0, map=None):
    """One poll() round over the map's channels (timeout in seconds)."""
    channels = socket_map if map is None else map
    millis = None if timeout is None else int(timeout * 1000)
    poller = select.poll()
    if not channels:
        return
    for fd, channel in list(channels.items()):
        mask = 0
        if channel.readable():
            mask = select.POLLIN | select.POLLPRI
        if channel.writable() and not channel.accepting:
            mask = mask | select.POLLOUT
        if mask:
            poller.register(fd, mask)
    for fd, mask in poller.poll(millis):
        channel = channels.get(fd)
        if channel is not None:
            readwrite(channel, mask)


poll3 = poll2


def loop(timeout=30.0, use_poll=False, map=None, count=None):
    """Poll until the map is empty (or `count` rounds have run)."""
    channels = socket_map if map is None else map
    one_round = poll2 if (use_poll and hasattr(select, "poll")) else poll
    rounds = count
    while channels and (rounds is None or rounds > 0):
        one_round(timeout, channels)
        if rounds is not None:
            rounds -= 1


class dispatcher:
    """A channel: one socket plus the handlers its events call."""

    debug = False
    connected = False
    accepting = False
    connecting = False
    closing = False
    addr = None
    ignore_log_types = frozenset({"warning"})

    def __init__(self, sock=None, map=None):
        self._map = socket_map if map is None else map
        self._fileno = None
        self.socket = None
        if not sock:
            return
        sock.setblocking(False)
        self.set_socket(sock, map)
        self.connected = True
        try:
            peer = sock.getpeername()
        except OSError as exc:
            if exc.errno not in (ENOTCONN, EINVAL):
                self.del_channel(map)
                raise
            # Not connected (or reset already).
            self.connected = False
        else:
            self.addr = peer

    def __repr__(self):
        kind = type(self)
        words = ["%s.%s" % (kind.__module__, kind.__qualname__)]
        if self.accepting and self.addr:
            words.append("listening")
        elif self.connected:
            words.append("connected")
        if self.addr is not None:
            try:
                words.append("%s:%d" % self.addr)
            except TypeError:
                words.append(repr(self.addr))
        return "<%s at %#x>" % (" ".join(words), id(self))

    def add_channel(self, map=None):
        (self._map if map is None else map)[self._fileno] = self

    def del_channel(self, map=None):
        (self._map if map is None else map).pop(self._fileno, None)
        self._fileno = None

    def create_socket(self, family=socket.AF_INET, type=socket.SOCK_STREAM):
        self.family_and_type = (family, type)
        new = socket.socket(family, type)
        new.setblocking(False)
        self.set_socket(new)

    def set_socket(self, sock, map=None):
        self.socket, self._fileno = sock, sock.fileno()
        self.add_channel(map)

    def set_reuse_addr(self):
        try:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR,
                                   self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) | 1)
        except OSError:
            pass

    # What the loop asks each round.
    def readable(self):
        return True

    def writable(self):
        return True

    # Socket operations.
    def listen(self, num):
        self.accepting = True
        return self.socket.listen(min(num, 5) if os.name == "nt" else num)

    def bind(self, addr):
        self.addr = addr
        return self.socket.bind(addr)

    def connect(self, address):
        self.connected = False
        self.connecting = True
        code = self.socket.connect_ex(address)
        if code in (EINPROGRESS, EALREADY, EWOULDBLOCK) or (code == EINVAL and os.name == "nt"):
            self.addr = address
        elif code in (0, EISCONN):
            self.addr = address
            self.handle_connect_event()
        else:
            raise OSError(code, errorcode[code])

    def accept(self):
        """(socket, address) of a waiting connection, or None when there is none after all."""
        try:
            return self.socket.accept()
        except TypeError:
            return None
        except OSError as exc:
            if exc.errno not in (EWOULDBLOCK, ECONNABORTED, EAGAIN):
                raise
            return None

    def send(self, data):
        try:
            return self.socket.send(data)
        except OSError as exc:
            if exc.errno in _DISCONNECTED:
                self.handle_close()
            elif exc.errno != EWOULDBLOCK:
                raise
            return 0

    def recv(self, buffer_size):
        try:
            got = self.socket.recv(buffer_size)
        except OSError as exc:
            if exc.errno not in _DISCONNECTED:
                raise
            got = b""
        if not got:
            # Readable yet empty (or reset): the peer has gone.
            self.handle_close()
        return got

    def close(self):
        self.connected = False
        self.accepting = False
        self.connecting = False
        self.del_channel()
        if self.socket is not None:
            try:
                self.socket.close()
            except OSError as exc:
                if exc.errno not in (ENOTCONN, EBADF):
                    raise

    # Logging.
    def log(self, message):
        sys.stderr.write("log: %s\n" % str(message))

    def log_info(self, message, type="info"):
        if type not in self.ignore_log_types:
            print("%s: %s" % (type, message))

    # Events the loop reports, turned into the handlers below.
    def handle_read_event(self):
        if self.accepting:
            self.handle_accept()
        elif not self.connected:
            if self.connecting:
                self.handle_connect_event()
            self.handle_read()
        else:
            self.handle_read()

    def _pending_error(self):
        return self.socket.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)

    def handle_connect_event(self):
        code = self._pending_error()
        if code:
            raise OSError(code, _strerror(code))
        self.handle_connect()
        self.connected = True
        self.connecting = False

    def handle_write_event(self):
        if self.accepting:
            # A listening socket is never written to.
            return
        if not self.connected:
            if self.connecting:
                self.handle_connect_event()
        self.handle_write()

    def handle_expt_event(self):
        if self._pending_error():
            # A socket error reported as an exceptional condition: the channel is finished.
            self.handle_close()
        else:
            self.handle_expt()

    def handle_error(self):
        _, kind, value, where = compact_traceback()
        try:
            self_repr = repr(self)
        except:
            self_repr = "<__repr__(self) failed for object at %0x>" % id(self)
        self.log_info("uncaptured python exception, closing channel %s (%s:%s %s)"
                      % (self_repr, kind, value, where), "error")
        self.handle_close()

    def handle_expt(self):
        self.log_info("unhandled incoming priority event", "warning")

    def handle_read(self):
        self.log_info("unhandled read event", "warning")

    def handle_write(self):
        self.log_info("unhandled write event", "warning")

    def handle_connect(self):
        self.log_info("unhandled connect event", "warning")

    def handle_accept(self):
        pair = self.accept()
        if pair is not None:
            self.handle_accepted(*pair)

    def handle_accepted(self, sock, addr):
        sock.close()
        self.log_info("unhandled accepted event", "warning")

    def handle_close(self):
        self.log_info("unhandled close event", "warning")
        self.close()


class dispatcher_with_send(dispatcher):
    """A dispatcher that buffers what send() is given and writes it as the socket allows."""

    def __init__(self, sock=None, map=None):
        super().__init__(sock, map)
        self.out_buffer = b""

    def initiate_send(self):
        sent = dispatcher.send(self, self.out_buffer[:65536])
        self.out_buffer = self.out_buffer[sent:]

    def handle_write(self):
        self.initiate_send()

    def writable(self):
        return len(self.out_buffer) if self.connected else True

    def send(self, data):
        if self.debug:
            self.log_info("sending %s" % repr(data))
        self.out_buffer += data
        self.initiate_send()


def compact_traceback():
    """((file, function, line) of the innermost frame, type, value, "[file|function|line] ..."
    for every frame) of the exception being handled."""
    kind, value, tb = sys.exc_info()
    if not tb:
        raise AssertionError("traceback does not exist")
    frames = []
    while tb is not None:
        code = tb.tb_frame.f_code
        frames.append((code.co_filename, code.co_name, str(tb.tb_lineno)))
        tb = tb.tb_next
    text = " ".join("[%s|%s|%s]" % frame for frame in frames)
    return frames[-1], kind, value, text


def close_all(map=None, ignore_all=False):
    """Close every channel of the map and empty it."""
    channels = socket_map if map is None else map
    for channel in list(channels.values()):
        try:
            channel.close()
        except OSError as exc:
            if exc.errno != EBADF and not ignore_all:
                raise
        except _reraised_exceptions:
            raise
        except:
            if not ignore_all:
                raise
    channels.clear()


if os.name == "posix":
    class file_wrapper:
        """A file descriptor dressed as a socket, for file_dispatcher."""

        def __init__(self, fd):
            self.fd = os.dup(fd)

        def __del__(self):
            if self.fd >= 0:
                warnings.warn("unclosed file %r" % self, ResourceWarning, source=self)
            self.close()

        def recv(self, *a):
            return os.read(self.fd, *a)

        def send(self, *a):
            return os.write(self.fd, *a)

        def getsockopt(self, level, optname, buflen=None):
            # Only the question dispatcher asks (a pending error) is answered.
            if (level, optname) == (socket.SOL_SOCKET, socket.SO_ERROR) and not buflen:
                return 0
            raise NotImplementedError("Only asyncore specific behaviour implemented.")

        read = recv
        write = send

        def close(self):
            if self.fd < 0:
                return
            fd = self.fd
            self.fd = -1
            os.close(fd)

        def fileno(self):
            return self.fd

    class file_dispatcher(dispatcher):
        """A dispatcher over a file descriptor (a pipe, say) instead of a socket."""

        def __init__(self, fd, map=None):
            super().__init__(None, map)
            self.connected = True
            try:
                fd = fd.fileno()
            except AttributeError:
                pass
            self.set_file(fd)
            os.set_blocking(fd, False)

        def set_file(self, fd):
            wrapper = file_wrapper(fd)
            self.socket, self._fileno = wrapper, wrapper.fileno()
            self.add_channel()
