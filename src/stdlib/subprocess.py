"""subprocess: running programs (Popen, run, call, check_call, check_output, getoutput,
getstatusoutput) as CPython 3.11's module does on POSIX. Everything here is gilpy's own code: the
fork and exec happen in the native _posixsubprocess module (the child runs only async-signal-safe
code), waits release the GIL, and communicate() multiplexes the pipes with select so big outputs
never deadlock. The convenience functions on top of Popen keep CPython's observable behaviour:
the same return values, exception types, messages and reprs.
Not supported: preexec_fn (refused with a ValueError), user/group/extra_groups/umask, pipesize."""

import builtins
import os
import sys
import threading
import types
import select
import signal
import _posixsubprocess
from time import monotonic as _time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)


def _output_alias():
    """A `stdout` property that reads and writes the exception's `output` attribute (both names
    exist so the exceptions look like CompletedProcess)."""
    def get(exc):
        return exc.output

    def put(exc, value):
        exc.output = value

    return property(get, put, doc="The captured standard output (same as .output).")


class SubprocessError(Exception):
    """Base of the exceptions this module raises."""


class CalledProcessError(SubprocessError):
    """A child exited with a non-zero status where success was required (check=True,
    check_call, check_output). Carries returncode, cmd, output (alias stdout) and stderr."""

    # Exception.__init__ is deliberately not called: args stays exactly what the caller passed.
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    stdout = _output_alias()

    def __str__(self):
        status = self.returncode
        if not (status and status < 0):
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, status)
        # A negative status means the child was killed by signal -status.
        try:
            sig = signal.Signals(-status)
        except ValueError:
            return "Command '%s' died with unknown signal %d." % (self.cmd, -status)
        return "Command '%s' died with %r." % (self.cmd, sig)


class TimeoutExpired(SubprocessError):
    """Waiting for a child took longer than the timeout given. Carries cmd, timeout, and
    whatever output (alias stdout) and stderr had been read by then."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    stdout = _output_alias()

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


PIPE = -1
STDOUT = -2
DEVNULL = -3


def _text_encoding():
    # gilpy's locale encoding is UTF-8, spelt as locale.getpreferredencoding() spells it.
    return "UTF-8"


def _text_requested(options):
    """Whether Popen keyword arguments ask for str rather than bytes."""
    return any(options.get(name) for name in ('universal_newlines', 'text', 'encoding', 'errors'))


def call(*popenargs, timeout=None, **kwargs):
    """Start the command (arguments as for Popen), wait for it and return its exit status.
    If the wait is interrupted (timeout, Ctrl-C, ...) the child is killed first."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            # Interrupted (Ctrl-C included): kill the child; Popen.__exit__ reaps it.
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but a non-zero exit status raises CalledProcessError; returns 0."""
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    command = kwargs.get("args")
    if command is None:
        command = popenargs[0]
    raise CalledProcessError(status, command)


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command with its standard output captured and return that output (bytes, or str
    in text mode). A non-zero exit status raises CalledProcessError with the output attached.
    `input` is fed to the child's stdin; stdout and check cannot be given (they are set here).
    An explicit input=None means empty input, as it always has."""
    for forbidden in ('stdout', 'check'):
        if forbidden in kwargs:
            raise ValueError(f'{forbidden} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if _text_requested(kwargs) else b''
    finished = run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs)
    return finished.stdout


