"""signal: the native _signal module, with signal numbers, handlers and mask operations shown
as IntEnum members (Signals, Handlers, Sigmasks): signal.SIGINT is Signals.SIGINT, and
signal(), getsignal(), pthread_sigmask(), sigpending(), sigwait() and valid_signals() give
members where the number has one."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _is_signal_name(name):
    return name.isupper() and ((name.startswith('SIG') and not name.startswith('SIG_'))
                               or name.startswith('CTRL_'))


_IntEnum._convert_('Signals', __name__, _is_signal_name)
_IntEnum._convert_('Handlers', __name__, lambda name: name in ('SIG_DFL', 'SIG_IGN'))
if hasattr(_signal, 'pthread_sigmask'):
    _IntEnum._convert_('Sigmasks', __name__,
                       lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _as_member(value, kind):
    # The member for an int (the int itself if there is none); anything else unchanged.
    if isinstance(value, int):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def _as_number(value):
    # Members (and ints) as plain ints; handlers (callables) unchanged.
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _like(native):
    # Our wrappers keep the native functions' names and docs.
    def adopt(wrapper):
        wrapper.__name__ = native.__name__
        wrapper.__qualname__ = getattr(native, '__qualname__', native.__name__)
        wrapper.__doc__ = getattr(native, '__doc__', None)
        wrapper.__wrapped__ = native
        return wrapper
    return adopt


@_like(_signal.signal)
def signal(signalnum, handler):
    previous = _signal.signal(_as_number(signalnum), _as_number(handler))
    return _as_member(previous, Handlers)


@_like(_signal.getsignal)
def getsignal(signalnum):
    return _as_member(_signal.getsignal(signalnum), Handlers)


if hasattr(_signal, 'pthread_sigmask'):
    @_like(_signal.pthread_sigmask)
    def pthread_sigmask(how, mask):
        return {_as_member(number, Signals) for number in _signal.pthread_sigmask(how, mask)}

if hasattr(_signal, 'sigpending'):
    @_like(_signal.sigpending)
    def sigpending():
        return {_as_member(number, Signals) for number in _signal.sigpending()}

if hasattr(_signal, 'sigwait'):
    @_like(_signal.sigwait)
    def sigwait(sigset):
        return _as_member(_signal.sigwait(sigset), Signals)

if hasattr(_signal, 'valid_signals'):
    @_like(_signal.valid_signals)
    def valid_signals():
        return {_as_member(number, Signals) for number in _signal.valid_signals()}
