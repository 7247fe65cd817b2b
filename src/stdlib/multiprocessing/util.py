"""multiprocessing.util: the package's logger (get_logger(), log_to_stderr() and the debug/info
helpers the other submodules report through), finalizers run at exit (Finalize: how a Manager
that was never shut down is shut down when the program ends) and _exit_function, which ends a
process as CPython's does: finalizers, daemonic children terminated, the others joined."""

import sys
import threading
from multiprocessing import process

__all__ = ['sub_debug', 'debug', 'info', 'sub_warning', 'get_logger', 'log_to_stderr', 'Finalize',
           'is_exiting']

NOTSET = 0
SUBDEBUG = 5
DEBUG = 10
INFO = 20
SUBWARNING = 25

LOGGER_NAME = 'multiprocessing'
DEFAULT_LOGGING_FORMAT = '[%(levelname)s/%(processName)s] %(message)s'

_logger = None
_log_to_stderr = False


def _reporter(level, name):
    """A function logging at `level` through the package's logger, once there is one (before
    get_logger() is called, reports go nowhere)."""
    def report(msg, *args):
        if _logger:
            _logger.log(level, msg, *args)
    report.__name__ = report.__qualname__ = name
    return report


sub_debug = _reporter(SUBDEBUG, 'sub_debug')
debug = _reporter(DEBUG, 'debug')
info = _reporter(INFO, 'info')
sub_warning = _reporter(SUBWARNING, 'sub_warning')


def get_logger():
    """The logger named 'multiprocessing' (made on first call; it does not propagate)."""
    global _logger
    if not _logger:
        import logging
        made = logging.getLogger(LOGGER_NAME)
        made.propagate = 0
        _logger = made
    return _logger


def log_to_stderr(level=None):
    """Sends the multiprocessing logger's records to stderr, formatted as
    '[LEVEL/ProcessName] message'; sets its level if one is given."""
    global _log_to_stderr
    import logging
    to_stderr = logging.StreamHandler()
    to_stderr.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    target = get_logger()
    target.addHandler(to_stderr)
    if level:
        target.setLevel(level)
    _log_to_stderr = True
    return _logger


# ---------------------------------------------------------------------------- finalizers

# Pending finalizers by (exitpriority, creation number): at exit they run in decreasing order.
_finalizer_registry = {}
_finalizer_counter = 0


class Finalize:
    """Calls callback(*args, **kwargs) once: when called, or at exit if exitpriority is not None
    (higher priorities first, then the most recent first). gilpy runs finalizers only at these
    two moments, not when `obj` is collected."""

    def __init__(self, obj, callback, args=(), kwargs=None, exitpriority=None):
        global _finalizer_counter
        if exitpriority is not None and not isinstance(exitpriority, int):
            raise TypeError(f"Exitpriority ({exitpriority!r}) must be None or int, not {type(exitpriority)}")
        if obj is None and exitpriority is None:
            raise ValueError("Without object, exitpriority cannot be None")
        self._callback, self._args, self._kwargs = callback, args, kwargs or {}
        _finalizer_counter += 1
        self._key = (exitpriority, _finalizer_counter)
        _finalizer_registry[self._key] = self

    def _forget(self):
        """Unregisters; the callback and its arguments, if it was still pending."""
        if _finalizer_registry.pop(self._key, None) is None:
            return None
        pending = (self._callback, self._args, self._kwargs)
        self._callback = self._args = self._kwargs = self._key = None
        return pending

    def __call__(self, wr=None):
        pending = self._forget()
        if pending is None:
            return None
        callback, args, kwargs = pending
        return callback(*args, **kwargs)

    def cancel(self):
        self._forget()

    def still_active(self):
        return self._key in _finalizer_registry

    def __repr__(self):
        if self._key is None:
            return '<Finalize object, dead>'
        call = self._callback
        shown = [f'callback={getattr(call, "__qualname__", getattr(call, "__name__", call))}']
        if self._args:
            shown.append(f'args={self._args}')
        if self._kwargs:
            shown.append(f'kwargs={self._kwargs}')
        priority = self._key[0]
        if priority is not None:
            shown.append(f'exitpriority={priority}')
        return '<Finalize object, ' + ', '.join(shown) + '>'


def _run_finalizers(minpriority=None):
    """Runs the finalizers whose priority is at least `minpriority` (all with a priority if None)."""
    def wanted(key):
        return key[0] is not None and (minpriority is None or key[0] >= minpriority)

    for key in sorted(filter(wanted, list(_finalizer_registry)), reverse=True):
        due = _finalizer_registry.get(key)
        if due is None:
            # Run (or cancelled) by an earlier finalizer.
            continue
        try:
            due()
        except Exception:
            import traceback
            traceback.print_exc()


# ---------------------------------------------------------------------------- temporary directory

_temp_dir = None   # (pid, path): this process's private directory for socket paths


def _remove_tree(path):
    import os
    try:
        names = os.listdir(path)
    except OSError:
        return
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full):
            _remove_tree(full)
        else:
            try:
                os.remove(full)
            except OSError:
                pass
    try:
        os.rmdir(path)
    except OSError:
        pass


def get_temp_dir():
    """A directory only this user may enter, made on first use by this process and removed with
    its contents when the process exits."""
    global _temp_dir
    import os
    import _multiprocessing
    if _temp_dir is None or _temp_dir[0] != os.getpid():
        path = _multiprocessing.private_dir()
        info('created temp directory %s', path)
        Finalize(None, _remove_tree, args=(path,), exitpriority=-100)
        _temp_dir = (os.getpid(), path)
    return _temp_dir[1]


# ---------------------------------------------------------------------------- process life

_exiting = False
_after_fork_hooks = []   # functions run in a new child before its target (the package's own state)


def is_exiting():
    return _exiting


def _after_fork():
    """In a new child: the parent's finalizers are not its own (a child never shuts down the
    parent's managers), and each submodule resets its per-process state."""
    global _exiting
    _finalizer_registry.clear()
    _exiting = False
    for hook in _after_fork_hooks:
        hook()


def _exit_function():
    """At exit (of the main process or a child): finalizers with a priority >= 0 (managers shut
    down, queue feeders flushed), daemonic children terminated, the others joined, then the
    remaining finalizers."""
    global _exiting
    if _exiting:
        return
    _exiting = True
    info('process shutting down')
    debug('running all "atexit" finalizers with priority >= 0')
    _run_finalizers(0)
    children = process.active_children()
    for child in children:
        if child.daemon:
            info('calling terminate() for daemon %s', child.name)
            child.terminate()
    for child in process.active_children():
        info('calling join() for process %s', child.name)
        child.join()
    debug('running the remaining "atexit" finalizers')
    _run_finalizers()
