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
    for p in list(_children):
        p.is_alive()
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
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or (type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity))
        self._daemonic = _current_process.daemon if daemon is None else daemon
        self._pid = None
        self._parent_pid = os.getpid()
        self._exitcode = None
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

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
        except SystemExit as e:
            code = _exit_code_of(e)
        except BaseException as e:
            print(f"Process {self.name}:", file=sys.stderr, flush=True)
            _thread._print_exception(e)
            code = 1
        finally:
            try:
                threading._shutdown()
                util._exit_function()
                util.info('process exiting with exitcode %d' % code)
            except BaseException:
                pass
        _mp._exit(code)

    def _poll(self, timeout):
        if self._pid is None or self._exitcode is not None or self is _current_process:
            return
        code = _mp.waitpid(self._pid, timeout)
        if code is not None:
            self._exitcode = code
            _children.discard(self)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._pid is not None, 'can only join a started process'
        self._poll(None if timeout is None else max(timeout, 0))

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        if self._pid is None:
            return False
        self._poll(0)
        return self._exitcode is None

    def terminate(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            _mp.kill(self._pid, 15)

    def kill(self):
        self._check_closed()
        if self._pid is not None and self._exitcode is None:
            _mp.kill(self._pid, 9)

    def close(self):
        if self._pid is not None and self._exitcode is None:
            self._poll(0)
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
        self._poll(0)
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
    def daemon(self, daemonic):
        assert self._pid is None, 'process has already started'
        self._daemonic = daemonic

    def __repr__(self):
        if self._pid is None:
            status = 'initial'
        elif self._exitcode is None:
            status = 'started'
        elif self._exitcode == 0:
            status = 'stopped'
        else:
            status = f'stopped exitcode={self._exitcode}'
        daemon = ' daemon' if self._daemonic else ''
        return f"<{type(self).__name__} name='{self._name}' {status}{daemon}>"


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
