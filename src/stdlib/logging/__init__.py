"""gilpy's logging package: levels, the logger tree, records, formatters, filters and the
basic handlers (stream, file, null, the last-resort one), basicConfig and the module-level
shortcuts.  Written for gilpy from the documented behaviour of CPython 3.11's logging; the
rotating, queue and network handlers live in logging.handlers, dictConfig in logging.config.

Thread safety: one re-entrant module lock (``_lock``) guards the logger tree, the handler
registry and configuration; every Handler owns its own re-entrant lock around ``emit``.
"""

import collections.abc
import io
import os
import re
import sys
import threading
import time
import traceback
import warnings
import weakref
import string

__all__ = [
    'BASIC_FORMAT',
    'BufferingFormatter',
    'CRITICAL',
    'DEBUG',
    'ERROR',
    'FATAL',
    'FileHandler',
    'Filter',
    'Formatter',
    'Handler',
    'INFO',
    'LogRecord',
    'Logger',
    'LoggerAdapter',
    'NOTSET',
    'NullHandler',
    'StreamHandler',
    'WARN',
    'WARNING',
    'addLevelName',
    'basicConfig',
    'captureWarnings',
    'critical',
    'debug',
    'disable',
    'error',
    'exception',
    'fatal',
    'getLevelName',
    'getLevelNamesMapping',
    'getLogRecordFactory',
    'getLogger',
    'getLoggerClass',
    'info',
    'lastResort',
    'log',
    'makeLogRecord',
    'raiseExceptions',
    'setLogRecordFactory',
    'setLoggerClass',
    'shutdown',
    'warn',
    'warning',
]

__author__ = "gilpy"
__status__ = "production"

# ==== Switches a program may flip ====

# When true, errors inside handlers are reported on stderr ("--- Logging error ---");
# when false they are swallowed.
raiseExceptions = True
# Which (slightly costly) facts every LogRecord gathers.
logThreads = True
logMultiprocessing = True
logProcesses = True

# Time the package was loaded: LogRecord.relativeCreated counts from here.
_startTime = time.time()

# ==== Levels ====

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """A fresh copy of the name -> number table."""
    return dict(_nameToLevel)


def getLevelName(level):
    """Name of a numeric level, number of a level name, else 'Level %s'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % (level,)


def addLevelName(level, levelName):
    """Give the numeric `level` the name `levelName` (both directions)."""
    with _lock:
        _levelToName.update({level: levelName})
        _nameToLevel.update({levelName: level})


def _as_level(level):
    """Turn a level given as number or registered name into its number."""
    if isinstance(level, int):
        return level
    if str(level) == level:
        try:
            return _nameToLevel[level]
        except KeyError:
            raise ValueError("Unknown level: %r" % level) from None
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


_checkLevel = _as_level   # the name other code knows it by


# ==== The module lock, and keeping locks usable in a forked child ====

_lock = threading.RLock()  # guards the tree, the handler registry and configuration


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


# Handlers whose lock must be renewed in a child process after fork().
_forkable_handlers = weakref.WeakSet()


def _renew_locks_in_child():
    global _lock
    _lock = type(_lock)()
    for handler in list(_forkable_handlers):
        handler._at_fork_reinit()


if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_acquireLock,
                        after_in_child=_renew_locks_in_child,
                        after_in_parent=_releaseLock)

# ==== Finding the caller: frames of this file are skipped ====


def currentframe():
    return sys._getframe(1)


def _own_filename():
    return os.path.normcase(_own_filename.__code__.co_filename)


_srcfile = _own_filename()


_internal_files = {}   # co_filename -> is it logging's own (or the import machinery)?


def _is_internal_frame(frame):
    raw = frame.f_code.co_filename
    verdict = _internal_files.get(raw)
    if verdict is None:
        name = os.path.normcase(raw)
        verdict = name == _srcfile or ('importlib' in name and '_bootstrap' in name)
        _internal_files[raw] = verdict
    return verdict


def _render_stack(frame):
    buf = io.StringIO()
    buf.write('Stack (most recent call last):\n')
    traceback.print_stack(frame, file=buf)
    text = buf.getvalue()
    if text.endswith('\n'):
        text = text[:-1]
    return text


# ==== LogRecord ====

_path_parts = {}   # pathname -> (filename, module): a program logs from few files


def _file_and_module(pathname):
    """('file.py', 'file') for '/dir/file.py'; odd path objects give 'Unknown module'."""
    if type(pathname) is str:
        known = _path_parts.get(pathname)
        if known is not None:
            return known
    try:
        base = os.path.basename(pathname)
        parts = base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"
    if type(pathname) is str:
        if len(_path_parts) > 1000:
            _path_parts.clear()
        _path_parts[pathname] = parts
    return parts


def _thread_facts():
    if not logThreads:
        return None, None
    return threading.get_ident(), threading.current_thread().name


def _process_name():
    # Only asks multiprocessing when the program has imported it.
    mp = sys.modules.get('multiprocessing')
    if mp is None:
        return 'MainProcess'
    try:
        return mp.current_process().name
    except Exception:
        return 'MainProcess'


# Exact types that are never mappings: spares the (slow) Mapping ABC check for the usual
# single argument of a logging call.
_PLAIN_VALUES = frozenset([int, float, str, bytes, bool, tuple, list, type(None)])


class LogRecord:
    """One logged event: the message, its arguments and where and when it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # logger.info('%(a)s', {'a': 1}): a lone non-empty mapping is the argument mapping.
        if args and len(args) == 1:
            only = args[0]
            if type(only) not in _PLAIN_VALUES and only and (
                    isinstance(only, dict) or isinstance(only, collections.abc.Mapping)):
                args = only
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        self.thread, self.threadName = _thread_facts()
        self.processName = _process_name() if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, 'getpid') else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in by %-formatting."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_record_factory = [LogRecord]   # one slot: the callable that makes records


