"""Pipes and child processes on the selector loop: the read and write pipe transports
(loop.connect_read_pipe / connect_write_pipe) and the subprocess transport behind
loop.subprocess_exec / subprocess_shell, whose pipes report to a SubprocessProtocol and whose
exit comes from the policy's child watcher."""

import os
import stat
import subprocess

from . import events
from . import protocols
from . import transports

_WOULD_BLOCK = (BlockingIOError, InterruptedError)
_FATAL = (SystemExit, KeyboardInterrupt)
_READ_SIZE = 256 * 1024


def _fd_kind_ok(fd, what):
    mode = os.fstat(fd).st_mode
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)):
        raise ValueError(f'Pipe transport is {what}')


class _UnixReadPipeTransport(transports.ReadTransport):
    """The read end of a pipe: data_received / eof_received on its protocol."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._paused = False
        _fd_kind_ok(self._fileno, 'for pipes/sockets only.')
        os.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader)
        if waiter is not None:
            loop.call_soon(_finish, waiter)

    def _add_reader(self):
        if not self._closing and not self._paused:
            self._loop.add_reader(self._fileno, self._read_ready)

    def __repr__(self):
        state = 'closed' if self._pipe is None else ('closing' if self._closing else 'open')
        return f'<{type(self).__name__} fd={self._fileno} {state}>'

    def _read_ready(self):
        try:
            data = os.read(self._fileno, _READ_SIZE)
        except _WOULD_BLOCK:
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._fileno, self._read_ready)

    def is_reading(self):
        return not self._paused and not self._closing

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixWritePipeTransport(transports._FlowControlMixin, transports.WriteTransport):
    """The write end of a pipe: writes go out at once, or wait for the pipe to drain."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._extra['pipe'] = pipe
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        _fd_kind_ok(self._fileno, 'only for pipes, sockets and character devices')
        os.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        # A reader on a write end notices when the other side goes away.
        mode = os.fstat(self._fileno).st_mode
        if stat.S_ISSOCK(mode) or not stat.S_ISCHR(mode):
            loop.call_soon(loop.add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(_finish, waiter)

    def __repr__(self):
        state = 'closed' if self._pipe is None else ('closing' if self._closing else 'open')
        return f'<{type(self).__name__} fd={self._fileno} {state}>'

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        # Readable on a write end: the reader has closed it.
        if self._buffer:
            self._close(BrokenPipeError())
        else:
            self._close(None)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if isinstance(data, bytearray):
            data = memoryview(data)
        if not data:
            return
        if self._conn_lost or self._closing:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                sent = os.write(self._fileno, data)
            except _WOULD_BLOCK:
                sent = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if sent == len(data):
                return
            data = memoryview(data)[sent:]
            self._loop.add_writer(self._fileno, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        try:
            sent = os.write(self._fileno, self._buffer)
        except _WOULD_BLOCK:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop.remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        del self._buffer[:sent]
        self._maybe_resume_protocol()
        if self._buffer:
            return
        self._loop.remove_writer(self._fileno)
        if self._closing:
            self._loop.remove_reader(self._fileno)
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop.remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop.remove_writer(self._fileno)
        self._buffer.clear()
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        if self._pipe is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


def _finish(waiter, value=None):
    if not waiter.done():
        waiter.set_result(value)


class _PipeProtocol(protocols.Protocol):
    """Connects one pipe of a child to its subprocess transport."""

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


class _UnixSubprocessTransport(transports.SubprocessTransport):
    """A child process: its pipes (0, 1, 2 as asked) each on a pipe transport, its exit
    reported by the child watcher."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, kwargs):
        super().__init__(None)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = []
        self._pipes = {}
        self._finished = False
        if stdin == subprocess.PIPE:
            self._pipes[0] = None
        if stdout == subprocess.PIPE:
            self._pipes[1] = None
        if stderr == subprocess.PIPE:
            self._pipes[2] = None
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                      stderr=stderr, universal_newlines=False, bufsize=0,
                                      **kwargs)
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc

    def __repr__(self):
        parts = [type(self).__name__]
        if self._closed:
            parts.append('closed')
        if self._pid is not None:
            parts.append(f'pid={self._pid}')
        if self._returncode is not None:
            parts.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            parts.append('running')
        else:
            parts.append('not started')
        return '<{}>'.format(' '.join(parts))

    async def _connect_pipes(self, waiter):
        try:
            proc, loop = self._proc, self._loop
            for fd, stream, connect in ((0, proc.stdin, loop.connect_write_pipe),
                                        (1, proc.stdout, loop.connect_read_pipe),
                                        (2, proc.stderr, loop.connect_read_pipe)):
                if stream is not None:
                    _, pipe = await connect(lambda fd=fd: _PipeProtocol(self, fd), stream)
                    self._pipes[fd] = pipe
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _call(self, callback, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((callback, data))
        else:
            self._loop.call_soon(callback, *data)

    def _process_exited(self, returncode):
        if self._returncode is not None:
            return
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    def _try_finish(self):
        if self._returncode is None or self._finished:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None

    async def _wait(self):
        """Waits for the child to end; its return code."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        pipe = self._pipes.get(fd)
        return None if pipe is None else pipe.pipe

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    def is_closing(self):
        return self._closed

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None and proto.pipe is not None:
                proto.pipe.close()
        if self._proc is not None and self._returncode is None and self._proc.poll() is None:
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass


def _check_subprocess_options(universal_newlines, bufsize, encoding, errors, text):
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if bufsize != 0:
        raise ValueError('bufsize must be 0')
    if text:
        raise ValueError('text must be False')
    if encoding is not None:
        raise ValueError('encoding must be None')
    if errors is not None:
        raise ValueError('errors must be None')


class _PipeMethods:
    """The loop methods for pipes and child processes."""

    async def connect_read_pipe(self, protocol_factory, pipe):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UnixReadPipeTransport(self, pipe, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def connect_write_pipe(self, protocol_factory, pipe):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UnixWritePipeTransport(self, pipe, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr,
                                         kwargs):
        watcher = events.get_child_watcher()
        with watcher:
            if not watcher.is_active():
                raise RuntimeError('asyncio.get_child_watcher() is not activated, subprocess '
                                   'support is not installed.')
            waiter = self.create_future()
            transport = _UnixSubprocessTransport(self, protocol, args, shell, stdin, stdout,
                                                 stderr, kwargs)
            watcher.add_child_handler(transport.get_pid(), self._child_watcher_callback,
                                      transport)
            await transport._connect_pipes(waiter)
            try:
                await waiter
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                transport.close()
                await transport._wait()
                raise
        return transport

    def _child_watcher_callback(self, pid, returncode, transport):
        self.call_soon_threadsafe(transport._process_exited, returncode)

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=False, shell=False, bufsize=0, encoding=None,
                              errors=None, text=None, **kwargs):
        if shell:
            raise ValueError('shell must be False')
        _check_subprocess_options(universal_newlines, bufsize, encoding, errors, text)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, (program,) + args, False,
                                                          stdin, stdout, stderr, kwargs)
        return transport, protocol

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=False, shell=True, bufsize=0, encoding=None,
                               errors=None, text=None, **kwargs):
        if not isinstance(cmd, (bytes, str)):
            raise ValueError('cmd must be a string')
        if not shell:
            raise ValueError('shell must be True')
        _check_subprocess_options(universal_newlines, bufsize, encoding, errors, text)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, cmd, True, stdin, stdout,
                                                          stderr, kwargs)
        return transport, protocol


for _name in ('connect_read_pipe', 'connect_write_pipe', 'subprocess_exec', 'subprocess_shell'):
    # Named as CPython names them (in argument errors, for one).
    getattr(_PipeMethods, _name).__qualname__ = 'BaseEventLoop.' + _name
del _name
