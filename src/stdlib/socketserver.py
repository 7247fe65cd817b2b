"""socketserver: a framework for network servers.

A server object owns a listening (or datagram) socket; for each request it gets, it builds an
instance of the RequestHandlerClass it was given, whose setup()/handle()/finish() do the work.
Mix-ins decide where a request is handled: in the serving thread (the default), in a new thread
(ThreadingMixIn) or in a forked child process (ForkingMixIn).

    BaseServer
     +-- TCPServer -- UnixStreamServer
          +-- UDPServer -- UnixDatagramServer
"""

import os
import selectors
import socket
import sys
import threading
from io import BytesIO
from time import monotonic as _now

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler",
           "ThreadingMixIn"]
_HAS_FORK = hasattr(os, "fork")
_HAS_UNIX = hasattr(socket, "AF_UNIX")
if _HAS_FORK:
    __all__ += ["ForkingUDPServer", "ForkingTCPServer", "ForkingMixIn"]
if _HAS_UNIX:
    __all__ += ["UnixStreamServer", "UnixDatagramServer", "ThreadingUnixStreamServer",
                "ThreadingUnixDatagramServer"]

# poll() has no limit on descriptor numbers, select() has: prefer it when there is one
_ServerSelector = getattr(selectors, 'PollSelector', selectors.SelectSelector)


