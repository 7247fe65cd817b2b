"""mailbox: reading and changing mailboxes in the mbox, Maildir and MH formats, and the
Message subclasses that carry each format's state (Maildir's subdir/flags/date, mbox's From_
line and Status flags, MH's sequences), converted between formats as python3 converts them.

MMDF (mbox's format between ^A^A^A^A lines) and Babyl (Rmail's labelled format) are
provided too. gilpy has no fcntl: an mbox is locked with a dot-lock file only.
"""

import calendar
import copy
import email
import email.generator
import email.message
import errno
import io
import os
import socket
import time
from types import GenericAlias

__all__ = ['Mailbox', 'Maildir', 'mbox', 'MH', 'Babyl', 'MMDF', 'Message', 'MaildirMessage',
           'mboxMessage', 'MHMessage', 'BabylMessage', 'MMDFMessage', 'Error', 'NoSuchMailboxError', 'NotEmptyError', 'ExternalClashError',
           'FormatError']

linesep = os.linesep.encode('ascii')


class Error(Exception):
    """The base of the errors this module raises."""


class NoSuchMailboxError(Error):
    """The mailbox is not there and was not to be created."""


class NotEmptyError(Error):
    """A folder to delete still holds messages or folders."""


class ExternalClashError(Error):
    """Something outside this program got in the way (a name clash, a lock, a size change)."""


class FormatError(Error):
    """A file of the mailbox does not read as its format says."""


# ------------------------------------------------------------------ file helpers


_EXCLUSIVE = os.O_CREAT | os.O_EXCL | os.O_RDWR


def _new_file(path):
    """Creates path exclusively and opens it for reading and writing bytes."""
    fd = os.open(path, _EXCLUSIVE, 0o666)
    try:
        return open(path, 'rb+')
    finally:
        os.close(fd)


def _new_temp_file(path):
    return _new_file('%s.%s.%s.%s' % (path, int(time.time()), socket.gethostname(),
                                              os.getpid()))


def _flush_synced(f):
    f.flush()
    if hasattr(os, 'fsync'):
        os.fsync(f.fileno())


def _close_synced(f):
    _flush_synced(f)
    f.close()


def _dot_lock(path):
    """Takes the `path.lock` file (an ExternalClashError when another holder has it)."""
    pre = _new_temp_file(path)
    pre.close()
    try:
        os.link(pre.name, path + '.lock')
    except FileExistsError:
        os.remove(pre.name)
        raise ExternalClashError('dot lock unavailable: %s' % path) from None
    os.remove(pre.name)


def _dot_unlock(path):
    if os.path.exists(path + '.lock'):
        os.remove(path + '.lock')


class _ProxyFile:
    """A read-only file over an open message file; closing it closes that file."""

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, f):
        self._fh = f

    def read(self, size=-1):
        return self._fh.read(-1 if size is None else size)

    read1 = read

    def readline(self, size=-1):
        return self._fh.readline(-1 if size is None else size)

    def readlines(self, hint=-1):
        return self._fh.readlines(-1 if hint is None else hint)

    def __iter__(self):
        return iter(self.readline, b'')

    def tell(self):
        return self._fh.tell()

    def seek(self, pos, whence=0):
        return self._fh.seek(pos, whence)

    def close(self):
        self._fh.close()

    def readable(self):
        return True

    def seekable(self):
        return True

    def writable(self):
        return False

    def flush(self):
        return None

    @property
    def closed(self):
        return self._fh.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PartialFile(_ProxyFile):
    """A read-only file over bytes first..last of an open file (one message of an mbox);
    closing it leaves the mailbox's file open."""

    def __init__(self, f, first, last):
        super().__init__(f)
        self._first, self._last = first, last
        f.seek(first)

    def _room(self, size):
        room = max(0, self._last - self._fh.tell())
        if size is None or size < 0:
            return room
        return min(size, room)

    def read(self, size=-1):
        return self._fh.read(self._room(size))

    read1 = read

    def readline(self, size=-1):
        room = self._room(size)
        return self._fh.readline(room) if room else b''

    def readlines(self, hint=-1):
        return list(self)

    def tell(self):
        return self._fh.tell() - self._first

    def seek(self, pos, whence=0):
        base = {0: self._first, 1: self._fh.tell(), 2: self._last}[whence]
        self._fh.seek(base + pos)
        return self.tell()

    def close(self):
        return None


# ------------------------------------------------------------------ the base class


def _subclass_supplies(name):
    """A method each kind of mailbox defines for itself."""
    def missing(self, *args, **kwargs):
        raise NotImplementedError('Method must be implemented by subclass')
    missing.__name__ = missing.__qualname__ = name
    return missing


def _no_such_key(key):
    return KeyError('No message with key: %s' % key)