def setLogRecordFactory(factory):
    """Make records with `factory` (same arguments as LogRecord) from now on."""
    _record_factory[0] = factory


def getLogRecordFactory():
    return _record_factory[0]


def makeLogRecord(dict):
    """A record whose attributes come from `dict` (e.g. one sent over a socket)."""
    record = _record_factory[0](None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ==== Format styles: %, {} and $ ====

_field_parser = string.Formatter()


class PercentStyle:
    """'%(name)s' templates."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(
        r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """'{name}' templates, filled by str.format."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(
        r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def _check_pieces(self):
        named = set()
        for _literal, field, spec, conversion in _field_parser.parse(self._fmt):
            if field:
                if self.field_spec.match(field) is None:
                    raise ValueError('invalid field name/expression: %r' % field)
                named.add(field)
            if conversion and conversion not in 'rsa':
                raise ValueError('invalid conversion: %r' % conversion)
            if spec and self.fmt_spec.match(spec) is None:
                raise ValueError('bad specifier: %r' % spec)
        return named

    def validate(self):
        try:
            named = self._check_pieces()
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not named:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """'$name' / '${name}' templates, filled by string.Template."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        named = set()
        for found in string.Template.pattern.finditer(self._fmt):
            groups = found.groupdict()
            name = groups['named'] or groups['braced']
            if name:
                named.add(name)
            elif found.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_error():
    return ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))


# ==== Formatters ====

# gilpy's time.localtime/gmtime are Python functions, which a class attribute would
# bind as methods; CPython's are builtins that stay plain.  These keep them plain.
_PLAIN_CONVERTERS = (time.localtime, time.gmtime)
_last_stamp = (None, None)   # ((converter, second, pattern), text) for Formatter._stamp


class Formatter:
    """Turns a LogRecord into text, by a template in one of the three styles."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise _style_error()
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def _stamp(self, seconds, pattern):
        """strftime(pattern, converter(seconds)); for the standard converters the text
        of the latest whole second is remembered (records come in bursts)."""
        global _last_stamp
        convert = self.converter
        plain = getattr(convert, '__func__', convert)
        if plain not in _PLAIN_CONVERTERS:
            return time.strftime(pattern, convert(seconds))
        if seconds < 0:
            return time.strftime(pattern, plain(seconds))
        key = (plain, int(seconds), pattern)
        last = _last_stamp
        if last[0] == key:
            return last[1]
        text = time.strftime(pattern, plain(seconds))
        _last_stamp = (key, text)
        return text

    def formatTime(self, record, datefmt=None):
        if datefmt:
            return self._stamp(record.created, datefmt)
        text = self._stamp(record.created, self.default_time_format)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        buf = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buf)
        text = buf.getvalue()
        buf.close()
        if text.endswith("\n"):
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            # Cached on the record: later formatters reuse it.
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _on_new_line(text, record.exc_text)
        if record.stack_info:
            text = _on_new_line(text, self.formatStack(record.stack_info))
        return text


