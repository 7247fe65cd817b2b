"""subprocess: running programs (Popen, run, call, check_call, check_output, getoutput,
getstatusoutput) as CPython 3.11's module does on POSIX. The exceptions, CompletedProcess, run and
the helpers are CPython's code; Popen is gilpy's: the fork and exec happen in the native
_posixsubprocess module (the child runs only async-signal-safe code), waits release the GIL, and
communicate() multiplexes the pipes with select so big outputs never deadlock.
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

# Exception classes used by this module.
class SubprocessError(Exception): pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (
                        self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (
                        self.cmd, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (
                    self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        # There's no obvious reason to set this, but allow it anyway so
        # .stdout is a transparent alias for .output
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        # There's no obvious reason to set this, but allow it anyway so
        # .stdout is a transparent alias for .output
        self.output = value


PIPE = -1
STDOUT = -2
DEVNULL = -3


def _text_encoding():
    # gilpy's locale encoding is UTF-8.
    return "utf-8"


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute.

    The arguments are the same as for the Popen constructor.  Example:

    retcode = call(["ls", "-l"])
    """
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:  # Including KeyboardInterrupt, wait handled that.
            p.kill()
            # We don't call p.wait() again as p.__exit__ does that for us.
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError.  The CalledProcessError object will have the
    return code in the returncode attribute.

    The arguments are the same as for the call function.  Example:

    check_call(["ls", "-l"])
    """
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError.  The
    CalledProcessError object will have the return code in the returncode
    attribute and output in the output attribute.

    The arguments are the same as for the Popen constructor.  Example:

    >>> check_output(["ls", "-l", "/dev/null"])
    b'crw-rw-rw- 1 root root 1, 3 Oct 18  2007 /dev/null\n'

    The stdout argument is not allowed as it is used internally.
    To capture standard error in the result, use stderr=STDOUT.

    >>> check_output(["/bin/sh", "-c",
    ...               "ls -l non_existent_file ; exit 0"],
    ...              stderr=STDOUT)
    b'ls: non_existent_file: No such file or directory\n'

    There is an additional optional argument, "input", allowing you to
    pass a string to the subprocess's stdin.  If you use this argument
    you may not also use the Popen constructor's "stdin" argument, as
    it too will be used internally.  Example:

    >>> check_output(["sed", "-e", "s/foo/bar/"],
    ...              input=b"when in the course of fooman events\n")
    b'when in the course of barman events\n'

    By default, all communication is in bytes, and therefore any "input"
    should be bytes, and the return value will be bytes.  If in text mode,
    any "input" should be a string, and the return value will be a string
    decoded according to locale encoding, or by "encoding" if set. Text mode
    is triggered by setting any of text, encoding, errors or universal_newlines.
    """
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')

    if 'input' in kwargs and kwargs['input'] is None:
        # Explicitly passing input=None was previously equivalent to passing an
        # empty string. That is maintained here for backwards compatibility.
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty

    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)


    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def run(*popenargs,
        input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance.

    The returned instance will have attributes args, returncode, stdout and
    stderr. By default, stdout and stderr are not captured, and those attributes
    will be None. Pass stdout=PIPE and/or stderr=PIPE in order to capture them,
    or pass capture_output=True to capture both.

    If check is True and the exit code was non-zero, it raises a
    CalledProcessError. The CalledProcessError object will have the return code
    in the returncode attribute, and output & stderr attributes if those streams
    were captured.

    If timeout is given, and the process takes too long, a TimeoutExpired
    exception will be raised.

    There is an optional argument "input", allowing you to
    pass bytes or a string to the subprocess's stdin.  If you use this argument
    you may not also use the Popen constructor's "stdin" argument, as
    it will be used internally.

    By default, all communication is in bytes, and therefore any "input" should
    be bytes, and the stdout and stderr will be bytes. If in text mode, any
    "input" should be a string, and stdout and stderr will be strings decoded
    according to locale encoding, or by "encoding" if set. Text mode is
    triggered by setting any of text, encoding, errors or universal_newlines.

    The other arguments are the same as for the Popen constructor.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE

    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            # _communicate already put the output so far into the TimeoutExpired exception.
            process.wait()
            raise
        except:  # Including KeyboardInterrupt, communicate handled that.
            process.kill()
            # We don't call process.wait() as .__exit__ does that for us.
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """
    Translate a sequence of arguments into a command line
    string, using the same rules as the MS C runtime:

    1) Arguments are delimited by white space, which is either a
       space or a tab.

    2) A string surrounded by double quotation marks is
       interpreted as a single argument, regardless of white space
       contained within.  A quoted string can be embedded in an
       argument.

    3) A double quotation mark preceded by a backslash is
       interpreted as a literal double quotation mark.

    4) Backslashes are interpreted literally, unless they
       immediately precede a double quotation mark.

    5) If backslashes immediately precede a double quotation mark,
       every pair of backslashes is interpreted as a literal
       backslash.  If the number of backslashes is odd, the last
       backslash escapes the next double quotation mark as
       described in rule 3.
    """

    # See
    # http://msdn.microsoft.com/en-us/library/17w5ykft.aspx
    # or search http://msdn.microsoft.com for
    # "Parsing C++ Command-Line Arguments"
    result = []
    needquote = False
    for arg in map(_fsdecode, seq):
        bs_buf = []

        # Add a space to separate this argument from the others
        if result:
            result.append(' ')

        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')

        for c in arg:
            if c == '\\':
                # Don't know if we need to double yet.
                bs_buf.append(c)
            elif c == '"':
                # Double backslashes.
                result.append('\\' * len(bs_buf)*2)
                bs_buf = []
                result.append('\\"')
            else:
                # Normal char
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)

        # Add remaining backslashes, if any.
        if bs_buf:
            result.extend(bs_buf)

        if needquote:
            result.extend(bs_buf)
            result.append('"')

    return ''.join(result)


