"""logging.handlers for gilpy: handlers beyond the basic three.

Owns the file rotators (by size, by time), the handler that reopens a file moved away,
the buffering handlers (BufferingHandler, MemoryHandler), the queue pair (QueueHandler,
QueueListener), small socket handlers (SocketHandler over TCP, DatagramHandler over UDP)
and SysLogHandler.  Not offered: SMTPHandler, HTTPHandler, NTEventLogHandler.
Written for gilpy from the documented behaviour of CPython 3.11's logging.handlers.
"""

import copy
import io
import logging
import os
import queue
import re
import threading
import time
from stat import ST_DEV, ST_INO, ST_MTIME

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_DAY = 24 * 60 * 60
_MIDNIGHT = _DAY


def _text_encoding(encoding, mode='a'):
    """Binary modes keep `encoding`; text modes name 'locale' when none is given."""
    if 'b' in mode:
        return encoding
    chooser = getattr(io, 'text_encoding', None)
    if chooser is not None:
        return chooser(encoding)
    return 'locale' if encoding is None else encoding


# ==== rotation =================================================================

class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that asks shouldRollover() before each record and calls
    doRollover() when it says so.  `namer` and `rotator` let a program choose the
    names of old files and how they are moved (e.g. compressed)."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        mover = self.rotator
        if callable(mover):
            mover(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None

    def _reopen_unless_delayed(self):
        if not self.delay:
            self.stream = self._open()


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would grow past maxBytes; keeps
    backupCount old ones as NAME.1 (newest) .. NAME.N (oldest)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            # Opening with 'w' would throw away what a previous run wrote.
            mode = 'a'
        BaseRotatingHandler.__init__(self, filename, mode,
                                     encoding=_text_encoding(encoding, mode),
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _numbered(self, n):
        return self.rotation_filename("%s.%d" % (self.baseFilename, n))

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            # Shift NAME.k to NAME.k+1 from the oldest down, dropping the last.
            for n in range(self.backupCount - 1, 0, -1):
                older, newer = self._numbered(n), self._numbered(n + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        self._reopen_unless_delayed()

    def shouldRollover(self, record):
        path = self.baseFilename
        if os.path.exists(path) and not os.path.isfile(path):
            # Devices, pipes and the like are never rotated.
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        line = "%s\n" % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(line) >= self.maxBytes


# when -> (seconds per unit, suffix for strftime, pattern the suffix matches)
_PERIODS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    'D': (_DAY, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'MIDNIGHT': (_DAY, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    'W': (7 * _DAY, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every `interval` units of `when` (S, M, H, D, MIDNIGHT,
    W0-W6 for a weekday), naming old files NAME.<date suffix>."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, 'a',
                                     encoding=_text_encoding(encoding),
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        key = self.when
        if key.startswith('W'):
            if len(key) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 "
                                 "to 6 (0 is Monday): %s" % self.when)
            if not '0' <= key[1] <= '6':
                raise ValueError("Invalid day specified for weekly rollover: %s"
                                 % self.when)
            self.dayOfWeek = int(key[1])
            key = 'W'
        if key not in _PERIODS:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        unit, self.suffix, pattern = _PERIODS[key]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        if os.path.exists(self.baseFilename):
            start = os.stat(self.baseFilename)[ST_MTIME]
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _clock(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def _daily(self):
        return self.when == 'MIDNIGHT' or self.when.startswith('W')

    def computeRollover(self, currentTime):
        """The time of the rollover that follows `currentTime`."""
        if not self._daily():
            return currentTime + self.interval
        now = self._clock(currentTime)
        hour, minute, second, weekday = now[3], now[4], now[5], now[6]
        if self.atTime is None:
            target = _MIDNIGHT
        else:
            at = self.atTime
            target = (at.hour * 60 + at.minute) * 60 + at.second
        wait = target - ((hour * 60 + minute) * 60 + second)
        if wait < 0:
            # Today's moment has passed: the next one is tomorrow.
            wait += _DAY
            weekday = (weekday + 1) % 7
        moment = currentTime + wait
        if not self.when.startswith('W') or weekday == self.dayOfWeek:
            return moment
        days = (self.dayOfWeek - weekday) % 7
        moment += days * _DAY
        if not self.utc:
            moment += _dst_shift(now[-1], time.localtime(moment)[-1])
        return moment

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        path = self.baseFilename
        if os.path.exists(path) and not os.path.isfile(path):
            # Never rotate what is not a regular file; just look again later.
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The oldest rotated files beyond backupCount."""
        folder, base = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(base)
        prefix = stem + '.'
        found = []
        for name in os.listdir(folder):
            if not name.startswith(prefix):
                continue
            if self.namer is None and not name.startswith(base):
                continue
            if any(self.extMatch.match(part) for part in name[len(prefix):].split('.')):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        period_start = self.rolloverAt - self.interval
        stamp = self._clock(period_start)
        if not self.utc and dst_now != stamp[-1]:
            stamp = time.localtime(period_start + (3600 if dst_now else -3600))
        target = self.rotation_filename(
            self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        self._reopen_unless_delayed()
        following = self.computeRollover(now)
        while following <= now:
            following += self.interval
        if self._daily() and not self.utc:
            following += _dst_shift(dst_now, time.localtime(following)[-1])
        self.rolloverAt = following


def _dst_shift(dst_before, dst_after):
    """Seconds to add to a local rollover time when daylight saving changed between."""
    if dst_before == dst_after:
        return 0
    return 3600 if dst_before else -3600


# ==== a file that may be moved away =============================================

class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when the path no longer names the file it has open
    (moved or deleted by a log rotation tool): for use with logrotate & co."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode,
                                     encoding=_text_encoding(encoding, mode),
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if not self.stream:
            return
        if hasattr(os, 'fstat'):
            facts = os.fstat(self.stream.fileno())
        else:
            # No fstat here: the path was opened just now, so it names the same file.
            facts = os.stat(self.baseFilename)
        self.dev, self.ino = facts[ST_DEV], facts[ST_INO]

    def reopenIfNeeded(self):
        try:
            facts = os.stat(self.baseFilename)
        except FileNotFoundError:
            facts = None
        if facts is not None and (facts[ST_DEV], facts[ST_INO]) == (self.dev, self.ino):
            return
        if self.stream is None:
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ==== sockets ===================================================================

class SocketHandler(logging.Handler):
    """Sends each record, pickled and length-prefixed, over TCP; reconnects with
    exponential back-off after a failure.  Needs a pickle module to serialise."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        import socket
        if self.port is None:
            made = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            made.settimeout(timeout)
            try:
                made.connect(self.address)
            except OSError:
                made.close()
                raise
            return made
        return socket.create_connection(self.address, timeout=timeout)

    def createSocket(self):
        now = time.time()
        if self.retryTime is not None and now < self.retryTime:
            return
        try:
            self.sock = self.makeSocket()
            self.retryTime = None
        except OSError:
            if self.retryTime is None:
                self.retryPeriod = self.retryStart
            else:
                self.retryPeriod = min(self.retryPeriod * self.retryFactor, self.retryMax)
            self.retryTime = now + self.retryPeriod

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(s)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        import pickle
        import struct
        fields = dict(record.__dict__)
        if record.exc_info:
            # Tracebacks do not pickle: send the text instead.
            self.format(record)
        fields['msg'] = record.getMessage()
        fields['args'] = None
        fields['exc_info'] = None
        fields.pop('message', None)
        payload = pickle.dumps(fields, 1)
        return struct.pack(">L", len(payload)) + payload

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        with self.lock:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
            logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """SocketHandler over UDP: one datagram per record, no reconnection."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, s):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(s, self.address)


class SysLogHandler(logging.Handler):
    """Sends records to a syslog daemon: over UDP (the default, localhost:514), TCP
    (socktype=socket.SOCK_STREAM) or a Unix socket (address given as a path such as
    '/dev/log').  Each message is '<PRI>' + ident + formatted text (+ a NUL byte)."""

    # Priorities (severities), RFC 3164.
    LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR = 0, 1, 2, 3
    LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG = 4, 5, 6, 7

    # Facilities.
    LOG_KERN, LOG_USER, LOG_MAIL, LOG_DAEMON = 0, 1, 2, 3
    LOG_AUTH, LOG_SYSLOG, LOG_LPR, LOG_NEWS = 4, 5, 6, 7
    LOG_UUCP, LOG_CRON, LOG_AUTHPRIV, LOG_FTP = 8, 9, 10, 11
    LOG_NTP, LOG_SECURITY, LOG_CONSOLE, LOG_SOLCRON = 12, 13, 14, 15
    LOG_LOCAL0, LOG_LOCAL1, LOG_LOCAL2, LOG_LOCAL3 = 16, 17, 18, 19
    LOG_LOCAL4, LOG_LOCAL5, LOG_LOCAL6, LOG_LOCAL7 = 20, 21, 22, 23

    priority_names = {
        "alert": LOG_ALERT, "crit": LOG_CRIT, "critical": LOG_CRIT,
        "debug": LOG_DEBUG, "emerg": LOG_EMERG, "err": LOG_ERR, "error": LOG_ERR,
        "info": LOG_INFO, "notice": LOG_NOTICE, "panic": LOG_EMERG,
        "warn": LOG_WARNING, "warning": LOG_WARNING,
    }
    facility_names = {
        "auth": LOG_AUTH, "authpriv": LOG_AUTHPRIV, "console": LOG_CONSOLE,
        "cron": LOG_CRON, "daemon": LOG_DAEMON, "ftp": LOG_FTP, "kern": LOG_KERN,
        "lpr": LOG_LPR, "mail": LOG_MAIL, "news": LOG_NEWS, "ntp": LOG_NTP,
        "security": LOG_SECURITY, "solaris-cron": LOG_SOLCRON, "syslog": LOG_SYSLOG,
        "user": LOG_USER, "uucp": LOG_UUCP,
        "local0": LOG_LOCAL0, "local1": LOG_LOCAL1, "local2": LOG_LOCAL2,
        "local3": LOG_LOCAL3, "local4": LOG_LOCAL4, "local5": LOG_LOCAL5,
        "local6": LOG_LOCAL6, "local7": LOG_LOCAL7,
    }

    # logging level name -> syslog priority name
    priority_map = {
        "DEBUG": "debug", "INFO": "info", "WARNING": "warning",
        "ERROR": "error", "CRITICAL": "critical",
    }

    ident = ''
    append_nul = True
    _takes_address_tuple = True    # for dictConfig: a list address becomes a tuple

    def __init__(self, address=('localhost', SYSLOG_UDP_PORT), facility=LOG_USER,
                 socktype=None):
        logging.Handler.__init__(self)
        self.address = address
        self.facility = facility
        self.socktype = socktype
        self.socket = None
        self.createSocket()

    def _connect_unixsocket(self, address):
        import socket
        kinds = [self.socktype] if self.socktype is not None else [
            socket.SOCK_DGRAM, socket.SOCK_STREAM]
        for position, kind in enumerate(kinds):
            # Kept even when the connection fails (closed): emit() then retries.
            self.socket = made = socket.socket(socket.AF_UNIX, kind)
            try:
                made.connect(address)
            except OSError:
                made.close()
                if position == len(kinds) - 1:
                    raise
                continue
            self.socktype = kind
            return

    def createSocket(self):
        import socket
        where = self.address
        if isinstance(where, str):
            self.unixsocket = True
            try:
                self._connect_unixsocket(where)
            except OSError:
                # Not fatal: emit() tries again.
                pass
            return
        self.unixsocket = False
        if self.socktype is None:
            self.socktype = socket.SOCK_DGRAM
        host, port = where
        found = socket.getaddrinfo(host, port, 0, self.socktype)
        if not found:
            raise OSError("getaddrinfo returns an empty list")
        problem = None
        for family, kind, proto, _name, target in found:
            made = None
            try:
                made = socket.socket(family, kind, proto)
                if kind == socket.SOCK_STREAM:
                    made.connect(target)
                self.socket = made
                return
            except OSError as failure:
                problem = failure
                if made is not None:
                    made.close()
        raise problem

    def encodePriority(self, facility, priority):
        if isinstance(facility, str):
            facility = self.facility_names[facility]
        if isinstance(priority, str):
            priority = self.priority_names[priority]
        return (facility << 3) | priority

    def mapPriority(self, levelName):
        return self.priority_map.get(levelName, "warning")

    def close(self):
        with self.lock:
            sock, self.socket = self.socket, None
            if sock:
                sock.close()
            logging.Handler.close(self)

    def emit(self, record):
        try:
            text = self.format(record)
            if self.ident:
                text = self.ident + text
            if self.append_nul:
                text += '\000'
            pri = self.encodePriority(self.facility, self.mapPriority(record.levelname))
            payload = ('<%d>' % pri).encode('utf-8') + text.encode('utf-8')
            self._deliver(payload)
        except Exception:
            self.handleError(record)

    def _deliver(self, payload):
        import socket
        if not self.socket:
            self.createSocket()
        if self.unixsocket:
            try:
                self.socket.send(payload)
            except OSError:
                # The daemon may have restarted: connect again, once.
                self.socket.close()
                self._connect_unixsocket(self.address)
                self.socket.send(payload)
        elif self.socktype == socket.SOCK_DGRAM:
            self.socket.sendto(payload, self.address)
        else:
            self.socket.sendall(payload)


# ==== buffering =================================================================

class BufferingHandler(logging.Handler):
    """Keeps records in `buffer` until shouldFlush() says to flush (by default when
    `capacity` records are held); flush() here just empties the buffer."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them all to `target` when the buffer is full or a
    record at `flushLevel` or above arrives (and at close, unless flushOnClose=False)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


# ==== queues ====================================================================

class QueueHandler(logging.Handler):
    """Puts records on a queue (for a QueueListener, maybe in another thread or
    process), after prepare() has made them safe to pass on."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of `record` whose message is already formatted (with any exception
        and stack text), so it carries no arguments or traceback objects."""
        text = self.format(record)
        ready = copy.copy(record)
        ready.__dict__.update(message=text, msg=text, args=None, exc_info=None,
                              exc_text=None, stack_info=None)
        return ready

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue in a thread of its own and passes each to its
    handlers (only those whose level allows it, with respect_handler_level)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        self._thread = worker
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if self.respect_handler_level and record.levelno < handler.level:
                continue
            handler.handle(record)

    def _monitor(self):
        source = self.queue
        done = getattr(source, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                return
            finished = record is self._sentinel
            if not finished:
                self.handle(record)
            if done is not None:
                done()
            if finished:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Let the thread drain what is queued, then wait for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
