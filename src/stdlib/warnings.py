"""Warning control, as CPython 3.11's `warnings`: the filters (a list of
(action, message pattern, category, module pattern, lineno) tuples, newest first),
filterwarnings/simplefilter/resetwarnings, how a warning is shown (showwarning, formatwarning,
both replaceable), and catch_warnings. warn() and warn_explicit() are the native ones
(src/modules/warnings.rs), which read this module's filters, defaultaction, onceregistry and
_showwarnmsg each time, so rebinding them here takes effect."""

import sys

from _warnings import filters, warn, warn_explicit, _filters_mutated
from _warnings import _defaultaction as defaultaction, _onceregistry as onceregistry

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class WarningMessage:
    """One warning as showwarning receives it; catch_warnings(record=True) collects these."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _render(msg):
    """The standard text of a warning: `file:line: Category: message`, then the source line."""
    category = msg.category.__name__
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def _write(msg):
    """Writes a warning to its file (sys.stderr by default); a closed or broken file is
    ignored, as CPython does."""
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    try:
        file.write(_formatwarnmsg(msg))
    except OSError:
        pass


# What shows a warning when showwarning has not been replaced: catch_warnings(record=True)
# swaps this for a list's append.
_showwarnmsg_impl = _write


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """How the native warn() shows a warning: through a replaced showwarning if the program
    replaced it, else the current implementation."""
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    """The text of a warning: through a replaced formatwarning if there is one."""
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _render(msg)


def _check_filter_args(action, category, lineno):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def _insert(entry, append):
    """Puts a filter first (or last with append), dropping an equal one already there."""
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front): `message` is a regular
    expression matched case-insensitively at the start of the warning text, `module` one matched
    against the module name."""
    assert isinstance(message, str), "message must be a string"
    assert isinstance(module, str), "module must be a string"
    _check_filter_args(action, category, lineno)
    if message or module:
        import re
    message_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _insert((action, message_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front): every message,
    every module."""
    _check_filter_args(action, category, lineno)
    _insert((action, None, category, None, lineno), append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class catch_warnings:
    """A context manager that saves the warnings filters and showwarning on entry and puts them
    back on exit; with record=True it collects the warnings shown inside into a list (returned
    by __enter__) instead of printing them. action/category/lineno/append (3.11) apply a
    simplefilter for the block."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = target.filters[:]
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}",
                *, remove, _version=sys.version_info):
    """Warn that `name` is deprecated (CPython's internal helper, used by some modules)."""
    remove_formatted = "%s.%s" % remove[:2]
    if (_version[:2] > remove[:2]) or (_version[:2] == remove[:2] and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha" % (name, remove_formatted))
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)
