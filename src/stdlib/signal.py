"""signal: the native _signal module with its numbers turned into IntEnums, as CPython's
signal.py does (Signals, Handlers, Sigmasks; signal.SIGINT is Signals.SIGINT)."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_globals = globals()


def _convert(enum_name, predicate):
    # What IntEnum._convert_ does: members sorted by value then name (so the first name of a
    # value is the member, later ones aliases), and the module's names replaced by the members.
    members = sorted(((name, value) for name, value in _signal.__dict__.items()
                      if isinstance(name, str) and predicate(name)),
                     key=lambda t: (t[1], t[0]))
    cls = _IntEnum(enum_name, members, module=__name__)
    for name, _ in members:
        _globals[name] = cls[name]
    _globals[enum_name] = cls
    return cls


_convert('Signals', lambda name: name.isupper() and (name.startswith('SIG') and not name.startswith('SIG_'))
         or name.startswith('CTRL_'))
_convert('Handlers', lambda name: name in ('SIG_DFL', 'SIG_IGN'))
_convert('Sigmasks', lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member.
    If it's not a known member, return the value itself.
    """
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value.
    If it's not an IntEnum member return the value itself.
    """
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


for _f in (signal, getsignal, pthread_sigmask, sigpending, valid_signals):
    _f.__doc__ = getattr(_signal, _f.__name__).__doc__
del _globals, _f
