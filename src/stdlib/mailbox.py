"""mailbox: reading and changing mailboxes in the mbox, Maildir and MH formats, and the
Message subclasses that carry each format's state (Maildir's subdir/flags/date, mbox's From_
line and Status flags, MH's sequences), converted between formats as python3 converts them.

gilpy has no fcntl: an mbox is locked with a dot-lock file only. Babyl and MMDF are not
provided.
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

__all__ = ['Mailbox', 'Maildir', 'mbox', 'MH', 'Message', 'MaildirMessage', 'mboxMessage',
           'MHMessage', 'Error', 'NoSuchMailboxError', 'NotEmptyError', 'ExternalClashError',
           'FormatError']

linesep = os.linesep.encode('ascii')


class Error(Exception):
    """Raised for mailbox-specific errors."""


class NoSuchMailboxError(Error):
    """The specified mailbox does not exist and won't be created."""


class NotEmptyError(Error):
    """The specified mailbox is not empty and deletion was requested."""


class ExternalClashError(Error):
    """Another process caused an action to fail."""


class FormatError(Error):
    """A file appears to have an invalid format."""


# ------------------------------------------------------------------ file helpers


def _create_carefully(path):
    """Creates path exclusively and opens it for reading and writing bytes."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o666)
    try:
        return open(path, 'rb+')
    finally:
        os.close(fd)


def _create_temporary(path):
    return _create_carefully('%s.%s.%s.%s' % (path, int(time.time()), socket.gethostname(),
                                              os.getpid()))


def _sync_flush(f):
    f.flush()
    if hasattr(os, 'fsync'):
        os.fsync(f.fileno())


def _sync_close(f):
    _sync_flush(f)
    f.close()


def _dot_lock(path):
    """Takes the `path.lock` file (an ExternalClashError when another holder has it)."""
    pre = _create_temporary(path)
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
    """A read-only view of an open message file, closed with the view."""

    def __init__(self, f):
        self._file = f

    def read(self, size=None):
        return self._file.read(-1 if size is None else size)

    def read1(self, size=None):
        return self.read(size)

    def readline(self, size=None):
        return self._file.readline(-1 if size is None else size)

    def readlines(self, sizehint=None):
        return self._file.readlines(-1 if sizehint is None else sizehint)

    def __iter__(self):
        while line := self.readline():
            yield line

    def tell(self):
        return self._file.tell()

    def seek(self, offset, whence=0):
        return self._file.seek(offset, whence)

    def close(self):
        self._file.close()

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return True

    def flush(self):
        pass

    @property
    def closed(self):
        return self._file.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PartialFile(_ProxyFile):
    """A read-only view of the bytes start..stop of an open file."""

    def __init__(self, f, start, stop):
        super().__init__(f)
        self._start = start
        self._stop = stop
        f.seek(start)

    def _left(self, size):
        left = self._stop - self._file.tell()
        if left <= 0:
            return 0
        return left if size is None or size < 0 else min(size, left)

    def read(self, size=None):
        return self._file.read(self._left(size))

    def readline(self, size=None):
        return self._file.readline(self._left(size)) if self._left(size) else b''

    def readlines(self, sizehint=None):
        return list(self)

    def tell(self):
        return self._file.tell() - self._start

    def seek(self, offset, whence=0):
        if whence == 0:
            self._file.seek(self._start + offset)
        elif whence == 1:
            self._file.seek(offset, 1)
        else:
            self._file.seek(self._stop + offset)
        return self.tell()

    def close(self):
        pass


# ------------------------------------------------------------------ the base class


class Mailbox:
    """A group of messages in a particular place."""

    _append_newline = False

    def __init__(self, path, factory=None, create=True):
        self._path = os.path.abspath(os.path.expanduser(path))
        self._factory = factory

    def add(self, message):
        raise NotImplementedError('Method must be implemented by subclass')

    def remove(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def __delitem__(self, key):
        self.remove(key)

    def discard(self, key):
        try:
            self.remove(key)
        except KeyError:
            pass

    def __setitem__(self, key, message):
        raise NotImplementedError('Method must be implemented by subclass')

    def get(self, key, default=None):
        try:
            return self.__getitem__(key)
        except KeyError:
            return default

    def __getitem__(self, key):
        if not self._factory:
            return self.get_message(key)
        with self.get_file(key) as file:
            return self._factory(file)

    def get_message(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def get_string(self, key):
        return email.message_from_bytes(self.get_bytes(key)).as_string()

    def get_bytes(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def get_file(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def iterkeys(self):
        raise NotImplementedError('Method must be implemented by subclass')

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

    def __contains__(self, key):
        raise NotImplementedError('Method must be implemented by subclass')

    def __len__(self):
        raise NotImplementedError('Method must be implemented by subclass')

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

    def flush(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def lock(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def unlock(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def close(self):
        raise NotImplementedError('Method must be implemented by subclass')

    def _string_to_bytes(self, message):
        try:
            return message.encode('ascii')
        except UnicodeError:
            raise ValueError("String input must be ASCII-only; "
                             "use bytes or a Message instead") from None

    def _dump_message(self, message, target, mangle_from_=False):
        """Writes a message (Message, str, bytes or binary file) to a binary file."""
        if isinstance(message, email.message.Message):
            out = io.BytesIO()
            email.generator.BytesGenerator(out, mangle_from_, 0).flatten(message)
            data = out.getvalue().replace(b'\n', linesep)
        elif isinstance(message, (str, bytes, io.StringIO)):
            if isinstance(message, io.StringIO):
                message = message.getvalue()
            if isinstance(message, str):
                message = self._string_to_bytes(message)
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
        self._paths = {sub: os.path.join(self._path, sub) for sub in ('tmp', 'new', 'cur')}
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            for path in self._paths.values():
                os.mkdir(path, 0o700)
        self._toc = {}

    def add(self, message):
        tmp_file = self._create_tmp()
        try:
            self._dump_message(message, tmp_file)
        except BaseException:
            tmp_file.close()
            os.remove(tmp_file.name)
            raise
        _sync_close(tmp_file)
        if isinstance(message, MaildirMessage):
            subdir = message.get_subdir()
            suffix = self.colon + message.get_info()
            if suffix == self.colon:
                suffix = ''
        else:
            subdir, suffix = 'new', ''
        uniq = os.path.basename(tmp_file.name).split(self.colon)[0]
        dest = os.path.join(self._path, subdir, uniq + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(tmp_file.name, (os.path.getatime(tmp_file.name), message.get_date()))
        if os.path.exists(dest):
            os.remove(tmp_file.name)
            raise ExternalClashError('Name clash with existing message: %s' % dest)
        os.rename(tmp_file.name, dest)
        return uniq

    def remove(self, key):
        os.remove(os.path.join(self._path, self._lookup(key)))

    def discard(self, key):
        try:
            self.remove(key)
        except (KeyError, FileNotFoundError):
            pass

    def __setitem__(self, key, message):
        old_subpath = self._lookup(key)
        temp_key = self.add(message)
        temp_subpath = self._lookup(temp_key)
        winner = temp_subpath if isinstance(message, MaildirMessage) else old_subpath
        subdir = os.path.dirname(winner)
        suffix = self.colon + winner.split(self.colon)[-1] if self.colon in winner else ''
        self.discard(key)
        tmp_path = os.path.join(self._path, temp_subpath)
        new_path = os.path.join(self._path, subdir, key + suffix)
        if isinstance(message, MaildirMessage):
            os.utime(tmp_path, (os.path.getatime(tmp_path), message.get_date()))
        os.rename(tmp_path, new_path)

    def get_message(self, key):
        subpath = self._lookup(key)
        with open(os.path.join(self._path, subpath), 'rb') as f:
            msg = self._factory(f) if self._factory else MaildirMessage(f)
        subdir, name = os.path.split(subpath)
        msg.set_subdir(subdir)
        if self.colon in name:
            msg.set_info(name.split(self.colon)[-1])
        msg.set_date(os.path.getmtime(os.path.join(self._path, subpath)))
        return msg

    def get_bytes(self, key):
        with open(os.path.join(self._path, self._lookup(key)), 'rb') as f:
            return f.read().replace(linesep, b'\n')

    def get_file(self, key):
        return _ProxyFile(open(os.path.join(self._path, self._lookup(key)), 'rb'))

    def iterkeys(self):
        self._refresh()
        for key in list(self._toc):
            try:
                self._lookup(key)
            except KeyError:
                continue
            yield key

    def __contains__(self, key):
        self._refresh()
        return key in self._toc

    def __len__(self):
        self._refresh()
        return len(self._toc)

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
                and os.path.isdir(os.path.join(self._path, entry))]

    def get_folder(self, folder):
        return Maildir(os.path.join(self._path, '.' + folder), factory=self._factory,
                       create=False)

    def add_folder(self, folder):
        path = os.path.join(self._path, '.' + folder)
        result = Maildir(path, factory=self._factory)
        marker = os.path.join(path, 'maildirfolder')
        if not os.path.exists(marker):
            os.close(os.open(marker, os.O_CREAT | os.O_WRONLY, 0o666))
        return result

    def remove_folder(self, folder):
        path = os.path.join(self._path, '.' + folder)
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
        for entry in os.listdir(self._paths['tmp']):
            path = os.path.join(self._paths['tmp'], entry)
            if now - os.path.getatime(path) > 129600:
                os.remove(path)

    def _create_tmp(self):
        now = time.time()
        host = socket.gethostname().replace('/', r'\057').replace(':', r'\072')
        uniq = '%s.M%sP%sQ%s.%s' % (int(now), int(now % 1 * 1e6), os.getpid(), Maildir._count,
                                    host)
        path = os.path.join(self._path, 'tmp', uniq)
        if not os.path.exists(path):
            Maildir._count += 1
            try:
                return _create_carefully(path)
            except FileExistsError:
                pass
        raise ExternalClashError('Name clash prevented file creation: %s' % path)

    def _refresh(self):
        self._toc = {}
        for subdir in ('cur', 'new'):
            folder = self._paths[subdir]
            for entry in sorted(os.listdir(folder)):
                if os.path.isdir(os.path.join(folder, entry)):
                    continue
                self._toc[entry.split(self.colon)[0]] = os.path.join(subdir, entry)

    def _lookup(self, key):
        known = self._toc.get(key)
        if known is not None and os.path.exists(os.path.join(self._path, known)):
            return known
        self._refresh()
        try:
            return self._toc[key]
        except KeyError:
            raise KeyError('No message with key: %s' % key) from None

    def next(self):
        if not hasattr(self, '_onetime_keys'):
            self._onetime_keys = self.iterkeys()
        while True:
            try:
                return self[next(self._onetime_keys)]
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
        self._file = f
        self._toc = None
        self._next_key = 0
        self._pending = False
        self._pending_sync = False
        self._locked = False
        self._file_length = None

    def add(self, message):
        self._lookup()
        self._toc[self._next_key] = self._append_message(message)
        self._next_key += 1
        self._pending_sync = True
        return self._next_key - 1

    def remove(self, key):
        self._lookup(key)
        del self._toc[key]
        self._pending = True

    def __setitem__(self, key, message):
        self._lookup(key)
        self._toc[key] = self._append_message(message)
        self._pending = True

    def iterkeys(self):
        self._lookup()
        yield from list(self._toc.keys())

    def __contains__(self, key):
        self._lookup()
        return key in self._toc

    def __len__(self):
        self._lookup()
        return len(self._toc)

    def lock(self):
        if not self._locked:
            _dot_lock(self._path)
            self._locked = True

    def unlock(self):
        if self._locked:
            _dot_unlock(self._path)
            self._locked = False

    def flush(self):
        """Writes the mailbox anew when messages were removed or replaced."""
        if not self._pending:
            if self._pending_sync:
                _sync_flush(self._file)
                self._pending_sync = False
            return
        self._file.seek(0, 2)
        size = self._file.tell()
        if size != self._file_length:
            raise ExternalClashError('Size of mailbox file changed (expected %i, found %i)'
                                     % (self._file_length, size))
        new_file = _create_temporary(self._path)
        try:
            new_toc = {}
            self._pre_mailbox_hook(new_file)
            for key in sorted(self._toc):
                start, stop = self._toc[key]
                self._file.seek(start)
                self._pre_message_hook(new_file)
                new_start = new_file.tell()
                new_file.write(self._file.read(stop - start))
                new_toc[key] = (new_start, new_file.tell())
                self._post_message_hook(new_file)
            self._file_length = new_file.tell()
        except BaseException:
            new_file.close()
            os.remove(new_file.name)
            raise
        _sync_close(new_file)
        self._file.close()
        os.chmod(new_file.name, os.stat(self._path).st_mode)
        os.replace(new_file.name, self._path)
        self._file = open(self._path, 'rb+')
        self._toc = new_toc
        self._pending = False
        self._pending_sync = False

    def _pre_mailbox_hook(self, f):
        return

    def _pre_message_hook(self, f):
        return

    def _post_message_hook(self, f):
        return

    def close(self):
        try:
            self.flush()
        finally:
            try:
                if self._locked:
                    self.unlock()
            finally:
                self._file.close()

    def _lookup(self, key=None):
        if self._toc is None:
            self._generate_toc()
        if key is not None:
            try:
                return self._toc[key]
            except KeyError:
                raise KeyError('No message with key: %s' % key) from None

    def _append_message(self, message):
        self._file.seek(0, 2)
        before = self._file.tell()
        if len(self._toc) == 0 and not self._pending:
            self._pre_mailbox_hook(self._file)
        try:
            self._pre_message_hook(self._file)
            offsets = self._install_message(message)
            self._post_message_hook(self._file)
        except BaseException:
            self._file.truncate(before)
            raise
        self._file.flush()
        self._file_length = self._file.tell()
        return offsets


class _mboxMMDF(_singlefileMailbox):
    """What mbox and MMDF share: a From_ line before each message."""

    _mangle_from_ = True

    def get_message(self, key):
        start, stop = self._lookup(key)
        self._file.seek(start)
        from_line = self._file.readline().replace(linesep, b'')
        text = self._file.read(stop - self._file.tell())
        msg = self._message_factory(text.replace(linesep, b'\n'))
        msg.set_from(from_line[5:].decode('ascii'))
        return msg

    def get_string(self, key, from_=False):
        return email.message_from_bytes(self.get_bytes(key, from_)).as_string(unixfrom=from_)

    def get_bytes(self, key, from_=False):
        start, stop = self._lookup(key)
        self._file.seek(start)
        if not from_:
            self._file.readline()
        text = self._file.read(stop - self._file.tell())
        return text.replace(linesep, b'\n')

    def get_file(self, key, from_=False):
        start, stop = self._lookup(key)
        self._file.seek(start)
        if not from_:
            self._file.readline()
        return _PartialFile(self._file, self._file.tell(), stop)

    def _install_message(self, message):
        from_line = None
        if isinstance(message, str):
            message = self._string_to_bytes(message)
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
        start = self._file.tell()
        self._file.write(from_line + linesep)
        self._dump_message(message, self._file, self._mangle_from_)
        return (start, self._file.tell())


class mbox(_mboxMMDF):
    """The classic Unix mailbox: messages one after another, each after a From_ line."""

    _mangle_from_ = True
    _append_newline = True

    def __init__(self, path, factory=None, create=True):
        self._message_factory = mboxMessage
        _mboxMMDF.__init__(self, path, factory, create)

    def _post_message_hook(self, f):
        f.write(linesep)

    def _generate_toc(self):
        starts, stops = [], []
        blank_before = False
        self._file.seek(0)
        while True:
            at = self._file.tell()
            line = self._file.readline()
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
        self._toc = dict(enumerate(zip(starts, stops)))
        self._next_key = len(self._toc)
        self._file_length = self._file.tell()


# ------------------------------------------------------------------ MH


class MH(Mailbox):
    """An MH mailbox: numbered message files and a .mh_sequences file."""

    def __init__(self, path, factory=None, create=True):
        Mailbox.__init__(self, path, factory, create)
        if not os.path.exists(self._path):
            if not create:
                raise NoSuchMailboxError(self._path)
            os.mkdir(self._path, 0o700)
            os.close(os.open(os.path.join(self._path, '.mh_sequences'),
                             os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        self._locked = False

    def _open_existing(self, key, mode='rb'):
        try:
            return open(os.path.join(self._path, str(key)), mode)
        except OSError as e:
            if e.errno == errno.ENOENT:
                raise KeyError('No message with key: %s' % key) from None
            raise

    def add(self, message):
        keys = self.keys()
        new_key = max(keys) + 1 if keys else 1
        new_path = os.path.join(self._path, str(new_key))
        f = _create_carefully(new_path)
        try:
            self._dump_message(message, f)
        except BaseException:
            _sync_close(f)
            os.remove(new_path)
            raise
        _sync_close(f)
        if isinstance(message, MHMessage):
            self._dump_sequences(message, new_key)
        return new_key

    def remove(self, key):
        self._open_existing(key, 'rb+').close()
        os.remove(os.path.join(self._path, str(key)))

    def __setitem__(self, key, message):
        f = self._open_existing(key, 'rb+')
        try:
            f.truncate(0)
            self._dump_message(message, f)
        finally:
            _sync_close(f)
        if isinstance(message, MHMessage):
            self._dump_sequences(message, key)

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
        return os.path.exists(os.path.join(self._path, str(key)))

    def __len__(self):
        return len(list(self.iterkeys()))

    def lock(self):
        if not self._locked:
            _dot_lock(os.path.join(self._path, '.mh_sequences'))
            self._locked = True

    def unlock(self):
        if self._locked:
            _dot_unlock(os.path.join(self._path, '.mh_sequences'))
            self._locked = False

    def flush(self):
        return

    def close(self):
        if self._locked:
            self.unlock()

    def list_folders(self):
        return [entry for entry in os.listdir(self._path)
                if os.path.isdir(os.path.join(self._path, entry))]

    def get_folder(self, folder):
        return MH(os.path.join(self._path, folder), factory=self._factory, create=False)

    def add_folder(self, folder):
        return MH(os.path.join(self._path, folder), factory=self._factory)

    def remove_folder(self, folder):
        path = os.path.join(self._path, folder)
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
        with open(os.path.join(self._path, '.mh_sequences'), 'r', encoding='ASCII') as f:
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
        with open(os.path.join(self._path, '.mh_sequences'), 'w', encoding='ASCII') as f:
            f.write(''.join(lines))

    def pack(self):
        """Renumbers the messages 1, 2, ... without gaps, sequences following."""
        sequences = self.get_sequences()
        renamed = {}
        for new_key, key in enumerate(self.keys(), 1):
            renamed[key] = new_key
            if key != new_key:
                os.rename(os.path.join(self._path, str(key)),
                          os.path.join(self._path, str(new_key)))
        self.set_sequences({name: [renamed[key] for key in keys]
                            for name, keys in sequences.items()})

    def _dump_sequences(self, message, key):
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


class Message(email.message.Message):
    """A message with a mailbox format's state; made from a Message, bytes, str or file."""

    def __init__(self, message=None):
        if isinstance(message, email.message.Message):
            self._become_message(copy.deepcopy(message))
            if isinstance(message, Message):
                message._explain_to(self)
        elif isinstance(message, bytes):
            self._become_message(email.message_from_bytes(message))
        elif isinstance(message, str):
            self._become_message(email.message_from_string(message))
        elif isinstance(message, io.TextIOWrapper):
            self._become_message(email.message_from_file(message))
        elif hasattr(message, 'read'):
            self._become_message(email.message_from_binary_file(message))
        elif message is None:
            email.message.Message.__init__(self)
        else:
            raise TypeError('Invalid message type: %s' % type(message))

    def _become_message(self, message):
        own = getattr(message, '_type_specific_attributes', [])
        for name in message.__dict__:
            if name not in own:
                self.__dict__[name] = message.__dict__[name]

    def _explain_to(self, message):
        if isinstance(message, Message):
            return
        raise TypeError('Cannot convert to specified type')


