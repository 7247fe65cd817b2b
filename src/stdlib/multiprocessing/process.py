"""multiprocessing.process: BaseProcess (a child process that runs run(), started by fork or
spawn), the main process and the parent process as a child sees them, and current_process(),
parent_process() and active_children()."""

import _multiprocessing as _mp
import _thread
import os
import sys
import threading

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


class _MainProcess:
    def __init__(self):
        self.name = "MainProcess"
        self.daemon = False
        self._identity = ()
        self._pid = os.getpid()

    @property
    def pid(self):
        return self._pid

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return f"<_MainProcess name='{self.name}' parent=None started>"


class _ParentProcess:
    def __init__(self, name, pid):
        self.name = name
        self._pid = pid
        self.daemon = False

    @property
    def pid(self):
        return self._pid

    ident = pid

    def is_alive(self):
        return os.getppid() == self._pid

    def __repr__(self):
        return f"<_ParentProcess name='{self.name}' parent=None started>"


_current_process = _MainProcess()
_parent_process = None
_children = set()
_counter = 0


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def active_children():
    """The started children not yet known to have ended (reaping those that have)."""
    for child in list(_children):
        child._reap(0)
    return list(_children)


def _exit_code_of(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr, flush=True)
    return 1


class BaseProcess:
    """A child process that runs run() (by default target(*args, **kwargs)). The start method is
    the class's `_start_method`, or the program's (multiprocessing.context) when it has none."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        global _counter
        assert group is None, 'group argument must be None for now'
        _counter += 1
        self._identity = _current_process._identity + (_counter,)
        self._target, self._args, self._kwargs = target, tuple(args), dict(kwargs)
        numbering = ':'.join(map(str, self._identity))
        self._name = name or f'{type(self).__name__}-{numbering}'
        self._daemonic = _current_process.daemon if daemon is None else daemon
        # Unknown until started / ended; the creator's pid, since only it may start and join.
        self._pid = self._exitcode = None
        self._parent_pid, self._closed = os.getpid(), False

    def run(self):
        """What the child does: call the target, if there is one (subclasses override this)."""
        target = self._target
        if target:
            target(*self._args, **self._kwargs)

    def start(self):
        from multiprocessing import context, util
        self._check_closed()
        assert self._pid is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current_process.daemon, 'daemonic processes are not allowed to have children'
        if _bootstrapping:
            raise RuntimeError(_BOOTSTRAP_MESSAGE)
        sys.stdout.flush()
        if (self._start_method or context.get_start_method()) == 'spawn':
            main = getattr(sys.modules['__main__'], '__file__', '')
            self._pid = _mp.spawn(main, self)
            _children.add(self)
            return
        pid = _mp.fork()
        if pid == 0:
            self._child_main()
        self._pid = pid
        _children.add(self)

    def _child_main(self):
        global _current_process, _parent_process, _children, _counter
        from multiprocessing import util
        _parent_process = _ParentProcess(_current_process.name, self._parent_pid)
        _current_process = self
        _children = set()
        _counter = 0
        self._pid = os.getpid()
        util._after_fork()
        threading._after_fork()
        code = 1
        try:
            util.info('child process calling self.run()')
            self.run()
            code = 0
        except SystemExit as leaving:
            code = _exit_code_of(leaving)
        except BaseException as failure:
            print(f"Process {self.name}:", file=sys.stderr, flush=True)
            _thread._print_exception(failure)
            code = 1
        finally:
            try:
                threading._shutdown()
                util._exit_function()
                util.info('process exiting with exitcode %d' % code)
            except BaseException:
                pass
        _mp._exit(code)

    def _reap(self, wait):
        """Collects the child's exit status if it has ended (waiting up to `wait` seconds, for
        ever if None)."""
        if self._pid is None or self._exitcode is not None or self is _current_process:
            return
        status = _mp.waitpid(self._pid, wait)
        if status is not None:
            self._exitcode = status
            _children.discard(self)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        self._reap(None if timeout is None else max(timeout, 0))

    def is_alive(self):
        self._check_closed()
        if self._pid is None and self is not _current_process:
            return False
        self._reap(0)
        return self._exitcode is None

    def _signal(self, signum):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            _mp.kill(self._pid, signum)

    def terminate(self):
        """Sends SIGTERM."""
        self._signal(15)

    def kill(self):
        """Sends SIGKILL."""
        self._signal(9)

    def close(self):
        if self._pid is not None and self._exitcode is None:
            self._reap(0)
            if self._exitcode is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def exitcode(self):
        self._check_closed()
        self._reap(0)
        return self._exitcode

    @property
    def pid(self):
        self._check_closed()
        return self._pid

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, flag):
        assert self._pid is None, 'process has already started'
        self._daemonic = flag

    def __repr__(self):
        code = self._exitcode
        if self._pid is None:
            state = 'initial'
        elif code is None:
            state = 'started'
        else:
            state = 'stopped' if code == 0 else f'stopped exitcode={code}'
        if self._daemonic:
            state += ' daemon'
        return f"<{type(self).__name__} name='{self._name}' {state}>"


# True while a spawned child imports the parent's main script (set by gilpy's --mp-spawn).
_bootstrapping = False
_BOOTSTRAP_MESSAGE = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        '''


def _spawn_main(job):
    """The body of a child started by spawn (see gilpy's --mp-spawn): run the Process it was sent."""
    process = _mp.loads(job)
    process._child_main()
