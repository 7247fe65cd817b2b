"""readline for gilpy: the API of GNU readline's module, kept in Python.

gilpy's REPL does its own line editing and input() reads plain lines, so nothing here edits
lines: the history functions keep a real history list (add_history, get_history_item,
read/write_history_file...), completer and hook settings are stored and returned, and
parse_and_bind / read_init_file accept their input without effect.
"""

import os

_history = []
_history_length = -1
_auto_history = True
_completer = None
_completer_delims = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?'
_startup_hook = None
_pre_input_hook = None
_display_hook = None

_READLINE_VERSION = 0x0801
_READLINE_RUNTIME_VERSION = 0x0801
_READLINE_LIBRARY_VERSION = '8.1'


def parse_and_bind(string):
    """Accepted and ignored: gilpy has no key bindings to change."""
    if not isinstance(string, str):
        raise TypeError("parse_and_bind() argument must be str, not %s" % type(string).__name__)


def read_init_file(filename=None):
    """Accepted and ignored (an unreadable named file still raises OSError)."""
    if filename is not None:
        with open(filename, 'rb'):
            pass


def get_line_buffer():
    return ''


def insert_text(string):
    pass


def redisplay():
    pass


def read_history_file(filename=None):
    """Appends the lines of a history file (default ~/.history) to the history."""
    path = os.path.expanduser(filename if filename is not None else '~/.history')
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        for line in f:
            _history.append(line.rstrip('\n'))


def write_history_file(filename=None):
    """Writes the history (its last history_length entries when that is set) to a file."""
    path = os.path.expanduser(filename if filename is not None else '~/.history')
    kept = _history if _history_length < 0 else _history[len(_history) - _history_length:]
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        for line in kept:
            f.write(line + '\n')


def append_history_file(nelements, filename=None):
    path = os.path.expanduser(filename if filename is not None else '~/.history')
    with open(path, 'a', encoding='utf-8', errors='surrogateescape') as f:
        for line in _history[max(0, len(_history) - nelements):]:
            f.write(line + '\n')


def get_history_length():
    return _history_length


def set_history_length(length):
    global _history_length
    _history_length = length


def clear_history():
    _history.clear()


def get_current_history_length():
    return len(_history)


def get_history_item(index):
    """The entry at 1-based `index`, or None."""
    if 1 <= index <= len(_history):
        return _history[index - 1]
    return None


def remove_history_item(pos):
    if not 0 <= pos < len(_history):
        raise ValueError("No history item at position %d" % pos)
    del _history[pos]


def replace_history_item(pos, line):
    if not 0 <= pos < len(_history):
        raise ValueError("No history item at position %d" % pos)
    _history[pos] = line


def add_history(string):
    _history.append(string)


def set_auto_history(enabled):
    global _auto_history
    _auto_history = bool(enabled)


def set_startup_hook(function=None):
    global _startup_hook
    if function is not None and not callable(function):
        raise TypeError("set_startup_hook(func): argument not callable")
    _startup_hook = function


def set_pre_input_hook(function=None):
    global _pre_input_hook
    if function is not None and not callable(function):
        raise TypeError("set_pre_input_hook(func): argument not callable")
    _pre_input_hook = function


def set_completer(function=None):
    global _completer
    if function is not None and not callable(function):
        raise TypeError("set_completer(func): argument not callable")
    _completer = function


def get_completer():
    return _completer


def get_completion_type():
    return 0


def get_begidx():
    return 0


def get_endidx():
    return 0


def set_completer_delims(string):
    global _completer_delims
    _completer_delims = string


def get_completer_delims():
    return _completer_delims


def set_completion_display_matches_hook(function=None):
    global _display_hook
    if function is not None and not callable(function):
        raise TypeError("set_completion_display_matches_hook(func): argument not callable")
    _display_hook = function