def _cannot_convert(message):
    return TypeError('Cannot convert to specified type: %s' % type(message))


class MaildirMessage(Message):
    """A message in a Maildir: its subdir ('new' or 'cur'), info/flags and date."""

    _type_specific_attributes = ['_subdir', '_info', '_date']

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
        return self._info[2:] if self._info.startswith('2,') else ''

    def set_flags(self, flags):
        self._info = '2,' + ''.join(sorted(flags))

    def add_flag(self, flag):
        self.set_flags(''.join(set(self.get_flags()) | set(flag)))

    def remove_flag(self, flag):
        if self.get_flags():
            self.set_flags(''.join(set(self.get_flags()) - set(flag)))

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

    def _explain_to(self, message):
        flags = set(self.get_flags())
        if isinstance(message, MaildirMessage):
            message.set_flags(self.get_flags())
            message.set_subdir(self.get_subdir())
            message.set_date(self.get_date())
        elif isinstance(message, _mboxMMDFMessage):
            for mine, theirs in (('S', 'R'),):
                if mine in flags:
                    message.add_flag(theirs)
            if self.get_subdir() == 'cur':
                message.add_flag('O')
            for mine, theirs in (('T', 'D'), ('F', 'F'), ('R', 'A')):
                if mine in flags:
                    message.add_flag(theirs)
            message.set_from('MAILER-DAEMON', time.gmtime(self.get_date()))
        elif isinstance(message, MHMessage):
            if 'S' not in flags:
                message.add_sequence('unseen')
            if 'R' in flags:
                message.add_sequence('replied')
            if 'F' in flags:
                message.add_sequence('flagged')
        elif not isinstance(message, Message):
            raise _cannot_convert(message)