class CompletedProcess(object):
    """What run() returns: the args it ran, the returncode (negative: killed by that signal),
    and the captured stdout and stderr (None for a stream that was not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    __class_getitem__ = classmethod(types.GenericAlias)

    def __repr__(self):
        fields = [('args', self.args), ('returncode', self.returncode)]
        fields += [(name, value) for name, value in
                   (('stdout', self.stdout), ('stderr', self.stderr)) if value is not None]
        shown = ', '.join(f'{name}={value!r}' for name, value in fields)
        return f'{type(self).__name__}({shown})'

    def check_returncode(self):
        """Raise CalledProcessError (with the captured output) unless the returncode is 0."""
        if not self.returncode:
            return
        raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command (arguments as for Popen), wait for it and return a CompletedProcess.

    input: bytes (str in text mode) written to the child's stdin, which becomes a pipe.
    capture_output: capture both stdout and stderr (neither may then be given).
    timeout: seconds; when exceeded the child is killed and TimeoutExpired raised, carrying
      what had been read so far.
    check: raise CalledProcessError for a non-zero exit status.
    Output is bytes unless text, encoding, errors or universal_newlines ask for str."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # The exception already holds the partial output; reap the child before raising.
            child.kill()
            child.wait()
            raise
        except BaseException:
            # Interrupted (Ctrl-C included): kill the child; Popen.__exit__ reaps it.
            child.kill()
            raise
        status = child.poll()
        if check and status:
            raise CalledProcessError(status, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def _quote_for_msvcrt(arg):
    """One argument quoted so the Microsoft C runtime splits it back out unchanged: wrapped in
    double quotes when empty or holding a space or tab; a double quote becomes \\" and the
    backslashes right before it are doubled; so are the backslashes before a closing quote."""
    wrap = arg == '' or ' ' in arg or '\t' in arg
    pieces = []
    pending = 0  # backslashes seen but not yet written
    for ch in arg:
        if ch == '\\':
            pending += 1
            continue
        if ch == '"':
            pieces.append('\\' * (2 * pending) + '\\"')
        else:
            pieces.append('\\' * pending + ch)
        pending = 0
    pieces.append('\\' * (2 * pending if wrap else pending))
    text = ''.join(pieces)
    return f'"{text}"' if wrap else text


def list2cmdline(seq):
    """Join a sequence of arguments (str, bytes or path-like) into one Windows command line,
    quoting each with the Microsoft C runtime's rules (see _quote_for_msvcrt)."""
    return ' '.join([_quote_for_msvcrt(_fsdecode(arg)) for arg in seq])


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd through the shell with stderr merged into stdout; return (exit status, output
    as str without its final newline). A negative status means killed by that signal."""
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failure:
        text, status = failure.output, failure.returncode
    if text.endswith('\n'):
        text = text[:-1]
    return status, text


def getoutput(cmd, *, encoding=None, errors=None):
    """getstatusoutput(cmd)'s output alone."""
    _, text = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return text


def _fsdecode(filename):
    filename = os.fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _fspath_list(args):
    if isinstance(args, (str, bytes)):
        return [args]
    if isinstance(args, os.PathLike):
        return [os.fspath(args)]
    return [os.fspath(a) if isinstance(a, os.PathLike) else a for a in list(args)]


def _int_option(value, name):
    """A Popen size option: None means the default (-1); anything but an int is refused."""
    if value is None:
        return -1
    if not isinstance(value, int):
        raise TypeError(f"{name} must be an integer")
    return value


