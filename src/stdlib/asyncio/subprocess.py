"""asyncio.subprocess: child processes for coroutines — create_subprocess_exec/_shell give a
Process whose stdout/stderr are StreamReaders (fed by a thread per pipe through the loop),
whose stdin is written through, and whose wait()/communicate() are awaited."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

import os
import subprocess
import threading

from . import events
from . import streams
from . import tasks

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class _PipeReader(streams.StreamReader):
    """A StreamReader whose data comes from another thread: readers sleep on a future that
    feed_data/feed_eof wake."""

    def __init__(self, limit, loop):
        super().__init__(limit=limit, loop=loop)
        self._waiter = None

    def _wake(self):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def feed_data(self, data):
        super().feed_data(data)
        self._wake()

    def feed_eof(self):
        super().feed_eof()
        self._wake()

    async def _fill(self):
        if self._exception is not None:
            raise self._exception
        if self._eof:
            return
        self._waiter = self._loop.create_future()
        await self._waiter


def _pump(loop, pipe, reader):
    """Thread body: copies a pipe into a reader until the pipe's end."""
    fd = pipe.fileno()
    try:
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b''
            if not chunk:
                break
            loop.call_soon_threadsafe(reader.feed_data, chunk)
    finally:
        try:
            pipe.close()
        except OSError:
            pass
        try:
            loop.call_soon_threadsafe(reader.feed_eof)
        except RuntimeError:
            pass


class _PipeWriter:
    """The child's stdin as a StreamWriter-like object (writes go straight to the pipe)."""

    def __init__(self, pipe, loop):
        self._pipe = pipe
        self._loop = loop

    def write(self, data):
        self._pipe.write(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    async def drain(self):
        await self._loop.run_in_executor(None, self._pipe.flush)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def close(self):
        try:
            self._pipe.close()
        except BrokenPipeError:
            pass

    def is_closing(self):
        return self._pipe.closed

    async def wait_closed(self):
        pass

    def get_extra_info(self, name, default=None):
        return default


class Process:
    """A running child: pid, returncode, stdin/stdout/stderr streams (None unless PIPE)."""

    def __init__(self, popen, loop, limit):
        self._popen = popen
        self._loop = loop
        self.pid = popen.pid
        self.stdin = _PipeWriter(popen.stdin, loop) if popen.stdin is not None else None
        self.stdout = self._reader(popen.stdout, limit)
        self.stderr = self._reader(popen.stderr, limit)

    def _reader(self, pipe, limit):
        if pipe is None:
            return None
        reader = _PipeReader(limit, self._loop)
        threading.Thread(target=_pump, args=(self._loop, pipe, reader), daemon=True).start()
        return reader

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._popen.poll()

    async def wait(self):
        """Waits for the child to end; its return code."""
        return await self._loop.run_in_executor(None, self._popen.wait)

    def send_signal(self, signal):
        self._popen.send_signal(signal)

    def terminate(self):
        self._popen.terminate()

    def kill(self):
        self._popen.kill()

    async def _feed(self, data):
        def write_all():
            try:
                self._popen.stdin.write(data)
            except BrokenPipeError:
                pass
            try:
                self._popen.stdin.close()
            except BrokenPipeError:
                pass
        await self._loop.run_in_executor(None, write_all)

    async def _noop(self):
        return None

    async def communicate(self, input=None):
        """Sends input (then closes stdin), reads stdout and stderr to their end, waits for the
        child; (stdout data, stderr data), None for a stream that is not a pipe."""
        if self.stdin is not None:
            feeding = self._feed(input or b'')
        else:
            feeding = self._noop()
        reading_out = self.stdout.read() if self.stdout is not None else self._noop()
        reading_err = self.stderr.read() if self.stderr is not None else self._noop()
        _, out, err = await tasks.gather(feeding, reading_out, reading_err)
        await self.wait()
        return out, err


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=streams._DEFAULT_LIMIT, **kwds):
    """Runs cmd through the shell; a Process."""
    loop = events.get_running_loop()
    popen = subprocess.Popen(cmd, shell=True, stdin=stdin, stdout=stdout, stderr=stderr, bufsize=0, **kwds)
    return Process(popen, loop, limit)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=streams._DEFAULT_LIMIT, **kwds):
    """Runs program with args; a Process."""
    loop = events.get_running_loop()
    popen = subprocess.Popen((program,) + args, stdin=stdin, stdout=stdout, stderr=stderr, bufsize=0, **kwds)
    return Process(popen, loop, limit)
