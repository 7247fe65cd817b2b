"""logging.handlers as CPython 3.11's, for the handlers that need no network: files rotated by
size (RotatingFileHandler) or by time (TimedRotatingFileHandler), WatchedFileHandler, the
buffering handlers (BufferingHandler, MemoryHandler) and the queue pair (QueueHandler,
QueueListener) that lets threads log without waiting for slow handlers.

Not provided: SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler, NTEventLogHandler,
HTTPHandler (gilpy has no socket module yet).
"""

import io
import os
import time
import copy
import queue
import threading
import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60

# Indexes into os.stat's tuple form.
_ST_INO = 1
_ST_DEV = 2
_ST_MTIME = 8


def _stream_end(stream, path):
    """The size of a file being appended to: its stream's end, or the file's size once the
    stream is flushed."""
    if hasattr(stream, 'seek') and hasattr(stream, 'tell'):
        stream.seek(0, 2)
        return stream.tell()
    stream.flush()
    return os.path.getsize(path)


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that may roll the file over before writing a record: shouldRollover
    decides, doRollover renames. `namer` and `rotator` (callables) may replace the naming and
    the renaming."""

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
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the next record would take the file to maxBytes: app.log becomes
    app.log.1, app.log.1 becomes app.log.2 ..., keeping backupCount old files."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        # Rotation appends: 'w' would empty the file at every start.
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode:
            encoding = logging._text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                sfn = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                dfn = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(sfn):
                    if os.path.exists(dfn):
                        os.remove(dfn)
                    os.rename(sfn, dfn)
            dfn = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(dfn):
                os.remove(dfn)
            self.rotate(self.baseFilename, dfn)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # Something that is not a regular file (a device, a pipe) never rolls over.
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            msg = "%s\n" % self.format(record)
            if _stream_end(self.stream, self.baseFilename) + len(msg) >= self.maxBytes:
                return True
        return False


def _matches_suffix(text, suffix_format):
    """Whether text is a date written with suffix_format (digits where the format has fields),
    optionally followed by '.' and a word (a namer's or a compressor's extension)."""
    shape = suffix_format.replace('%Y', '####').replace('%m', '##').replace('%d', '##')
    shape = shape.replace('%H', '##').replace('%M', '##').replace('%S', '##')
    if len(text) < len(shape):
        return False
    for c, s in zip(text, shape):
        if s == '#':
            if not ('0' <= c <= '9'):
                return False
        elif c != s:
            return False
    rest = text[len(shape):]
    if not rest:
        return True
    return rest[0] == '.' and len(rest) > 1 and all(c < '\x80' and (c.isalnum() or c == '_') for c in rest[1:])


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at times: every `interval` seconds ('S'), minutes ('M'), hours ('H'), days
    ('D'), at midnight ('MIDNIGHT', or at `atTime`) or on a weekday ('W0' Monday ... 'W6').
    The old file gets the date of its period as a suffix; backupCount old files are kept."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None, errors=None):
        encoding = logging._text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if self.when == 'S':
            self.interval = 1
            self.suffix = "%Y-%m-%d_%H-%M-%S"
        elif self.when == 'M':
            self.interval = 60
            self.suffix = "%Y-%m-%d_%H-%M"
        elif self.when == 'H':
            self.interval = 60 * 60
            self.suffix = "%Y-%m-%d_%H"
        elif self.when == 'D' or self.when == 'MIDNIGHT':
            self.interval = 60 * 60 * 24
            self.suffix = "%Y-%m-%d"
        elif self.when.startswith('W'):
            self.interval = 60 * 60 * 24 * 7
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): %s" % self.when)
            if self.when[1] < '0' or self.when[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            self.suffix = "%Y-%m-%d"
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.interval = self.interval * interval
        filename = self.baseFilename
        if os.path.exists(filename):
            t = int(os.stat(filename)[_ST_MTIME])
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _time_tuple(self, t):
        if self.utc:
            return time.gmtime(t)
        return time.localtime(t)

    def computeRollover(self, currentTime):
        """When the period that contains currentTime ends."""
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = self._time_tuple(currentTime)
            currentHour = t[3]
            currentMinute = t[4]
            currentSecond = t[5]
            currentDay = t[6]
            if self.atTime is None:
                rotate_ts = _MIDNIGHT
            else:
                rotate_ts = ((self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second)
            r = rotate_ts - ((currentHour * 60 + currentMinute) * 60 + currentSecond)
            if r < 0:
                # Today's rotation time has passed: tomorrow's.
                r += _MIDNIGHT
                currentDay = (currentDay + 1) % 7
            result = currentTime + r
            if self.when.startswith('W'):
                day = currentDay
                if day != self.dayOfWeek:
                    if day < self.dayOfWeek:
                        daysToWait = self.dayOfWeek - day
                    else:
                        daysToWait = 6 - day + self.dayOfWeek + 1
                    newRolloverAt = result + (daysToWait * (60 * 60 * 24))
                    if not self.utc:
                        dstNow = t[-1]
                        dstAtRollover = time.localtime(newRolloverAt)[-1]
                        if dstNow != dstAtRollover:
                            if not dstNow:
                                newRolloverAt -= 3600
                            else:
                                newRolloverAt += 3600
                    result = newRolloverAt
        return result

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The oldest rolled-over files beyond backupCount."""
        dirName, baseName = os.path.split(self.baseFilename)
        fileNames = os.listdir(dirName)
        result = []
        if self.namer is None:
            prefix = baseName + '.'
            plen = len(prefix)
            for fileName in fileNames:
                if fileName[:plen] == prefix:
                    if _matches_suffix(fileName[plen:], self.suffix):
                        result.append(os.path.join(dirName, fileName))
        else:
            # A namer may put the date anywhere: look for it after any '.' of the names
            # that start with the base name's stem.
            stem = os.path.splitext(baseName)[0]
            for fileName in fileNames:
                if not fileName.startswith(stem) or fileName == baseName:
                    continue
                for i in range(len(fileName)):
                    if fileName[i] in '._' and _matches_suffix(fileName[i + 1:i + 1 + len(time.strftime(self.suffix, time.gmtime(0)))], self.suffix):
                        result.append(os.path.join(dirName, fileName))
                        break
        if len(result) < self.backupCount:
            return []
        result.sort()
        return result[:len(result) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        currentTime = int(time.time())
        t = self.rolloverAt - self.interval
        if self.utc:
            timeTuple = time.gmtime(t)
        else:
            timeTuple = time.localtime(t)
            dstNow = time.localtime(currentTime)[-1]
            dstThen = timeTuple[-1]
            if dstNow != dstThen:
                addend = 3600 if dstNow else -3600
                timeTuple = time.localtime(t + addend)
        dfn = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, timeTuple))
        if os.path.exists(dfn):
            os.remove(dfn)
        self.rotate(self.baseFilename, dfn)
        if self.backupCount > 0:
            for s in self.getFilesToDelete():
                os.remove(s)
        if not self.delay:
            self.stream = self._open()
        newRolloverAt = self.computeRollover(currentTime)
        while newRolloverAt <= currentTime:
            newRolloverAt = newRolloverAt + self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            dstAtRollover = time.localtime(newRolloverAt)[-1]
            dstNow = time.localtime(currentTime)[-1]
            if dstNow != dstAtRollover:
                if not dstNow:
                    newRolloverAt -= 3600
                else:
                    newRolloverAt += 3600
        self.rolloverAt = newRolloverAt


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when the file was moved or deleted (by logrotate)
    since the last record: it compares the path's device and inode with its stream's."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = logging._text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            sres = os.stat(self.baseFilename)
            self.dev, self.ino = sres[_ST_DEV], sres[_ST_INO]

    def reopenIfNeeded(self):
        try:
            sres = os.stat(self.baseFilename)
        except FileNotFoundError:
            sres = None
        if not sres or sres[_ST_DEV] != self.dev or sres[_ST_INO] != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a buffer; flush() (here: empties it) when shouldFlush says so."""

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
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full or a record at
    flushLevel or above arrives (and at close, if flushOnClose)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts records on a queue (without blocking), formatted and stripped of what may not
    travel: the message is merged with its arguments, the exception and stack become text."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        # A copy: other handlers of the same record must still see the original.
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        # The stack is in the formatted message already.
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """A thread that takes records off a queue and passes them to handlers, until stop()."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level:
                process = True
            else:
                process = record.levelno >= handler.level
            if process:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if has_task_done:
                        q.task_done()
                    break
                self.handle(record)
                if has_task_done:
                    q.task_done()
            except queue.Empty:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """Tells the thread to finish the records queued so far, and waits for it."""
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
