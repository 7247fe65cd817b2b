"""faulthandler for gilpy: dumps the Python stacks of the threads on request.

gilpy raises exceptions where CPython would crash, so there is no fatal signal to catch: enable()
validates its file and records the setting; dump_traceback(), dump_traceback_later() and
register() write the stacks in CPython's format, built from sys._current_frames() (the other
threads' stacks as they were when they last let go of the GIL).
"""

import sys
import os
import _thread

_MAX_DEPTH = 100
_state = {'enabled': False, 'file': None, 'all_threads': True}
_signals = {}
_watchdog = {'cancel': None}


def _fd_of(file):
    """The descriptor to write to: an int as it is, else file.fileno() after file.flush()."""
    if file is None:
        file = sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descripter')
        return file
    fd = file.fileno()
    if not isinstance(fd, int) or fd < 0:
        raise RuntimeError('file.fileno() is not a valid file descriptor')
    flush = getattr(file, 'flush', None)
    if flush is not None:
        try:
            flush()
        except Exception:
            pass
    return fd


def _stack_lines(frame):
    lines = []
    depth = 0
    while frame is not None:
        if depth >= _MAX_DEPTH:
            lines.append('  ...\n')
            break
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    return lines


def _thread_header(ident, current):
    return '%s 0x%016x (most recent call first):\n' % ('Current thread' if current else 'Thread', ident)


def _dump(fd, all_threads, own_frame, skip_thread=None):
    me = _thread.get_ident()
    if not all_threads:
        text = 'Stack (most recent call first):\n' + ''.join(_stack_lines(own_frame))
    else:
        parts = []
        for ident, frame in sys._current_frames().items():
            if ident == skip_thread:
                continue
            if ident == me:
                frame = own_frame
                if frame is None:
                    continue
            parts.append(_thread_header(ident, ident == me) + ''.join(_stack_lines(frame)))
        text = '\n'.join(parts)
    os.write(fd, text.encode('utf-8', 'backslashreplace'))


def dump_traceback(file=None, all_threads=True):
    """Writes the stack of the current thread (all_threads=False) or of every thread."""
    fd = _fd_of(file)
    _dump(fd, all_threads, sys._getframe(1))


def enable(file=None, all_threads=True):
    """Records that the handler is on (gilpy has no fatal signals to dump on)."""
    fd = _fd_of(file)
    _state.update(enabled=True, file=fd, all_threads=bool(all_threads))


def disable():
    was = _state['enabled']
    _state['enabled'] = False
    return was


def is_enabled():
    return _state['enabled']


def _format_timeout(timeout):
    whole = int(timeout)
    micros = int(round((timeout - whole) * 1e6))
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    frac = '.%06d' % micros if micros else ''
    return '%d:%02d:%02d%s' % (hours, minutes, seconds, frac)


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """After `timeout` seconds (again every `timeout` if repeat), writes every thread's stack;
    exits the process with status 1 after writing if `exit`."""
    if not isinstance(timeout, (int, float)):
        raise TypeError('timeout must be a number, not %s' % type(timeout).__name__)
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    fd = _fd_of(file)
    cancel_dump_traceback_later()
    stop = _thread.allocate_lock()
    stop.acquire()
    _watchdog['cancel'] = stop
    header = 'Timeout (%s)!\n' % _format_timeout(timeout)

    def watch():
        me = _thread.get_ident()
        while not stop.acquire(True, timeout):
            os.write(fd, header.encode())
            _dump(fd, True, None, skip_thread=me)
            if exit:
                os._exit(1)
            if not repeat:
                return
        stop.release()

    _thread.start_new_thread(watch, ())


def cancel_dump_traceback_later():
    """Cancels the dump dump_traceback_later() scheduled, if any."""
    stop = _watchdog['cancel']
    _watchdog['cancel'] = None
    if stop is not None and stop.locked():
        stop.release()


def register(signum, file=None, all_threads=True, chain=False):
    """On signal `signum`, writes the stack(s) (then calls the previous handler if chain)."""
    import signal
    fd = _fd_of(file)
    if signum in (signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS, signal.SIGILL):
        raise RuntimeError('signal %d cannot be registered, use enable() instead' % signum)

    def handler(sig, frame):
        _dump(fd, all_threads, frame)
        previous = _signals.get(sig, (None, None))[0]
        if chain and callable(previous):
            previous(sig, frame)

    old = signal.signal(signum, handler)
    if signum not in _signals:
        _signals[signum] = (old, handler)
    else:
        _signals[signum] = (_signals[signum][0], handler)


def unregister(signum):
    """Restores the handler `signum` had before register(); returns whether there was one."""
    import signal
    if signum not in _signals:
        return False
    old, _ = _signals.pop(signum)
    signal.signal(signum, old if old is not None else signal.SIG_DFL)
    return True