class _mboxMMDFMessage(Message):
    """A message of an mbox: its From_ line and Status/X-Status flags."""

    _type_specific_attributes = ['_from']

    def __init__(self, message=None):
        self.set_from('MAILER-DAEMON', True)
        if isinstance(message, email.message.Message):
            unixfrom = message.get_unixfrom()
            if unixfrom is not None and unixfrom.startswith('From '):
                self.set_from(unixfrom[5:])
        Message.__init__(self, message)

    def get_from(self):
        return self._from

    def set_from(self, from_, time_=None):
        if time_ is not None:
            if time_ is True:
                time_ = time.gmtime()
            from_ += ' ' + time.asctime(time_)
        self._from = from_

    def get_flags(self):
        return self.get('Status', '') + self.get('X-Status', '')

    def set_flags(self, flags):
        flags = set(flags)
        status = ''.join(flag for flag in 'RO' if flag in flags)
        xstatus = ''.join(flag for flag in 'DFA' if flag in flags)
        xstatus += ''.join(sorted(flags - set('RODFA')))
        for header, value in (('Status', status), ('X-Status', xstatus)):
            try:
                self.replace_header(header, value)
            except KeyError:
                self.add_header(header, value)

    def add_flag(self, flag):
        self.set_flags(''.join(set(self.get_flags()) | set(flag)))

    def remove_flag(self, flag):
        if 'Status' in self or 'X-Status' in self:
            self.set_flags(''.join(set(self.get_flags()) - set(flag)))

    def _explain_to(self, message):
        flags = set(self.get_flags())
        if isinstance(message, MaildirMessage):
            if 'O' in flags:
                message.set_subdir('cur')
            for mine, theirs in (('F', 'F'), ('A', 'R'), ('R', 'S'), ('D', 'T')):
                if mine in flags:
                    message.add_flag(theirs)
            del message['status']
            del message['x-status']
            stamp = ' '.join(self.get_from().split()[-5:])
            try:
                message.set_date(calendar.timegm(time.strptime(stamp, '%a %b %d %H:%M:%S %Y')))
            except (ValueError, OverflowError):
                pass
        elif isinstance(message, _mboxMMDFMessage):
            message.set_flags(self.get_flags())
            message.set_from(self.get_from())
        elif isinstance(message, MHMessage):
            if 'R' not in flags:
                message.add_sequence('unseen')
            if 'A' in flags:
                message.add_sequence('replied')
            if 'F' in flags:
                message.add_sequence('flagged')
            del message['status']
            del message['x-status']
        elif not isinstance(message, Message):
            raise _cannot_convert(message)