def _on_new_line(text, more):
    if not text.endswith("\n"):
        text += "\n"
    return text + more


_plain_formatter = Formatter()
_defaultFormatter = _plain_formatter


class BufferingFormatter:
    """Formats a batch of records: header, each record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _plain_formatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        pieces = [self.formatHeader(records)]
        pieces.extend(self.linefmt.format(r) for r in records)
        pieces.append(self.formatFooter(records))
        return "".join(pieces)


# ==== Filters ====

class Filter:
    """Passes records from the logger named `name` and its descendants."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or record.name == self.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen:self.nlen + 1] == '.'


class Filterer:
    """Something that holds a list of filters (objects with .filter, or callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        try:
            self.filters.remove(filter)
        except ValueError:
            pass

    def filter(self, record):
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
        return True


# ==== Handler registry ====

_handlers = weakref.WeakValueDictionary()   # name -> handler, for dictConfig
_handler_refs = []                          # weak refs, oldest first, for shutdown()
_handlerList = _handler_refs


def _removeHandlerRef(ref):
    # Called by the weakref machinery; the module may be half torn down at exit.
    lock, handler_list = _lock, _handler_refs
    if lock and handler_list is not None:
        with lock:
            try:
                handler_list.remove(ref)
            except ValueError:
                pass


def _addHandlerRef(handler):
    with _lock:
        _handler_refs.append(weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """Base of all handlers: a level, a formatter, filters and a lock around emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _as_level(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()
        _forkable_handlers.add(self)

    def _at_fork_reinit(self):
        # The parent's lock may have been held by a thread that does not exist here.
        self.createLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _as_level(level)

    def format(self, record):
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Report an exception raised while emitting `record` on stderr."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, value, tb = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, value, tb, None, err)
            err.write('Call stack:\n')
            frame = tb.tb_frame if tb is not None else None
            while frame is not None and _in_logging_package(frame):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            del kind, value, tb

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


def _in_logging_package(frame):
    name = os.path.normcase(frame.f_code.co_filename)
    if not os.path.isabs(_srcfile):
        # Embedded in the interpreter: the package's files are named '<frozen logging...>'.
        return name.startswith(_srcfile.rstrip('>'))
    return os.path.dirname(name) == os.path.dirname(_srcfile)


def _generic_alias():
    try:
        from types import GenericAlias
        return classmethod(GenericAlias)
    except ImportError:
        return classmethod(lambda cls, item: cls)


class StreamHandler(Handler):
    """Writes each formatted record plus `terminator` to a stream (stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            flusher = getattr(self.stream, "flush", None) if self.stream else None
            if flusher is not None:
                flusher()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to `stream`; return the old one (None when it is the same)."""
        if stream is self.stream:
            return None
        previous = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, label, getLevelName(self.level))

    __class_getitem__ = _generic_alias()