# Various tools for executing commands and looking at their output and status.
#

def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell.

    Execute the string 'cmd' in a shell with 'check_output' and
    return a 2-tuple (status, output). The locale encoding is used
    to decode the output and process newlines.

    A trailing newline is stripped from the output.
    The exit status for the command can be interpreted
    according to the rules for the function 'wait'. Example:

    >>> import subprocess
    >>> subprocess.getstatusoutput('ls /bin/ls')
    (0, '/bin/ls')
    >>> subprocess.getstatusoutput('cat /bin/junk')
    (1, 'cat: /bin/junk: No such file or directory')
    >>> subprocess.getstatusoutput('/bin/junk')
    (127, 'sh: /bin/junk: not found')
    >>> subprocess.getstatusoutput('/bin/kill $$')
    (-15, '')
    """
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data

def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell.

    Like getstatusoutput(), except the exit status is ignored and the return
    value is a string containing the command's output.  Example:

    >>> import subprocess
    >>> subprocess.getoutput('ls /bin/ls')
    '/bin/ls'
    """
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]





def _fsdecode(filename):
    filename = os.fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def _fspath_list(args):
    if isinstance(args, (str, bytes)):
        return [args]
    if isinstance(args, os.PathLike):
        return [os.fspath(args)]
    return [os.fspath(a) if isinstance(a, os.PathLike) else a for a in list(args)]


