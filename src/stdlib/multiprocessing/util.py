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


def sub_debug(msg, *args):
    if _logger:
        _logger.log(SUBDEBUG, msg, *args)


def debug(msg, *args):
    if _logger:
        _logger.log(DEBUG, msg, *args)


def info(msg, *args):
    if _logger:
        _logger.log(INFO, msg, *args)


def sub_warning(msg, *args):
    if _logger:
        _logger.log(SUBWARNING, msg, *args)


def get_logger():
    """The logger named 'multiprocessing' (made on first call; it does not propagate)."""
    global _logger
    import logging
    if not _logger:
        _logger = logging.getLogger(LOGGER_NAME)
        _logger.propagate = 0
    return _logger


def log_to_stderr(level=None):
    """Sends the multiprocessing logger's records to stderr, formatted as
    '[LEVEL/ProcessName] message'; sets its level if one is given."""
    global _log_to_stderr
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(DEFAULT_LOGGING_FORMAT))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    _log_to_stderr = True
    return _logger


# ---------------------------------------------------------------------------- finalizers

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
            raise TypeError("Without object, exitpriority cannot be None")
        self._callback = callback
        self._args = args
        self._kwargs = kwargs or {}
        _finalizer_counter += 1
        self._key = (exitpriority, _finalizer_counter)
        _finalizer_registry[self._key] = self

    def __call__(self, wr=None):
        if _finalizer_registry.pop(self._key, None) is None:
            return None
        callback, args, kwargs = self._callback, self._args, self._kwargs
        self._callback = self._args = self._kwargs = self._key = None
        return callback(*args, **kwargs)

    def cancel(self):
        if _finalizer_registry.pop(self._key, None) is not None:
            self._callback = self._args = self._kwargs = self._key = None

    def still_active(self):
        return self._key in _finalizer_registry

    def __repr__(self):
        if self._key is None:
            return '<Finalize object, dead>'
        name = getattr(self._callback, '__qualname__', getattr(self._callback, '__name__', self._callback))
        x = f'<Finalize object, callback={name}'
        if self._args:
            x += ', args=' + str(self._args)
        if self._kwargs:
            x += ', kwargs=' + str(self._kwargs)
        if self._key[0] is not None:
            x += ', exitpriority=' + str(self._key[0])
        return x + '>'


def _run_finalizers(minpriority=None):
    """Runs the finalizers whose priority is at least `minpriority` (all with a priority if None)."""
    def wanted(key):
        return key[0] is not None and (minpriority is None or key[0] >= minpriority)

    keys = sorted((k for k in list(_finalizer_registry) if wanted(k)), reverse=True)
    for key in keys:
        finalizer = _finalizer_registry.get(key)
        if finalizer is None:
            continue
        try:
            finalizer()
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
    for p in process.active_children():
        if p.daemon:
            info('calling terminate() for daemon %s', p.name)
            p.terminate()
    for p in process.active_children():
        info('calling join() for process %s', p.name)
        p.join()
    debug('running the remaining "atexit" finalizers')
    _run_finalizers()