def _text_encoding(encoding):
    """What io.text_encoding() answers: the encoding, or 'locale' when none is given."""
    chooser = getattr(io, 'text_encoding', None)
    if chooser is not None:
        return chooser(encoding)
    return 'locale' if encoding is None else encoding


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at once, or at the first record with delay)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if 'b' in mode else _text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        # Kept so close() at interpreter exit still has an open() to call.
        self._builtin_open = open
        super().__init__(None if delay else self._open())
        if delay:
            self.stream = None

    def _open(self):
        # 'locale' means the default text encoding, which is what open() picks for None.
        encoding = None if self.encoding == 'locale' else self.encoding
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=encoding, errors=self.errors)

    def close(self):
        with self.lock:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                super().close()

    def emit(self, record):
        if self.stream is None:
            # A handler closed after opening with mode 'w' must not truncate the file again.
            if not (self.mode == 'w' and self._closed):
                self.stream = self._open()
        if self.stream:
            super().emit(record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
# Used when a record finds no handler at all on its way up the tree.
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing: for libraries that log but leave output to the application."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ==== The logger tree ====

class PlaceHolder:
    """Stands in the tree for a dotted name not yet asked for, remembering its children."""

    def __init__(self, alogger):
        self.loggerMap = dict.fromkeys([alogger])

    def append(self, alogger):
        self.loggerMap.setdefault(alogger)


def setLoggerClass(klass):
    """The class getLogger() instantiates from now on (a Logger subclass)."""
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Owns the tree of named loggers below one root."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _as_level(value)

    def _new_logger(self, name):
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        return made

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, PlaceHolder):
                made = self._new_logger(name)
                self._adopt_children(existing, made)
                self._link_to_parent(made)
                return made
            if existing is not None:
                return existing
            made = self._new_logger(name)
            self._link_to_parent(made)
            return made

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_to_parent(self, alogger):
        """Find the nearest existing ancestor; mark the missing ones with placeholders."""
        name = alogger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and parent is None:
            prefix = name[:cut]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            cut = name.rfind(".", 0, cut - 1)
        alogger.parent = parent if parent is not None else self.root

    def _adopt_children(self, placeholder, alogger):
        """A placeholder became a real logger: slot it between its children and their parent."""
        name = alogger.name
        for child in placeholder.loggerMap.keys():
            if not child.parent.name.startswith(name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._enabled_for.clear()
            self.root._enabled_for.clear()


_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)", None)


def _exception_triple(exc_info):
    """exc_info as given to a logging call -> (type, value, traceback), or as it was."""
    if not exc_info:
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


class Logger(Filterer):
    """A named channel: checks the level, builds LogRecords and passes them up the tree."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _as_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._enabled_for = {}

    def setLevel(self, level):
        self.level = _as_level(level)
        self.manager._clear_cache()

    # -- the logging calls: debug, info, warning, error, critical (made below) --

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """error() with the exception being handled attached."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    # -- building records ----------------------------------------------------

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the `stacklevel`-th caller outside logging."""
        frame = currentframe()
        if frame is None:
            return _UNKNOWN_CALLER
        remaining = stacklevel
        while remaining > 0:
            outer = frame.f_back
            if outer is None:
                break
            frame = outer
            if not _is_internal_frame(frame):
                remaining -= 1
        code = frame.f_code
        sinfo = _render_stack(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory[0](name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        where = _UNKNOWN_CALLER
        if _srcfile:
            try:
                where = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass
        path, line, function, stack = where
        self.handle(self.makeRecord(self.name, level, path, line, msg, args,
                                    _exception_triple(exc_info), function, extra, stack))

    # -- dispatch -------------------------------------------------------------

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            try:
                self.handlers.remove(hdlr)
            except ValueError:
                pass

    def hasHandlers(self):
        node = self
        while node:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        seen = 0
        node = self
        while node:
            for handler in node.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            node = node.parent if node.propagate else None
        if not seen:
            self._nobody_listened(record)

    def _nobody_listened(self, record):
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
            return
        tree = self.manager
        if raiseExceptions and not tree.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            tree.emittedNoHandlerWarning = True

    # -- levels ---------------------------------------------------------------

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._enabled_for[level]
        except KeyError:
            pass
        with _lock:
            answer = level > self.manager.disable and level >= self.getEffectiveLevel()
            self._enabled_for[level] = answer
        return answer

    def getChild(self, suffix):
        if self is not self.root:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The top of the tree, named 'root'."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger to add context (`extra`) to every call; override process() to change how."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        text, options = self.process(msg, kwargs)
        self.logger.log(level, text, *args, **options)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (self.__class__.__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = _generic_alias()


def _level_methods(level, name):
    """Logger.<name> and LoggerAdapter.<name>: log `msg % args` at one fixed level."""
    def on_logger(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def on_adapter(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)

    for owner, method in ((Logger, on_logger), (LoggerAdapter, on_adapter)):
        method.__name__ = name
        method.__qualname__ = owner.__name__ + '.' + name
        method.__doc__ = "Log `msg %% args` at level %s." % _levelToName[level]
        setattr(owner, name, method)


for _level, _method in ((DEBUG, 'debug'), (INFO, 'info'), (WARNING, 'warning'),
                        (ERROR, 'error'), (CRITICAL, 'critical')):
    _level_methods(_level, _method)
del _level, _method

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ==== Configuration in one call, and the module-level shortcuts ====

def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it already has handlers
    (or force=True asks to replace them).  See the keyword list in the documentation."""
    with _lock:
        _configure_root(dict(kwargs))