class Mailbox:
    """Messages kept together somewhere, reached by key like a dict."""

    __class_getitem__ = classmethod(GenericAlias)

    _append_newline = False

    def __init__(self, path, factory=None, create=True):
        self._path = os.path.abspath(os.path.expanduser(path))
        self._reader = factory

    def _at(self, *parts):
        """A path inside the mailbox's folder."""
        return os.path.join(self._path, *parts)

    add = _subclass_supplies('add')

    remove = _subclass_supplies('remove')

    def __delitem__(self, key):
        self.remove(key)

    def discard(self, key):
        try:
            self.remove(key)
        except KeyError:
            pass

    __setitem__ = _subclass_supplies('__setitem__')

    def get(self, key, default=None):
        try:
            return self.__getitem__(key)
        except KeyError:
            return default

    def __getitem__(self, key):
        if not self._reader:
            return self.get_message(key)
        with self.get_file(key) as file:
            return self._reader(file)

    get_message = _subclass_supplies('get_message')

    def get_string(self, key):
        return email.message_from_bytes(self.get_bytes(key)).as_string()

    get_bytes = _subclass_supplies('get_bytes')

    get_file = _subclass_supplies('get_file')

    iterkeys = _subclass_supplies('iterkeys')

    def keys(self):
        return list(self.iterkeys())

    def itervalues(self):
        for key in self.iterkeys():
            try:
                value = self[key]
            except KeyError:
                continue
            yield value

    def __iter__(self):
        return self.itervalues()

    def values(self):
        return list(self.itervalues())

    def iteritems(self):
        for key in self.iterkeys():
            try:
                value = self[key]
            except KeyError:
                continue
            yield (key, value)

    def items(self):
        return list(self.iteritems())

    __contains__ = _subclass_supplies('__contains__')

    __len__ = _subclass_supplies('__len__')

    def clear(self):
        for key in self.keys():
            self.discard(key)

    def pop(self, key, default=None):
        try:
            result = self[key]
        except KeyError:
            return default
        self.discard(key)
        return result

    def popitem(self):
        for key in self.iterkeys():
            return (key, self.pop(key))
        raise KeyError('No messages in mailbox')

    def update(self, arg=None):
        if hasattr(arg, 'iteritems'):
            pairs = arg.iteritems()
        elif hasattr(arg, 'items'):
            pairs = arg.items()
        else:
            pairs = arg
        missing = False
        for key, message in pairs:
            try:
                self[key] = message
            except KeyError:
                missing = True
        if missing:
            raise KeyError('No message with key(s)')

    flush = _subclass_supplies('flush')

    lock = _subclass_supplies('lock')

    unlock = _subclass_supplies('unlock')

    close = _subclass_supplies('close')

    def _ascii_bytes(self, message):
        try:
            return message.encode('ascii')
        except UnicodeError:
            raise ValueError("String input must be ASCII-only; "
                             "use bytes or a Message instead") from None

    def _write_message(self, message, target, mangle_from_=False):
        """Writes a message (Message, str, bytes or binary file) to a binary file."""
        if isinstance(message, email.message.Message):
            out = io.BytesIO()
            email.generator.BytesGenerator(out, mangle_from_, 0).flatten(message)
            data = out.getvalue().replace(b'\n', linesep)
        elif isinstance(message, (str, bytes, io.StringIO)):
            if isinstance(message, io.StringIO):
                message = message.getvalue()
            if isinstance(message, str):
                message = self._ascii_bytes(message)
            if mangle_from_:
                message = message.replace(b'\nFrom ', b'\n>From ')
            data = message.replace(b'\n', linesep)
        elif hasattr(message, 'read'):
            lines = []
            while True:
                line = message.readline()
                if isinstance(line, str):
                    line = line.encode('ascii')
                if not line:
                    break
                if line.endswith(b'\r\n'):
                    line = line[:-2] + b'\n'
                elif line.endswith(b'\r'):
                    line = line[:-1] + b'\n'
                if mangle_from_ and line.startswith(b'From '):
                    line = b'>From ' + line[5:]
                lines.append(line.replace(b'\n', linesep))
            data = b''.join(lines)
        else:
            raise TypeError('Invalid message type: %s' % type(message))
        target.write(data)
        if self._append_newline and not data.endswith(linesep):
            target.write(linesep)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ------------------------------------------------------------------ Maildir