class Popen:
    """ Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation.
    """

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
        """Create new Popen instance."""
        self._waitpid_lock = threading.Lock()
        self._owned_child_fds = []
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
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

        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')

        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = _text_encoding()

        self._closed_child_pipe_fds = False
        line_buffering = False
        if self.text_mode and bufsize == 1:
            line_buffering = True
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

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                if self._sigint_wait_secs > 0:
                    self._wait_after_interrupt(None)
                return
            else:
                self.wait()

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
        """Execute program (POSIX version)"""
        args = _fspath_list(args)
        if shell:
            unix_shell = '/bin/sh'
            args = [unix_shell, "-c"] + args
            if executable:
                args[0] = executable

        if executable is None:
            executable = args[0]
        if isinstance(executable, os.PathLike):
            executable = os.fspath(executable)

        orig_executable = executable
        if os.path.dirname(executable):
            executable_list = (executable,)
        else:
            executable_list = tuple(
                os.path.join(d, executable) for d in os.get_exec_path(env))

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
                    args, list(executable_list), close_fds, tuple(fds_to_keep), cwd,
                    env_list, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                    errpipe_read, errpipe_write, restore_signals, start_new_session,
                    process_group)
                self._child_created = True
            finally:
                os.close(errpipe_write)
            self._close_pipe_fds()

            # Wait for exec to fail or succeed; possibly raising an exception.
            errpipe_data = bytearray()
            while True:
                part = os.read(errpipe_read, 50000)
                errpipe_data += part
                if not part or len(errpipe_data) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if errpipe_data:
            self.returncode = _posixsubprocess.wait(self.pid, None)
            try:
                exception_name, hex_errno, err_msg = bytes(errpipe_data).split(b':', 2)
                err_msg = err_msg.decode()
            except ValueError:
                exception_name = b'SubprocessError'
                hex_errno = b'0'
                err_msg = 'Bad exception data from child: {!r}'.format(bytes(errpipe_data))
            if exception_name == b'OSError' and hex_errno:
                errno_num = int(hex_errno, 16)
                if err_msg == "noexec:chdir":
                    err_filename = cwd
                elif err_msg == "noexec":
                    err_filename = None
                else:
                    err_filename = orig_executable
                raise _posixsubprocess.child_error(errno_num, err_filename)
            raise SubprocessError(err_msg)

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

    def _remaining_time(self, endtime):
        """Convenience for _communicate when computing timeouts."""
        if endtime is None:
            return None
        else:
            return endtime - _time()

    def _check_timeout(self, endtime, orig_timeout, stdout_seq, stderr_seq,
                       skip_check_and_raise=False):
        """Convenience for checking if a timeout has expired."""
        if endtime is None:
            return
        if skip_check_and_raise or _time() > endtime:
            raise TimeoutExpired(
                self.args, orig_timeout,
                output=b''.join(stdout_seq) if stdout_seq else None,
                stderr=b''.join(stderr_seq) if stderr_seq else None)

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        endtime = None if timeout is None else _time() + timeout
        try:
            return self._wait(timeout=timeout)
        except KeyboardInterrupt:
            self._wait_after_interrupt(endtime)
            raise

    def _wait_after_interrupt(self, endtime):
        # Ctrl-C: give the child (which got SIGINT too) a moment to exit, once.
        sigint_timeout = self._sigint_wait_secs
        if endtime is not None:
            sigint_timeout = min(sigint_timeout, self._remaining_time(endtime))
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
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        The optional "input" argument should be data to be sent to the
        child process, or None, if no data should be sent to the child.
        communicate() returns a tuple (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            if timeout is not None:
                endtime = _time() + timeout
            else:
                endtime = None
            try:
                stdout, stderr = self._communicate(input, endtime, timeout)
            except KeyboardInterrupt:
                self._wait_after_interrupt(endtime)
                raise
            finally:
                self._communication_started = True
            sts = self.wait(timeout=self._remaining_time(endtime))
        return (stdout, stderr)

    def _communicate(self, input, endtime, orig_timeout):
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

        stdout = None
        stderr = None

        if not self._communication_started:
            self._fileobj2output = {}
            if self.stdout:
                self._fileobj2output[self.stdout] = []
            if self.stderr:
                self._fileobj2output[self.stderr] = []

        if self.stdout:
            stdout = self._fileobj2output[self.stdout]
        if self.stderr:
            stderr = self._fileobj2output[self.stderr]

        self._save_input(input)

        if self._input:
            input_view = memoryview(self._input)

        readers = {}
        for f in (self.stdout, self.stderr):
            if f and not f.closed:
                readers[f.fileno()] = f
        writer = None
        if self.stdin and not self.stdin.closed and self._input:
            writer = self.stdin.fileno()

        while readers or writer is not None:
            timeout = self._remaining_time(endtime)
            if timeout is not None and timeout < 0:
                self._check_timeout(endtime, orig_timeout, stdout, stderr,
                                    skip_check_and_raise=True)
                raise RuntimeError('_check_timeout(..., skip_check_and_raise=True) failed to raise TimeoutExpired.')
            r, w, _ = select.select(list(readers), [writer] if writer is not None else [], [], timeout)
            self._check_timeout(endtime, orig_timeout, stdout, stderr)

            if writer is not None and writer in w:
                chunk = input_view[self._input_offset:self._input_offset + _PIPE_BUF]
                try:
                    self._input_offset += os.write(writer, chunk)
                except BrokenPipeError:
                    self.stdin.close()
                    writer = None
                else:
                    if self._input_offset >= len(self._input):
                        self.stdin.close()
                        writer = None
            for fd in r:
                data = os.read(fd, 32768)
                f = readers[fd]
                if not data:
                    del readers[fd]
                    f.close()
                else:
                    self._fileobj2output[f].append(data)

        self.wait(timeout=self._remaining_time(endtime))

        if stdout is not None:
            stdout = b''.join(stdout)
        if stderr is not None:
            stderr = b''.join(stderr)

        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding, self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding, self.stderr.errors)

        return (stdout, stderr)

    def _save_input(self, input):
        if self.stdin and self._input is None:
            self._input_offset = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = self._input.encode(self.stdin.encoding, self.stdin.errors)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)


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