class BaseServer:
    """The request loop, independent of any socket type.

    Subclasses supply get_request() and fileno(); the other hooks have defaults: server_activate,
    verify_request, process_request, finish_request, shutdown_request, close_request,
    handle_error, handle_timeout, service_actions and server_close.
    """

    timeout = None      # seconds handle_request() waits; None for no limit

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__stopped = threading.Event()     # set whenever serve_forever() is not running
        self.__stop_asked = False

    def server_activate(self):
        """Called once the server is bound; TCPServer starts listening here."""

    def _watching_self(self):
        """A selector waiting for our socket to be readable (a request is there)."""
        watcher = _ServerSelector()
        watcher.register(self, selectors.EVENT_READ)
        return watcher

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called, looking for that every poll_interval
        seconds; service_actions() runs after each look."""
        self.__stopped.clear()
        try:
            with self._watching_self() as watcher:
                while not self.__stop_asked:
                    something = watcher.select(poll_interval)
                    # shutdown() may have been called while we waited
                    if self.__stop_asked:
                        break
                    if something:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self.__stop_asked = False
            self.__stopped.set()

    def shutdown(self):
        """Make serve_forever() return, and wait until it has. Must be called from another
        thread than the one serving, which would otherwise wait for itself."""
        self.__stop_asked = True
        self.__stopped.wait()

    def service_actions(self):
        """Called by serve_forever() once per loop; ForkingMixIn reaps children here."""

    def handle_request(self):
        """Handle one request, waiting at most the socket's or self.timeout (the smaller of
        the two); handle_timeout() is called when nothing came."""
        limits = [t for t in (self.socket.gettimeout(), self.timeout) if t is not None]
        limit = min(limits) if limits else None
        deadline = None if limit is None else _now() + limit
        with self._watching_self() as watcher:
            while not watcher.select(limit):
                if deadline is None:
                    continue
                limit = deadline - _now()
                if limit < 0:
                    return self.handle_timeout()
            self._handle_request_noblock()

    def _handle_request_noblock(self):
        """Take one waiting request (the socket is known to be readable) and process it."""
        try:
            req, addr = self.get_request()
        except OSError:
            return
        if self.verify_request(req, addr):
            self._run_guarded(self.process_request, req, addr, close_on_success=False)
        else:
            self.shutdown_request(req)

    def _run_guarded(self, work, req, addr, close_on_success=True):
        """work(req, addr); an Exception goes to handle_error(). The request is shut down
        afterwards, or only on failure without close_on_success."""
        try:
            work(req, addr)
        except Exception:
            self.handle_error(req, addr)
            self.shutdown_request(req)
        except BaseException:
            self.shutdown_request(req)
            raise
        else:
            if close_on_success:
                self.shutdown_request(req)

    def handle_timeout(self):
        """Called when handle_request() waited in vain."""

    def verify_request(self, request, client_address):
        """Return False to drop the request unhandled."""
        return True

    def process_request(self, request, client_address):
        """Handle the request here and now; the mix-ins override this."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Release the server's resources."""

    def finish_request(self, request, client_address):
        """Build the request handler, which does all the work."""
        handler_class = self.RequestHandlerClass
        handler_class(request, client_address, self)

    def shutdown_request(self, request):
        """End one request and close it."""
        self.close_request(request)

    def close_request(self, request):
        """Release what one request holds."""

    def handle_error(self, request, client_address):
        """Called when the handler raised an Exception: prints the traceback between dashed
        lines on stderr, and serving goes on."""
        rule = '-' * 40
        print(rule, file=sys.stderr)
        print('Exception occurred during processing of request from', client_address,
              file=sys.stderr)
        import traceback
        traceback.print_exc()
        print(rule, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()


class TCPServer(BaseServer):
    """A stream server on a socket of address_family (AF_INET by default)."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        """Make the socket; bind and listen unless bind_and_activate is false."""
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except:
            self.server_close()
            raise

    def server_bind(self):
        """Bind the socket; server_address becomes the address really bound (the port chosen
        for port 0)."""
        sock = self.socket
        for wanted, option in ((self.allow_reuse_address, 'SO_REUSEADDR'),
                               (self.allow_reuse_port, 'SO_REUSEPORT')):
            if wanted and hasattr(socket, option):
                sock.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        backlog = self.request_queue_size
        self.socket.listen(backlog)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        """The listening socket's descriptor, for selectors."""
        return self.socket.fileno()

    def get_request(self):
        """Accept a connection: (socket, client address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        # tell the client we are done writing, then close
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A datagram server: each request is (packet, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        sock = self.socket
        packet, sender = sock.recvfrom(self.max_packet_size)
        return (packet, sock), sender

    def server_activate(self):
        # datagram sockets do not listen
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        # the socket is the server's own: nothing to close per request
        pass


if _HAS_FORK:
    class ForkingMixIn:
        """Handle each request in a forked child process; the children are reaped as they
        end (and waited for on server_close() when block_on_close is true)."""

        timeout = 300
        active_children = None
        max_children = 40
        block_on_close = True

        def collect_children(self, *, blocking=False):
            """Reap ended children; wait for some while max_children are alive."""
            children = self.active_children
            if children is None:
                return
            while len(children) >= self.max_children:
                try:
                    children.discard(os.waitpid(-1, 0)[0])
                except ChildProcessError:
                    children.clear()
                except OSError:
                    break
            flags = 0 if blocking else os.WNOHANG
            for pid in list(children):
                try:
                    children.discard(os.waitpid(pid, flags)[0])
                except ChildProcessError:
                    children.discard(pid)
                except OSError:
                    pass

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def process_request(self, request, client_address):
            pid = os.fork()
            if pid:
                # the parent keeps serving
                children = self.active_children
                if children is None:
                    children = self.active_children = set()
                children.add(pid)
                self.close_request(request)
                return
            failed = True
            try:
                self.finish_request(request, client_address)
                failed = False
            except Exception:
                self.handle_error(request, client_address)
            finally:
                try:
                    self.shutdown_request(request)
                finally:
                    os._exit(1 if failed else 0)

        def server_close(self):
            super().server_close()
            wait = self.block_on_close
            self.collect_children(blocking=wait)


class _Threads(list):
    """The non-daemon handler threads still running, for server_close() to join."""

    def append(self, thread):
        self.reap()
        if not thread.daemon:
            super().append(thread)

    def pop_all(self):
        taken = self[:]
        del self[:]
        return taken

    def join(self):
        for t in self.pop_all():
            t.join()

    def reap(self):
        self[:] = [t for t in self if t.is_alive()]


class _NoThreads:
    """Stands in for _Threads when threads are not to be joined."""

    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Handle each request in a new thread. server_close() joins the handler threads when
    block_on_close is true; daemon_threads makes them daemons."""

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        """The body of a handler thread."""
        self._run_guarded(self.finish_request, request, client_address)

    def process_request(self, request, client_address):
        if self.block_on_close and '_threads' not in vars(self):
            # a list of our own, made on first use
            self._threads = _Threads()
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        self._threads.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


if _HAS_FORK:
    class ForkingUDPServer(ForkingMixIn, UDPServer):
        pass

    class ForkingTCPServer(ForkingMixIn, TCPServer):
        pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if _HAS_UNIX:
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """Handles one request: built by the server with (request, client_address, server), it
    runs setup(), handle() and finish() (finish() even when handle() raised)."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler for stream sockets with file-like rfile (to read the request) and wfile (to
    write the reply)."""

    rbufsize = -1       # buffered reads
    wbufsize = 0        # unbuffered writes: each write() is sent at once
    timeout = None      # seconds for the connection's socket operations
    disable_nagle_algorithm = False

    def setup(self):
        conn = self.connection = self.request
        limit = self.timeout
        if limit is not None:
            conn.settimeout(limit)
        if self.disable_nagle_algorithm:  # send small writes at once
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile('wb', self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        out = self.wfile
        if not out.closed:
            try:
                out.flush()
            except OSError:
                # the client may be gone already
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter:
    """An unbuffered binary writer over a socket: write() sends everything at once."""

    def __init__(self, sock):
        self.closed, self._sock = False, sock

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def write(self, b):
        self._check_open()
        self._sock.sendall(b)
        return memoryview(b).nbytes


    def flush(self):
        self._check_open()

    def fileno(self):
        sock = self._sock
        return sock.fileno()

    def close(self):
        self.closed = True

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagrams: rfile holds the packet, and what is written to wfile is sent
    back to the client as one datagram by finish()."""

    def setup(self):
        packet, self.socket = self.request
        self.packet = packet
        self.rfile, self.wfile = BytesIO(packet), BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