class Popen:
    """A child process started from `args` (a program and its arguments, or a shell command
    line with shell=True), with its standard streams inherited, piped (PIPE), merged (STDOUT),
    discarded (DEVNULL) or redirected to a file. The arguments are those of CPython 3.11's
    Popen; the Windows-only and unsupported ones are refused with ValueError."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        """Start the child; OSError (FileNotFoundError, PermissionError, ...) if it cannot be
        executed, with the pipes already opened closed again."""
        self._waitpid_lock = threading.Lock()
        self._owned_child_fds = []
        self._input = None
        self._communication_started = False
        bufsize = _int_option(bufsize, "bufsize")
        pipesize = _int_option(pipesize, "pipesize")
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise ValueError("preexec_fn is not supported by gilpy: the child may run only "
                             "async-signal-safe code between fork and exec")
        if user is not None or group is not None or extra_groups is not None or umask != -1:
            raise ValueError("user, group, extra_groups and umask are not supported by gilpy")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        both_given = text is not None and universal_newlines is not None
        if both_given and bool(text) != bool(universal_newlines):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')

        # Any of these asks for str pipes; the first true one is what text_mode holds.
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            encoding = self.encoding = _text_encoding()

        self._closed_child_pipe_fds = False
        # bufsize=1 means line buffering, which only text pipes have.
        line_buffering = bool(self.text_mode) and bufsize == 1
        if line_buffering:
            bufsize = -1
        if process_group is None:
            process_group = -1

        (p2cread, p2cwrite,
         c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)
        self._devnull_fds = []

        try:
            if p2cwrite != -1:
                self.stdin = builtins.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = _TextPipe(self.stdin, encoding, errors, line_buffering)
            if c2pread != -1:
                self.stdout = builtins.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = _TextPipe(self.stdout, encoding, errors)
            if errread != -1:
                self.stderr = builtins.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = _TextPipe(self.stderr, encoding, errors)

            self._execute_child(args, executable, close_fds, pass_fds, cwd, env,
                                shell, p2cread, p2cwrite, c2pread, c2pwrite,
                                errread, errwrite, restore_signals,
                                start_new_session, process_group)
        except:
            for f in filter(None, (self.stdin, self.stdout, self.stderr)):
                try:
                    f.close()
                except OSError:
                    pass
            if not self._closed_child_pipe_fds:
                for fd in (p2cread, c2pwrite, errwrite):
                    if fd not in (-1, None) and fd in self._owned_child_fds:
                        try:
                            os.close(fd)
                        except OSError:
                            pass
            raise

    _REPR_LIMIT = 80

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(text) <= self._REPR_LIMIT:
            return text
        # Cut long reprs, ending with "...>" so the whole is 80 characters.
        return text[:self._REPR_LIMIT - 4] + "...>"

    # The old name of `text_mode`: reading gives the value as stored, writing stores a bool.
    universal_newlines = property(
        lambda self: self.text_mode,
        lambda self, value: setattr(self, 'text_mode', bool(value)))

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        # Close our ends of the pipes (readers first), then reap the child. After Ctrl-C the
        # wait is short and silent: an error from closing stdin is dropped rather than hiding
        # the KeyboardInterrupt.
        for reader in (self.stdout, self.stderr):
            if reader:
                reader.close()
        interrupted = exc_type == KeyboardInterrupt
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if not interrupted:
                self.wait()
            else:
                if self._sigint_wait_secs > 0:
                    self._wait_after_interrupt(None)
                return

    _sigint_wait_secs = 0.25

    def _get_handles(self, stdin, stdout, stderr):
        """The descriptors (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite): -1 when
        the child inherits that stream."""
        self._owned_child_fds = []
        p2cread, p2cwrite = self._child_end(stdin, True)
        c2pwrite, c2pread = self._child_end(stdout, False)
        if stderr == STDOUT:
            errread = -1
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        else:
            errwrite, errread = self._child_end(stderr, False)
        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _child_end(self, spec, child_reads):
        """(the child's descriptor, the parent's end of its pipe or -1) for one stream spec."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = _posixsubprocess.pipe()
            child, parent = (r, w) if child_reads else (w, r)
            self._owned_child_fds.append(child)
            return child, parent
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR | os.O_CLOEXEC)
            self._owned_child_fds.append(fd)
            return fd, -1
        if isinstance(spec, int):
            return spec, -1
        return spec.fileno(), -1

    def _close_pipe_fds(self):
        for fd in self._owned_child_fds:
            try:
                os.close(fd)
            except OSError:
                pass
        self._closed_child_pipe_fds = True

    def _execute_child(self, args, executable, close_fds, pass_fds, cwd, env, shell,
                       p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       restore_signals, start_new_session, process_group):
        """Fork and exec the child (in _posixsubprocess), then raise here what made its exec
        fail, if it did."""
        args = _fspath_list(args)
        if shell:
            # `executable` replaces the shell, not the command line it runs.
            args = ['/bin/sh', '-c', *args]
            if executable:
                args[0] = executable
        program = args[0] if executable is None else executable
        if isinstance(program, os.PathLike):
            program = os.fspath(program)
        # A bare name is looked up along PATH (env's PATH when env is given).
        if os.path.dirname(program):
            candidates = (program,)
        else:
            candidates = tuple(os.path.join(d, program) for d in os.get_exec_path(env))

        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fspath(k) if not isinstance(k, (str, bytes)) else k
                if (b'=' if isinstance(k, bytes) else '=') in k:
                    raise ValueError("illegal environment variable name")
                if isinstance(k, bytes) or isinstance(v, bytes):
                    k = k if isinstance(k, bytes) else k.encode()
                    v = v if isinstance(v, bytes) else os.fspath(v).encode()
                    env_list.append(k + b'=' + v)
                else:
                    env_list.append(k + '=' + os.fspath(v))
        else:
            env_list = None

        if cwd is not None:
            cwd = os.fspath(cwd)

        fds_to_keep = sorted(set(int(fd) for fd in pass_fds))
        for fd in fds_to_keep:
            if fd < 0:
                raise ValueError("bad value(s) in fds_to_keep")

        errpipe_read, errpipe_write = _posixsubprocess.pipe()
        try:
            try:
                self.pid = _posixsubprocess.fork_exec(
                    args, list(candidates), close_fds, tuple(fds_to_keep), cwd,
                    env_list, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                    errpipe_read, errpipe_write, restore_signals, start_new_session,
                    process_group)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds()

            report = _read_exec_report(errpipe_read)
        finally:
            os.close(errpipe_read)
        if report:
            # The exec failed and the child has exited: reap it, then raise its error here.
            self.returncode = _posixsubprocess.wait(self.pid, None)
            raise _exec_failure(report, cwd, program)

    def _handle_exitstatus(self, returncode):
        self.returncode = returncode

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        return self._internal_poll()

    def _internal_poll(self):
        if self.returncode is None and self.pid is not None:
            if not self._waitpid_lock.acquire(False):
                return None
            try:
                if self.returncode is not None:
                    return self.returncode
                self.returncode = _posixsubprocess.poll(self.pid)
            finally:
                self._waitpid_lock.release()
        return self.returncode

    @staticmethod
    def _seconds_left(deadline):
        """Seconds until the monotonic `deadline` (negative once past it); None for no deadline."""
        return None if deadline is None else deadline - _time()

    def _timed_out(self, timeout, out_chunks, err_chunks):
        """The TimeoutExpired for `timeout`, carrying the output read so far (None where
        nothing was read)."""
        def joined(chunks):
            return b''.join(chunks) if chunks else None
        return TimeoutExpired(self.args, timeout, output=joined(out_chunks),
                              stderr=joined(err_chunks))

    def wait(self, timeout=None):
        """Block until the child exits (at most `timeout` seconds, else TimeoutExpired);
        return its returncode."""
        deadline = None if timeout is None else _time() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            self._wait_after_interrupt(deadline)
            raise

    def _wait_after_interrupt(self, endtime):
        # Ctrl-C: give the child (which got SIGINT too) a moment to exit, once.
        sigint_timeout = self._sigint_wait_secs
        if endtime is not None:
            sigint_timeout = min(sigint_timeout, self._seconds_left(endtime))
        self._sigint_wait_secs = 0
        try:
            self._wait(timeout=sigint_timeout)
        except TimeoutExpired:
            pass

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        endtime = None if timeout is None else _time() + timeout
        with self._waitpid_lock:
            if self.returncode is not None:
                return self.returncode
            remaining = None if endtime is None else max(endtime - _time(), 0.0)
            rc = _posixsubprocess.wait(self.pid, remaining)
            if rc is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = rc
        return self.returncode

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Feed `input` (bytes, or str in text mode; None for nothing) to the child's stdin and
        close it, read its piped stdout and stderr to the end, wait for it to exit, and return
        (stdout, stderr), None for a stream that is not a pipe. On TimeoutExpired nothing is
        lost: calling again carries on where the first call stopped."""
        if input and self._communication_started:
            raise ValueError("Cannot send input after starting communication")

        pipes = [self.stdin, self.stdout, self.stderr]
        if timeout is None and not self._communication_started and pipes.count(None) >= 2:
            # At most one pipe: no multiplexing needed, and no deadlock possible.
            out = err = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (out, err)

        deadline = None if timeout is None else _time() + timeout
        try:
            out, err = self._communicate(input, deadline, timeout)
        except KeyboardInterrupt:
            self._wait_after_interrupt(deadline)
            raise
        finally:
            self._communication_started = True
        self.wait(timeout=self._seconds_left(deadline))
        return (out, err)

    def _communicate(self, input, deadline, timeout):
        """communicate()'s general case: write the input and read both outputs together with
        select(). What has been written and read is kept on self, so a call interrupted by
        TimeoutExpired can be repeated without losing or duplicating data."""
        if self.stdin and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if not input:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass

        if not self._communication_started:
            self._chunks_read = {pipe: [] for pipe in (self.stdout, self.stderr) if pipe}
        out_chunks = self._chunks_read.get(self.stdout) if self.stdout else None
        err_chunks = self._chunks_read.get(self.stderr) if self.stderr else None

        self._remember_input(input)
        pending_input = memoryview(self._input) if self._input else None

        open_readers = {pipe.fileno(): pipe for pipe in (self.stdout, self.stderr)
                        if pipe and not pipe.closed}
        stdin_fd = None
        if self.stdin and not self.stdin.closed and self._input:
            stdin_fd = self.stdin.fileno()

        while open_readers or stdin_fd is not None:
            left = self._seconds_left(deadline)
            if left is not None and left < 0:
                raise self._timed_out(timeout, out_chunks, err_chunks)
            want_write = [] if stdin_fd is None else [stdin_fd]
            readable, writable, _ = select.select(list(open_readers), want_write, [], left)
            if deadline is not None and _time() > deadline:
                raise self._timed_out(timeout, out_chunks, err_chunks)

            if stdin_fd is not None and stdin_fd in writable:
                start = self._input_offset
                try:
                    self._input_offset += os.write(stdin_fd, pending_input[start:start + _PIPE_BUF])
                    finished = self._input_offset >= len(self._input)
                except BrokenPipeError:
                    finished = True  # the child stopped reading: the rest is dropped
                if finished:
                    self.stdin.close()
                    stdin_fd = None
            for fd in readable:
                pipe = open_readers[fd]
                data = os.read(fd, 32768)
                if data:
                    self._chunks_read[pipe].append(data)
                else:
                    del open_readers[fd]
                    pipe.close()

        self.wait(timeout=self._seconds_left(deadline))

        results = []
        for pipe, chunks in ((self.stdout, out_chunks), (self.stderr, err_chunks)):
            if chunks is None:
                results.append(None)
                continue
            data = b''.join(chunks)
            if self.text_mode:
                data = self._translate_newlines(data, pipe.encoding, pipe.errors)
            results.append(data)
        return tuple(results)

    def _remember_input(self, input):
        """Keep the bytes still to be written to stdin (encoded in text mode) on the first call
        that has a stdin pipe; later calls resume from self._input_offset."""
        if not self.stdin or self._input is not None:
            return
        self._input_offset = 0
        if input is not None and self.text_mode:
            input = input.encode(self.stdin.encoding, self.stdin.errors)
        self._input = input

    def send_signal(self, sig):
        """Signal the child, unless it has already been reaped (its pid may be reused) or has
        vanished meanwhile."""
        if self.poll() is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Ask the child to stop (SIGTERM)."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Stop the child outright (SIGKILL)."""
        self.send_signal(signal.SIGKILL)