class mboxMessage(_mboxMMDFMessage):
    """A message of an mbox mailbox."""


class MHMessage(Message):
    """A message of an MH mailbox: the sequences it belongs to."""

    _type_specific_attributes = ['_sequences']

    def __init__(self, message=None):
        self._sequences = []
        Message.__init__(self, message)

    def get_sequences(self):
        return self._sequences[:]

    def set_sequences(self, sequences):
        self._sequences = list(sequences)

    def add_sequence(self, sequence):
        if not isinstance(sequence, str):
            raise TypeError('sequence type must be str: %s' % type(sequence))
        if sequence not in self._sequences:
            self._sequences.append(sequence)

    def remove_sequence(self, sequence):
        try:
            self._sequences.remove(sequence)
        except ValueError:
            pass

    def _explain_to(self, message):
        sequences = set(self.get_sequences())
        if isinstance(message, MaildirMessage):
            message.set_subdir('cur')
            if 'unseen' not in sequences:
                message.add_flag('S')
            if 'flagged' in sequences:
                message.add_flag('F')
            if 'replied' in sequences:
                message.add_flag('R')
        elif isinstance(message, _mboxMMDFMessage):
            message.add_flag('O' if 'unseen' in sequences else 'RO')
            if 'flagged' in sequences:
                message.add_flag('F')
            if 'replied' in sequences:
                message.add_flag('A')
        elif isinstance(message, MHMessage):
            for sequence in self.get_sequences():
                message.add_sequence(sequence)
        elif not isinstance(message, Message):
            raise _cannot_convert(message)