class Maildir(Mailbox):
    """A qmail-style Maildir: one file per message under tmp/, new/ and cur/."""

    colon = ':'
    _count = 1

    def __init__(self, dirname, factory=None, create=True):
        Mailbox.__init__(self, dirname, factory, create)
        self._subdirs = {sub: self._at(sub) for sub in ('tmp', 'new', 'cur')}
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            for path in self._subdirs.values():
                os.mkdir(path, 0o700)
        self._index = {}

    def add(self, message):
        tmp_file = self._new_tmp_entry()
        try:
            self._write_message(message, tmp_file)
        except BaseException:
            tmp_file.close()
            os.remove(tmp_file.name)
            raise
        _close_synced(tmp_file)
        if isinstance(message, MaildirMessage):
            subdir = message.get_subdir()
            suffix = self.colon + message.get_info()
            if suffix == self.colon:
                suffix = ''
        else:
            subdir, suffix = 'new', ''
        uniq = os.path.basename(tmp_file.name).split(self.colon)[0]
        dest = self._at(subdir, uniq + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(tmp_file.name, (os.path.getatime(tmp_file.name), message.get_date()))
        if os.path.exists(dest):
            os.remove(tmp_file.name)
            raise ExternalClashError('Name clash with existing message: %s' % dest)
        os.rename(tmp_file.name, dest)
        return uniq

    def remove(self, key):
        os.remove(self._at(self._locate(key)))

    def discard(self, key):
        try:
            self.remove(key)
        except (KeyError, FileNotFoundError):
            pass

    def __setitem__(self, key, message):
        old_subpath = self._locate(key)
        temp_key = self.add(message)
        temp_subpath = self._locate(temp_key)
        winner = temp_subpath if isinstance(message, MaildirMessage) else old_subpath
        subdir = os.path.dirname(winner)
        suffix = self.colon + winner.split(self.colon)[-1] if self.colon in winner else ''
        self.discard(key)
        tmp_path = self._at(temp_subpath)
        new_path = self._at(subdir, key + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(tmp_path, (os.path.getatime(tmp_path), message.get_date()))
        os.rename(tmp_path, new_path)

    def get_message(self, key):
        subpath = self._locate(key)
        with open(self._at(subpath), 'rb') as f:
            msg = self._reader(f) if self._reader else MaildirMessage(f)
        subdir, name = os.path.split(subpath)
        msg.set_subdir(subdir)
        if self.colon in name:
            msg.set_info(name.split(self.colon)[-1])
        msg.set_date(os.path.getmtime(self._at(subpath)))
        return msg

    def get_bytes(self, key):
        with open(self._at(self._locate(key)), 'rb') as f:
            return f.read().replace(linesep, b'\n')

    def get_file(self, key):
        return _ProxyFile(open(self._at(self._locate(key)), 'rb'))

    def iterkeys(self):
        self._rescan()
        for key in list(self._index):
            try:
                self._locate(key)
            except KeyError:
                continue
            yield key

    def __contains__(self, key):
        self._rescan()
        return key in self._index

    def __len__(self):
        self._rescan()
        return len(self._index)

    def flush(self):
        pass

    def lock(self):
        return

    def unlock(self):
        return

    def close(self):
        return

    def list_folders(self):
        return [entry[1:] for entry in os.listdir(self._path)
                if len(entry) > 1 and entry[0] == '.'
                and os.path.isdir(self._at(entry))]

    def get_folder(self, folder):
        return Maildir(self._at('.' + folder), factory=self._reader,
                       create=False)

    def add_folder(self, folder):
        path = self._at('.' + folder)
        result = Maildir(path, factory=self._reader)
        marker = os.path.join(path, 'maildirfolder')
        if not os.path.exists(marker):
            os.close(os.open(marker, os.O_CREAT | os.O_WRONLY, 0o666))
        return result

    def remove_folder(self, folder):
        path = self._at('.' + folder)
        for entry in os.listdir(os.path.join(path, 'new')) + os.listdir(os.path.join(path, 'cur')):
            if len(entry) < 1 or entry[0] != '.':
                raise NotEmptyError('Folder contains message(s): %s' % folder)
        for entry in os.listdir(path):
            if entry not in ('new', 'cur', 'tmp') and os.path.isdir(os.path.join(path, entry)):
                raise NotEmptyError("Folder contains subdirectory '%s': %s" % (folder, entry))
        for root, dirs, files in os.walk(path, topdown=False):
            for entry in files:
                os.remove(os.path.join(root, entry))
            for entry in dirs:
                os.rmdir(os.path.join(root, entry))
        os.rmdir(path)

    def clean(self):
        """Deletes files in tmp/ not accessed for 36 hours."""
        now = time.time()
        for entry in os.listdir(self._subdirs['tmp']):
            path = os.path.join(self._subdirs['tmp'], entry)
            if now - os.path.getatime(path) > 129600:
                os.remove(path)

    def _new_tmp_entry(self):
        now = time.time()
        host = socket.gethostname().replace('/', r'\057').replace(':', r'\072')
        uniq = '%s.M%sP%sQ%s.%s' % (int(now), int(now % 1 * 1e6), os.getpid(), Maildir._count,
                                    host)
        path = self._at('tmp', uniq)
        if not os.path.exists(path):
            Maildir._count += 1
            try:
                return _new_file(path)
            except FileExistsError:
                pass
        raise ExternalClashError('Name clash prevented file creation: %s' % path)

    def _rescan(self):
        self._index = {}
        for subdir in ('cur', 'new'):
            folder = self._subdirs[subdir]
            for entry in sorted(os.listdir(folder)):
                if os.path.isdir(os.path.join(folder, entry)):
                    continue
                self._index[entry.split(self.colon)[0]] = os.path.join(subdir, entry)

    def _locate(self, key):
        known = self._index.get(key)
        if known is not None and os.path.exists(self._at(known)):
            return known
        self._rescan()
        try:
            return self._index[key]
        except KeyError:
            raise _no_such_key(key) from None

    def next(self):
        if not hasattr(self, '_pending_keys'):
            self._pending_keys = self.iterkeys()
        while True:
            try:
                return self[next(self._pending_keys)]
            except StopIteration:
                return None
            except KeyError:
                continue


# ------------------------------------------------------------------ mbox


class _singlefileMailbox(Mailbox):
    """A mailbox kept in one file, with a table of each message's byte range."""

    def __init__(self, path, factory=None, create=True):
        Mailbox.__init__(self, path, factory, create)
        try:
            f = open(self._path, 'rb+')
        except OSError as e:
            if e.errno == errno.ENOENT:
                if not create:
                    raise NoSuchMailboxError(self._path)
                f = open(self._path, 'wb+')
            elif e.errno in (errno.EACCES, errno.EROFS):
                f = open(self._path, 'rb')
            else:
                raise
        self._fh = f
        self._index = None
        self._key_counter = 0
        self._dirty = False
        self._unsynced = False
        self._held = False
        self._known_size = None

    def add(self, message):
        self._locate()
        self._index[self._key_counter] = self._append_entry(message)
        self._key_counter += 1
        self._unsynced = True
        return self._key_counter - 1

    def remove(self, key):
        self._locate(key)
        del self._index[key]
        self._dirty = True

    def __setitem__(self, key, message):
        self._locate(key)
        self._index[key] = self._append_entry(message)
        self._dirty = True

    def iterkeys(self):
        self._locate()
        yield from list(self._index.keys())

    def __contains__(self, key):
        self._locate()
        return key in self._index

    def __len__(self):
        self._locate()
        return len(self._index)

    def lock(self):
        if not self._held:
            _dot_lock(self._path)
            self._held = True

    def unlock(self):
        if self._held:
            _dot_unlock(self._path)
            self._held = False

    def flush(self):
        """Writes the mailbox anew when messages were removed or replaced."""
        if not self._dirty:
            if self._unsynced:
                _flush_synced(self._fh)
                self._unsynced = False
            return
        self._fh.seek(0, 2)
        size = self._fh.tell()
        if size != self._known_size:
            raise ExternalClashError('Size of mailbox file changed (expected %i, found %i)'
                                     % (self._known_size, size))
        new_file = _new_temp_file(self._path)
        try:
            new_index = {}
            self._begin_box(new_file)
            for key in sorted(self._index):
                start, stop = self._index[key]
                self._fh.seek(start)
                self._begin_entry(new_file)
                new_start = new_file.tell()
                new_file.write(self._fh.read(stop - start))
                new_index[key] = (new_start, new_file.tell())
                self._end_entry(new_file)
            self._known_size = new_file.tell()
        except BaseException:
            new_file.close()
            os.remove(new_file.name)
            raise
        _close_synced(new_file)
        self._fh.close()
        os.chmod(new_file.name, os.stat(self._path).st_mode)
        os.replace(new_file.name, self._path)
        self._fh = open(self._path, 'rb+')
        self._index = new_index
        self._dirty = False
        self._unsynced = False

    def _begin_box(self, f):
        return

    def _begin_entry(self, f):
        return

    def _end_entry(self, f):
        return

    def close(self):
        try:
            self.flush()
        finally:
            try:
                if self._held:
                    self.unlock()
            finally:
                self._fh.close()

    def _locate(self, key=None):
        if self._index is None:
            self._generate_index()
        if key is not None:
            try:
                return self._index[key]
            except KeyError:
                raise _no_such_key(key) from None

    def _append_entry(self, message):
        self._fh.seek(0, 2)
        before = self._fh.tell()
        if len(self._index) == 0 and not self._dirty:
            self._begin_box(self._fh)
        try:
            self._begin_entry(self._fh)
            offsets = self._write_entry(message)
            self._end_entry(self._fh)
        except BaseException:
            self._fh.truncate(before)
            raise
        self._fh.flush()
        self._known_size = self._fh.tell()
        return offsets


class _mboxMMDF(_singlefileMailbox):
    """What mbox and MMDF share: a From_ line before each message."""

    _mangle_from_ = True

    def get_message(self, key):
        start, stop = self._locate(key)
        self._fh.seek(start)
        from_line = self._fh.readline().replace(linesep, b'')
        text = self._fh.read(stop - self._fh.tell())
        msg = self._entry_class(text.replace(linesep, b'\n'))
        msg.set_from(from_line[5:].decode('ascii'))
        return msg

    def get_string(self, key, from_=False):
        return email.message_from_bytes(self.get_bytes(key, from_)).as_string(unixfrom=from_)

    def get_bytes(self, key, from_=False):
        start, stop = self._locate(key)
        self._fh.seek(start)
        if not from_:
            self._fh.readline()
        text = self._fh.read(stop - self._fh.tell())
        return text.replace(linesep, b'\n')

    def get_file(self, key, from_=False):
        start, stop = self._locate(key)
        self._fh.seek(start)
        if not from_:
            self._fh.readline()
        return _PartialFile(self._fh, self._fh.tell(), stop)

    def _write_entry(self, message):
        from_line = None
        if isinstance(message, str):
            message = self._ascii_bytes(message)
        if isinstance(message, bytes) and message.startswith(b'From '):
            newline = message.find(b'\n')
            if newline != -1:
                from_line, message = message[:newline], message[newline + 1:]
            else:
                from_line, message = message, b''
        elif isinstance(message, _mboxMMDFMessage):
            from_line = b'From ' + message.get_from().encode('ascii')
        elif isinstance(message, email.message.Message):
            from_line = message.get_unixfrom()
            if from_line is not None:
                from_line = from_line.encode('ascii')
        if from_line is None:
            from_line = b'From MAILER-DAEMON ' + time.asctime(time.gmtime()).encode()
        start = self._fh.tell()
        self._fh.write(from_line + linesep)
        self._write_message(message, self._fh, self._mangle_from_)
        return (start, self._fh.tell())


class mbox(_mboxMMDF):
    """The classic Unix mailbox: messages one after another, each after a From_ line."""

    _mangle_from_ = True
    _append_newline = True

    def __init__(self, path, factory=None, create=True):
        self._entry_class = mboxMessage
        _mboxMMDF.__init__(self, path, factory, create)

    def _end_entry(self, f):
        f.write(linesep)

    def _generate_index(self):
        starts, stops = [], []
        blank_before = False
        self._fh.seek(0)
        while True:
            at = self._fh.tell()
            line = self._fh.readline()
            if line.startswith(b'From '):
                if len(stops) < len(starts):
                    stops.append(at - len(linesep) if blank_before else at)
                starts.append(at)
                blank_before = False
            elif not line:
                if starts:
                    stops.append(at - len(linesep) if blank_before else at)
                break
            else:
                blank_before = line == linesep
        self._index = dict(enumerate(zip(starts, stops)))
        self._key_counter = len(self._index)
        self._known_size = self._fh.tell()


_MMDF_MARK = b'\001\001\001\001'


class MMDF(_mboxMMDF):
    """An MMDF mailbox: as mbox, but each message (with its From_ line) sits between two
    lines of four ^A characters, so no From_ line inside a message needs quoting for reading."""

    def __init__(self, path, factory=None, create=True):
        self._entry_class = MMDFMessage
        _mboxMMDF.__init__(self, path, factory, create)

    def _begin_entry(self, f):
        f.write(_MMDF_MARK + linesep)

    def _end_entry(self, f):
        f.write(linesep + _MMDF_MARK + linesep)

    def _generate_index(self):
        marker = _MMDF_MARK + linesep
        starts, stops = [], []
        self._fh.seek(0)
        while True:
            line = self._fh.readline()
            if not line:
                break
            if not line.startswith(marker):
                continue
            starts.append(self._fh.tell())
            while True:
                at = self._fh.tell()
                line = self._fh.readline()
                if line == marker:
                    stops.append(at - len(linesep))
                    break
                if not line:
                    stops.append(at)
                    break
        self._index = dict(enumerate(zip(starts, stops)))
        self._key_counter = len(self._index)
        self._fh.seek(0, 2)
        self._known_size = self._fh.tell()


_EOOH = b'*** EOOH ***'


class Babyl(_singlefileMailbox):
    """An Rmail (Babyl) mailbox: an options header, then each message after a ^_^L line: its
    labels line, its original headers, '*** EOOH ***', the headers shown, and the body."""

    _special_labels = frozenset({'unseen', 'deleted', 'filed', 'answered', 'forwarded',
                                 'edited', 'resent'})

    def __init__(self, path, factory=None, create=True):
        _singlefileMailbox.__init__(self, path, factory, create)
        self._labels = {}

    def add(self, message):
        key = _singlefileMailbox.add(self, message)
        if isinstance(message, BabylMessage):
            self._labels[key] = message.get_labels()
        return key

    def remove(self, key):
        _singlefileMailbox.remove(self, key)
        self._labels.pop(key, None)

    def __setitem__(self, key, message):
        _singlefileMailbox.__setitem__(self, key, message)
        if isinstance(message, BabylMessage):
            self._labels[key] = message.get_labels()

    def _read_parts(self, key):
        """(original headers, visible headers, body) of a message, with plain newlines."""
        start, stop = self._locate(key)
        self._fh.seek(start)
        self._fh.readline()  # the labels line
        parts = []
        for end in (_EOOH + linesep, linesep):
            chunk = []
            while True:
                line = self._fh.readline()
                if not line or line == end:
                    break
                chunk.append(line.replace(linesep, b'\n'))
            parts.append(b''.join(chunk))
        left = stop - self._fh.tell()
        if left < 0:
            # The visible headers ran into the next message (python3 asserts the same).
            raise AssertionError
        body = self._fh.read(left).replace(linesep, b'\n')
        return parts[0], parts[1], body

    def get_message(self, key):
        original, visible, body = self._read_parts(key)
        msg = BabylMessage(original + body)
        msg.set_visible(visible)
        if key in self._labels:
            msg.set_labels(self._labels[key])
        return msg

    def get_bytes(self, key):
        original, _visible, body = self._read_parts(key)
        return original + body

    def get_file(self, key):
        return io.BytesIO(self.get_bytes(key).replace(b'\n', linesep))

    def get_labels(self):
        """The labels used in the mailbox, the special (attribute) ones left out."""
        self._locate()
        found = set()
        for labels in self._labels.values():
            found.update(labels)
        found.difference_update(self._special_labels)
        return list(found)

    def _generate_index(self):
        starts, stops, label_lists = [], [], []
        self._fh.seek(0)
        after = 0
        while True:
            at = after
            line = self._fh.readline()
            after = self._fh.tell()
            if line == b'\037\014' + linesep:
                if len(stops) < len(starts):
                    stops.append(at - len(linesep))
                starts.append(after)
                names = self._fh.readline()[1:].split(b',')
                label_lists.append([name.strip() for name in names if name.strip()])
            elif line in (b'\037', b'\037' + linesep):
                if len(stops) < len(starts):
                    stops.append(at - len(linesep))
            elif not line:
                stops.append(at - len(linesep))
                break
        self._index = dict(enumerate(zip(starts, stops)))
        self._labels = dict(enumerate(label_lists))
        self._key_counter = len(self._index)
        self._fh.seek(0, 2)
        self._known_size = self._fh.tell()

    def _begin_box(self, f):
        names = b','.join(label.encode() for label in self.get_labels())
        f.write(b'BABYL OPTIONS:' + linesep + b'Version: 5' + linesep + b'Labels:' + names
                + linesep + b'\037')

    def _begin_entry(self, f):
        f.write(b'\014' + linesep)

    def _end_entry(self, f):
        f.write(linesep + b'\037')

    def _write_entry(self, message):
        out = self._fh
        start = out.tell()
        if isinstance(message, BabylMessage):
            labels = message.get_labels()
            special = [label for label in labels if label in self._special_labels]
            plain = [label for label in labels if label not in self._special_labels]
            out.write(b'1' + b''.join(b', ' + label.encode() for label in special) + b',,'
                      + b''.join(b' ' + label.encode() + b',' for label in plain) + linesep)
        else:
            out.write(b'1,,' + linesep)

        def put(data):
            out.write(data.replace(b'\n', linesep))

        if isinstance(message, email.message.Message):
            flat = io.BytesIO()
            email.generator.BytesGenerator(flat, False, 0).flatten(message)
            head, body = _header_block(flat.getvalue())
            put(head)
            out.write(_EOOH + linesep)
            if not isinstance(message, BabylMessage):
                put(head)
            # A BabylMessage's visible headers are not written: python3 3.11 flattens them but
            # writes none (its buffer is read from its end), and files must match its files.
            put(body)
        elif isinstance(message, (bytes, str, io.StringIO)):
            if isinstance(message, io.StringIO):
                message = message.getvalue()
            if isinstance(message, str):
                message = self._ascii_bytes(message)
            split = message.find(b'\n\n')
            if split != -1:
                head, body = message[:split + 2], message[split + 2:]
                put(head)
                out.write(_EOOH + linesep)
                put(head)
                put(body)
            else:
                out.write(_EOOH + linesep + linesep)
                put(message)
        elif hasattr(message, 'readline'):
            if hasattr(message, 'buffer'):
                message = message.buffer
            lines = []
            while True:
                line = message.readline()
                if line.endswith(b'\r\n'):
                    line = line[:-2] + b'\n'
                elif line.endswith(b'\r'):
                    line = line[:-1] + b'\n'
                if not line:
                    break
                lines.append(line)
            head_len = next((i + 1 for i, line in enumerate(lines) if line == b'\n'), len(lines))
            head = b''.join(lines[:head_len])
            put(head)
            out.write(_EOOH + linesep)
            if head_len == len(lines) and lines[-1:] != [b'\n']:
                # No blank line: the whole message stands as its headers, twice.
                put(head)
            else:
                put(head)
                put(b''.join(lines[head_len:]))
        else:
            raise TypeError('Invalid message type: %s' % type(message))
        return start, out.tell()


def _header_block(data):
    """(the header lines of flattened message bytes, through the blank line; the rest)."""
    split = data.find(b'\n\n')
    if split == -1:
        return (data, b'') if not data.startswith(b'\n') else (b'\n', data[1:])
    return data[:split + 2], data[split + 2:]


# ------------------------------------------------------------------ MH


class MH(Mailbox):
    """An MH mailbox: numbered message files and a .mh_sequences file."""

    def __init__(self, path, factory=None, create=True):
        Mailbox.__init__(self, path, factory, create)
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            os.close(os.open(self._at('.mh_sequences'),
                             os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        self._held = False

    def _open_existing(self, key, mode='rb'):
        try:
            return open(self._at(str(key)), mode)
        except OSError as e:
            if e.errno == errno.ENOENT:
                raise _no_such_key(key) from None
            raise

    def add(self, message):
        keys = self.keys()
        new_key = max(keys) + 1 if keys else 1
        new_path = self._at(str(new_key))
        f = _new_file(new_path)
        try:
            self._write_message(message, f)
        except BaseException:
            _close_synced(f)
            os.remove(new_path)
            raise
        _close_synced(f)
        if isinstance(message, MHMessage):
            self._record_sequences(message, new_key)
        return new_key

    def remove(self, key):
        self._open_existing(key, 'rb+').close()
        os.remove(self._at(str(key)))

    def __setitem__(self, key, message):
        f = self._open_existing(key, 'rb+')
        try:
            f.truncate(0)
            self._write_message(message, f)
        finally:
            _close_synced(f)
        if isinstance(message, MHMessage):
            self._record_sequences(message, key)

    def get_message(self, key):
        with self._open_existing(key) as f:
            msg = MHMessage(f)
        for name, keys in self.get_sequences().items():
            if key in keys:
                msg.add_sequence(name)
        return msg

    def get_bytes(self, key):
        with self._open_existing(key) as f:
            return f.read().replace(linesep, b'\n')

    def get_file(self, key):
        return _ProxyFile(self._open_existing(key))

    def iterkeys(self):
        return iter(sorted(int(entry) for entry in os.listdir(self._path) if entry.isdigit()))

    def __contains__(self, key):
        return os.path.exists(self._at(str(key)))

    def __len__(self):
        return len(list(self.iterkeys()))

    def lock(self):
        if not self._held:
            _dot_lock(self._at('.mh_sequences'))
            self._held = True

    def unlock(self):
        if self._held:
            _dot_unlock(self._at('.mh_sequences'))
            self._held = False

    def flush(self):
        return

    def close(self):
        if self._held:
            self.unlock()

    def list_folders(self):
        return [entry for entry in os.listdir(self._path)
                if os.path.isdir(self._at(entry))]

    def get_folder(self, folder):
        return MH(self._at(folder), factory=self._reader, create=False)

    def add_folder(self, folder):
        return MH(self._at(folder), factory=self._reader)

    def remove_folder(self, folder):
        path = self._at(folder)
        entries = os.listdir(path)
        if entries == ['.mh_sequences']:
            os.remove(os.path.join(path, '.mh_sequences'))
        elif entries:
            raise NotEmptyError('Folder not empty: %s' % self._path)
        os.rmdir(path)

    def get_sequences(self):
        """{name: sorted keys} from .mh_sequences (only keys that exist)."""
        found = {}
        existing = set(self.keys())
        with open(self._at('.mh_sequences'), 'r', encoding='ASCII') as f:
            for line in f:
                try:
                    name, contents = line.split(':')
                    keys = set()
                    for spec in contents.split():
                        if spec.isdigit():
                            keys.add(int(spec))
                        else:
                            first, last = (int(x) for x in spec.split('-'))
                            keys.update(range(first, last + 1))
                    kept = [key for key in sorted(keys) if key in existing]
                    if kept:
                        found[name] = kept
                except ValueError:
                    raise FormatError('Invalid sequence specification: %s' % line.rstrip())
        return found

    def set_sequences(self, sequences):
        """Writes .mh_sequences, runs of keys as first-last."""
        lines = []
        for name, keys in sequences.items():
            if not keys:
                continue
            text = name + ':'
            previous = None
            in_run = False
            for key in sorted(set(keys)):
                if previous is not None and key - 1 == previous:
                    if not in_run:
                        in_run = True
                        text += '-'
                elif in_run:
                    in_run = False
                    text += '%s %s' % (previous, key)
                else:
                    text += ' %s' % key
                previous = key
            lines.append(text + (str(previous) if in_run else '') + '\n')
        with open(self._at('.mh_sequences'), 'w', encoding='ASCII') as f:
            f.write(''.join(lines))

    def pack(self):
        """Renumbers the messages 1, 2, ... without gaps, sequences following."""
        sequences = self.get_sequences()
        renamed = {}
        for new_key, key in enumerate(self.keys(), 1):
            renamed[key] = new_key
            if key != new_key:
                os.rename(self._at(str(key)),
                          self._at(str(new_key)))
        self.set_sequences({name: [renamed[key] for key in keys]
                            for name, keys in sequences.items()})

    def _record_sequences(self, message, key):
        wanted = message.get_sequences()
        current = self.get_sequences()
        for name, keys in current.items():
            if name in wanted:
                keys.append(key)
            elif key in keys:
                keys.remove(key)
        for name in wanted:
            if name not in current:
                current[name] = [key]
        self.set_sequences(current)


# ------------------------------------------------------------------ messages
#
# Converting a message between formats goes through a common state: which of seen, replied,
# flagged, deleted and old (already looked at) hold, and the delivery date if the format
# knows it. Between two messages of the same format the state is copied whole.

_STATES = ('seen', 'replied', 'flagged', 'deleted', 'old')


def _parse_source(source):
    """The email.message.Message a Message is made from (bytes, str, a file or None)."""
    if isinstance(source, bytes):
        return email.message_from_bytes(source)
    if isinstance(source, str):
        return email.message_from_string(source)
    if isinstance(source, io.TextIOWrapper):
        return email.message_from_file(source)
    if hasattr(source, 'read'):
        return email.message_from_binary_file(source)
    raise TypeError('Invalid message type: %s' % type(source))


class Message(email.message.Message):
    """A message with a mailbox format's state; made from a Message, bytes, str or file."""

    _type_specific_attributes = []

    def __init__(self, message=None):
        if message is None:
            email.message.Message.__init__(self)
            return
        if not isinstance(message, email.message.Message):
            self._become_message(_parse_source(message))
            return
        self._become_message(copy.deepcopy(message))
        if isinstance(message, Message):
            message._explain_to(self)

    def _become_message(self, message):
        """Takes over another message's headers and body (not its format's own state)."""
        skip = getattr(message, '_type_specific_attributes', ())
        self.__dict__.update({k: v for k, v in message.__dict__.items() if k not in skip})

    def _state(self):
        """The common state of this format (None: a plain Message has none)."""
        return None

    def _take_state(self, state):
        return

    def _explain_to(self, target):
        """Gives target (a new message built from this one) this message's format state."""
        if not isinstance(target, Message):
            raise TypeError('Cannot convert to specified type: %s' % type(target))
        if type(self)._family is None:
            return
        if target._family is type(self)._family:
            self._copy_state(target)
            return
        state = self._state()
        if target._family is not None:
            target._take_state(state)
        self._after_export(target)

    _family = None

    def _copy_state(self, target):
        return

    def _after_export(self, target):
        return


class MaildirMessage(Message):
    """A message in a Maildir: its subdir ('new' or 'cur'), info/flags and date."""

    _type_specific_attributes = ['_subdir', '_info', '_date']
    _family = 'maildir'

    def __init__(self, message=None):
        self._subdir = 'new'
        self._info = ''
        self._date = time.time()
        Message.__init__(self, message)

    def get_subdir(self):
        return self._subdir

    def set_subdir(self, subdir):
        if subdir not in ('new', 'cur'):
            raise ValueError("subdir must be 'new' or 'cur': %s" % subdir)
        self._subdir = subdir

    def get_flags(self):
        return self._info[2:] if self._info[:2] == '2,' else ''

    def set_flags(self, flags):
        self._info = '2,' + ''.join(sorted(flags))

    def add_flag(self, flag):
        self.set_flags(set(self.get_flags()).union(flag))

    def remove_flag(self, flag):
        current = self.get_flags()
        if current:
            self.set_flags(set(current).difference(flag))

    def get_date(self):
        return self._date

    def set_date(self, date):
        try:
            self._date = float(date)
        except ValueError:
            raise TypeError("can't convert to float: %s" % date) from None

    def get_info(self):
        return self._info

    def set_info(self, info):
        if not isinstance(info, str):
            raise TypeError('info must be a string: %s' % type(info))
        self._info = info

    _LETTERS = {'seen': 'S', 'replied': 'R', 'flagged': 'F', 'deleted': 'T', 'passed': 'P'}

    def _state(self):
        flags = self.get_flags()
        state = {name: letter in flags for name, letter in self._LETTERS.items()}
        state['old'] = self._subdir == 'cur'
        state['date'] = self._date
        return state

    def _take_state(self, state):
        if state['old']:
            self.set_subdir('cur')
        wanted = ''.join(letter for name, letter in self._LETTERS.items() if state.get(name))
        if wanted:
            self.add_flag(wanted)
        if state['date'] is not None:
            self.set_date(state['date'])

    def _copy_state(self, target):
        target.set_flags(self.get_flags())
        target.set_subdir(self._subdir)
        target.set_date(self._date)


class _mboxMMDFMessage(Message):
    """A message of an mbox: its From_ line and Status/X-Status flags."""

    _type_specific_attributes = ['_from']
    _family = 'mbox'
    _LETTERS = {'seen': 'R', 'old': 'O', 'deleted': 'D', 'flagged': 'F', 'replied': 'A'}

    def __init__(self, message=None):
        self.set_from('MAILER-DAEMON', True)
        if isinstance(message, email.message.Message):
            envelope = message.get_unixfrom()
            if envelope and envelope[:5] == 'From ':
                self.set_from(envelope[5:])
        Message.__init__(self, message)

    def get_from(self):
        return self._from

    def set_from(self, from_, time_=None):
        if time_ is True:
            time_ = time.gmtime()
        self._from = from_ if time_ is None else '%s %s' % (from_, time.asctime(time_))

    def get_flags(self):
        return self.get('Status', '') + self.get('X-Status', '')

    def set_flags(self, flags):
        wanted = set(flags)
        status = ''.join(letter for letter in 'RO' if letter in wanted)
        extra = ''.join(letter for letter in 'DFA' if letter in wanted)
        extra += ''.join(sorted(wanted.difference('RODFA')))
        for header, value in (('Status', status), ('X-Status', extra)):
            if header in self:
                self.replace_header(header, value)
            else:
                self.add_header(header, value)

    def add_flag(self, flag):
        self.set_flags(set(self.get_flags()).union(flag))

    def remove_flag(self, flag):
        if 'Status' in self or 'X-Status' in self:
            self.set_flags(set(self.get_flags()).difference(flag))

    def _state(self):
        flags = self.get_flags()
        state = {name: letter in flags for name, letter in self._LETTERS.items()}
        stamp = ' '.join(self.get_from().split()[-5:])
        try:
            state['date'] = calendar.timegm(time.strptime(stamp, '%a %b %d %H:%M:%S %Y'))
        except (ValueError, OverflowError):
            state['date'] = None
        return state

    def _take_state(self, state):
        wanted = ''.join(letter for name, letter in self._LETTERS.items() if state[name])
        if wanted:
            self.add_flag(wanted)
        if state['date'] is not None:
            self.set_from('MAILER-DAEMON', time.gmtime(state['date']))

    def _copy_state(self, target):
        target.set_flags(self.get_flags())
        target.set_from(self.get_from())

    def _after_export(self, target):
        # The Status headers mean nothing in another format.
        if target._family is not None:
            del target['status']
            del target['x-status']


class mboxMessage(_mboxMMDFMessage):
    """A message of an mbox mailbox."""


class MMDFMessage(_mboxMMDFMessage):
    """A message of an MMDF mailbox (the same From_ line and flags as an mbox message's)."""


class MHMessage(Message):
    """A message of an MH mailbox: the sequences it belongs to."""

    _type_specific_attributes = ['_sequences']
    _family = 'mh'

    def __init__(self, message=None):
        self._sequences = []
        Message.__init__(self, message)

    def get_sequences(self):
        return list(self._sequences)

    def set_sequences(self, sequences):
        self._sequences = list(sequences)

    def add_sequence(self, sequence):
        if not isinstance(sequence, str):
            raise TypeError('sequence type must be str: %s' % type(sequence))
        if sequence not in self._sequences:
            self._sequences.append(sequence)

    def remove_sequence(self, sequence):
        if sequence in self._sequences:
            self._sequences.remove(sequence)

    def _state(self):
        names = set(self._sequences)
        return {'seen': 'unseen' not in names, 'replied': 'replied' in names,
                'flagged': 'flagged' in names, 'deleted': False, 'old': True, 'date': None}

    def _take_state(self, state):
        for name, present in (('unseen', not state['seen']), ('replied', state['replied']),
                              ('flagged', state['flagged'])):
            if present:
                self.add_sequence(name)

    def _copy_state(self, target):
        for name in self._sequences:
            target.add_sequence(name)


class BabylMessage(Message):
    """A message of a Babyl mailbox: its labels and the headers shown (its "visible" ones)."""

    _type_specific_attributes = ['_labels', '_visible']
    _family = 'babyl'

    def __init__(self, message=None):
        self._labels = []
        self._visible = Message()
        Message.__init__(self, message)

    def get_labels(self):
        return self._labels[:]

    def set_labels(self, labels):
        self._labels = list(labels)

    def add_label(self, label):
        if label not in self._labels:
            self._labels.append(label)

    def remove_label(self, label):
        if label in self._labels:
            self._labels.remove(label)

    def get_visible(self):
        return Message(self._visible)

    def set_visible(self, visible):
        self._visible = Message(visible)

    def update_visible(self):
        """Brings the visible headers up to date with the message's own."""
        for header in self._visible.keys():
            if header in self:
                self._visible.replace_header(header, self[header])
            else:
                del self._visible[header]
        for header in ('Date', 'From', 'Reply-To', 'To', 'CC', 'Subject'):
            if header in self and header not in self._visible:
                self._visible[header] = self[header]

    def _state(self):
        labels = set(self._labels)
        return {'seen': 'unseen' not in labels, 'deleted': 'deleted' in labels,
                'replied': 'answered' in labels, 'flagged': False, 'old': True, 'date': None,
                'passed': bool(labels & {'forwarded', 'resent'})}

    def _take_state(self, state):
        for label, present in (('unseen', not state['seen']), ('deleted', state['deleted']),
                               ('answered', state['replied']),
                               ('forwarded', state.get('passed', False))):
            if present:
                self.add_label(label)

    def _copy_state(self, target):
        target.set_visible(self.get_visible())
        for label in self._labels:
            target.add_label(label)