_EXEC_REPORT_LIMIT = 50000


def _read_exec_report(fd):
    """What the child wrote on the exec-error pipe: nothing when the exec succeeded (the pipe
    is close-on-exec), else "Kind:hex errno:detail". Reads to EOF, at most about 50 kB."""
    report = b''
    while len(report) <= _EXEC_REPORT_LIMIT:
        part = os.read(fd, _EXEC_REPORT_LIMIT)
        if not part:
            break
        report += part
    return report


def _exec_failure(report, cwd, program):
    """The exception for a child's exec-error report: an OSError subclass carrying the errno
    and the file concerned (cwd when the chdir failed, none for "noexec", else the program),
    or a SubprocessError for anything else."""
    fields = report.split(b':', 2)
    if len(fields) != 3:
        return SubprocessError(f'Bad exception data from child: {report!r}')
    kind, hex_errno, detail = fields
    try:
        detail = detail.decode()
    except ValueError:
        return SubprocessError(f'Bad exception data from child: {report!r}')
    if kind != b'OSError' or not hex_errno:
        return SubprocessError(detail)
    filename = {"noexec:chdir": cwd, "noexec": None}.get(detail, program)
    return _posixsubprocess.child_error(int(hex_errno, 16), filename)


class _TextPipe:
    """Text over one of a child's pipes (what io.TextIOWrapper gives CPython's Popen): decodes
    with the encoding and errors asked for, newlines translated on reading."""

    def __init__(self, raw, encoding, errors, line_buffering=False):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors or 'strict'
        self.line_buffering = line_buffering
        self._pending = b''

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def mode(self):
        return 'w' if self.buffer.writable() else 'r'

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def _decode(self, data, final):
        data = self._pending + data
        text = None
        if not final:
            # Keep an incomplete UTF-8 (or other multibyte) tail for the next read.
            for cut in range(0, min(4, len(data)) + 1):
                try:
                    text = data[:len(data) - cut].decode(self.encoding, self.errors)
                    self._pending = data[len(data) - cut:]
                    break
                except UnicodeDecodeError:
                    continue
        if text is None:
            self._pending = b''
            text = data.decode(self.encoding, self.errors)
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def read(self, size=-1):
        if size is None or size < 0:
            return self._decode(self.buffer.read(), True)
        out = ''
        while len(out) < size:
            data = self.buffer.read(1) if self._pending or len(out) else self.buffer.read(size - len(out))
            if not data:
                return out + self._decode(b'', True)
            out += self._decode(data, False)
        return out

    def readline(self, size=-1):
        line = self.buffer.readline()
        return self._decode(line, True)

    def readlines(self):
        return list(iter(self.readline, ''))

    def __iter__(self):
        return iter(self.readline, '')

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        self.buffer.write(s.encode(self.encoding, self.errors))
        if self.line_buffering and '\n' in s:
            self.buffer.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                if self.buffer.writable():
                    self.buffer.flush()
            finally:
                self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