def _configure_root(options):
    take = options.pop
    encoding = take('encoding', None)
    errors = take('errors', 'backslashreplace')
    if take('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = take("handlers", None)
    gives_stream, gives_file = "stream" in options, "filename" in options
    if handlers is None and gives_stream and gives_file:
        raise ValueError("'stream' and 'filename' should not be "
                         "specified together")
    if handlers is not None and (gives_stream or gives_file):
        raise ValueError("'stream' or 'filename' should not be "
                         "specified together with 'handlers'")
    if handlers is None:
        filename = take("filename", None)
        mode = take("filemode", 'a')
        if not filename:
            handlers = [StreamHandler(take("stream", None))]
        elif 'b' in mode:
            handlers = [FileHandler(filename, mode, encoding=encoding, errors=None)]
        else:
            handlers = [FileHandler(filename, mode, encoding=_text_encoding(encoding),
                                    errors=errors)]
    datefmt = take("datefmt", None)
    style = take("style", '%')
    if style not in _STYLES:
        raise _style_error()
    shared = Formatter(take("format", _STYLES[style][1]), datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(shared)
        root.addHandler(handler)
    level = take("level", None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    """The logger called `name` (made on first use); the root logger for no name."""
    if not name or name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _root_ready():
    if not root.handlers:
        basicConfig()


def log(level, msg, *args, **kwargs):
    """Log on the root logger, giving it a stderr handler first if it has none."""
    _root_ready()
    root.log(level, msg, *args, **kwargs)


def _shortcut(level, name):
    def shortcut(msg, *args, **kwargs):
        _root_ready()
        root.log(level, msg, *args, **kwargs)
    shortcut.__name__ = shortcut.__qualname__ = name
    shortcut.__doc__ = "Log at %s on the root logger (see log())." % _levelToName[level]
    return shortcut


debug = _shortcut(DEBUG, 'debug')
info = _shortcut(INFO, 'info')
warning = _shortcut(WARNING, 'warning')
error = _shortcut(ERROR, 'error')
critical = _shortcut(CRITICAL, 'critical')


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at `level` or below, whatever the loggers say."""
    tree = Logger.manager
    tree.disable = level
    tree._clear_cache()


def shutdown(handlerList=_handler_refs):
    """Flush and close every handler still alive, newest first (run at exit)."""
    for ref in reversed(handlerList[:]):
        try:
            handler = ref()
            if handler:
                try:
                    handler.acquire()
                    handler.flush()
                    handler.close()
                except (OSError, ValueError):
                    # The stream may already be gone at interpreter exit.
                    pass
                finally:
                    handler.release()
        except:  # noqa: E722
            if raiseExceptions:
                raise


import atexit  # noqa: E402
atexit.register(shutdown)


# ==== Routing the warnings module through logging ====

_saved_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        # Warnings written to an explicit file keep their old route.
        original = _saved_showwarning
        if original is not None:
            original(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning(text)


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True) or back to stderr (False)."""
    global _saved_showwarning
    capturing = _saved_showwarning is not None
    if capture and not capturing:
        _saved_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif capturing and not capture:
        warnings.showwarning, _saved_showwarning = _saved_showwarning, None
