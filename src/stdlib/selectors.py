"""selectors: wait until registered file objects are ready, over select(), poll() or epoll().

A selector keeps one SelectorKey per registered file descriptor (in `_fd_to_key`); the
concrete classes mirror registrations into the kernel interface they wrap and turn what it
reports back into (key, EVENT_READ/EVENT_WRITE mask) pairs. DefaultSelector is the best one this
platform has (epoll on Linux).
"""

import abc
import math
import select
import sys
from collections import namedtuple
from collections.abc import Mapping as _Mapping

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_ALL_EVENTS = EVENT_READ | EVENT_WRITE


def _fileobj_to_fd(fileobj):
    """The file descriptor of fileobj: an int itself, or what its fileno() returns."""
    fd = fileobj
    if not isinstance(fd, int):
        try:
            fd = int(fileobj.fileno())
        except (TypeError, ValueError, AttributeError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


SelectorKey = namedtuple('SelectorKey', 'fileobj fd events data')
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    What a selector remembers of one registration: the file object, its descriptor, the
    events waited for and the caller's data.
    """


def _not_registered(fileobj):
    return KeyError("{!r} is not registered".format(fileobj))


class _SelectorMapping(_Mapping):
    """The read-only view get_map() returns: file objects (or descriptors) to their keys."""

    def __init__(self, selector):
        self._owner = selector

    def __len__(self):
        return len(self._owner._keys)

    def __getitem__(self, fileobj):
        owner = self._owner
        try:
            return owner._keys[owner._fd_of(fileobj)]
        except KeyError:
            raise _not_registered(fileobj) from None

    def __iter__(self):
        return iter(self._owner._keys)


class BaseSelector(metaclass=abc.ABCMeta):
    """The interface every selector offers.

    register() a file object for some events, then select() to learn which are ready. A file
    object is an int descriptor or anything with a fileno() method.
    """

    @abc.abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch fileobj for events (EVENT_READ | EVENT_WRITE) and return its SelectorKey;
        ValueError for bad events or objects, KeyError if it is already registered."""
        raise NotImplementedError

    @abc.abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj and return its SelectorKey; KeyError if it was not watched.
        A file object must be unregistered before it is closed."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events or data of a registration; returns the new SelectorKey."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abc.abstractmethod
    def select(self, timeout=None):
        """Wait until some registered file object is ready, or timeout seconds pass (None: no
        limit; <= 0: just look). Returns a list of (key, ready events) pairs."""
        raise NotImplementedError

    def close(self):
        """Release what the selector holds; it cannot be used afterwards."""

    def get_key(self, fileobj):
        """The SelectorKey of a registered file object (KeyError if there is none)."""
        registry = self.get_map()
        if registry is None:
            raise RuntimeError('Selector is closed')
        try:
            return registry[fileobj]
        except KeyError:
            raise _not_registered(fileobj) from None

    @abc.abstractmethod
    def get_map(self):
        """A mapping from file objects to their SelectorKeys (None once closed)."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping shared by the concrete selectors: one SelectorKey per descriptor in
    `_keys`. Subclasses tell their kernel interface through three hooks: _watch(key) after a
    registration, _unwatch(key) after its removal and _rewatch(key, events) before the events
    of a registration change."""

    _strict_modify = True

    def __init__(self):
        self._keys = {}
        self._view = _SelectorMapping(self)

    def _fd_of(self, fileobj):
        """fileobj's descriptor; for an object that no longer has one (closed since it was
        registered), the descriptor it was registered with."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            known = [key.fd for key in self._keys.values() if key.fileobj is fileobj]
            if known:
                return known[0]
            raise

    def _registered(self, fileobj):
        try:
            return self._keys[self._fd_of(fileobj)]
        except KeyError:
            raise _not_registered(fileobj) from None

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError("Invalid events: {!r}".format(events))
        fd = self._fd_of(fileobj)
        if fd in self._keys:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, fd))
        key = self._keys[fd] = SelectorKey(fileobj, fd, events, data)
        try:
            self._watch(key)
        except BaseException:
            # keep our registry and the kernel's in step
            del self._keys[fd]
            raise
        return key

    def unregister(self, fileobj):
        try:
            key = self._keys.pop(self._fd_of(fileobj))
        except KeyError:
            raise _not_registered(fileobj) from None
        self._unwatch(key)
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            if self._strict_modify and (not events or events & ~_ALL_EVENTS):
                # as a new registration would fail, after the old one is dropped
                self.unregister(fileobj)
                raise ValueError("Invalid events: {!r}".format(events))
            try:
                self._rewatch(key, events)
            except BaseException:
                self.unregister(fileobj)
                raise
            key = self._keys[key.fd] = self._changed(key, fileobj, events, data)
        elif data != key.data:
            key = self._keys[key.fd] = key._replace(data=data)
        return key

    def _changed(self, key, fileobj, events, data):
        return key._replace(events=events, data=data)

    def _watch(self, key):
        pass

    def _unwatch(self, key):
        pass

    def _rewatch(self, key, events):
        pass

    def close(self):
        self._keys.clear()
        self._view = None

    def get_map(self):
        return self._view

    def _report(self, ready):
        """(key, mask) pairs from (fd, mask) pairs, masked by what each key waits for; a
        descriptor unregistered meanwhile is left out."""
        found = []
        for fd, mask in ready:
            key = self._keys.get(fd)
            if key:
                found.append((key, mask & key.events))
        return found


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._read_fds = set()
        self._write_fds = set()

    def _watch(self, key):
        if key.events & EVENT_READ:
            self._read_fds.add(key.fd)
        if key.events & EVENT_WRITE:
            self._write_fds.add(key.fd)

    def _unwatch(self, key):
        self._read_fds.discard(key.fd)
        self._write_fds.discard(key.fd)

    def _rewatch(self, key, events):
        self._unwatch(key)
        self._watch(key._replace(events=events))

    def _changed(self, key, fileobj, events, data):
        # a new registration: it keeps the file object modify() was given
        return SelectorKey(fileobj, key.fd, events, data)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            readable, writable, _ = select.select(self._read_fds, self._write_fds, [], timeout)
        except InterruptedError:
            return []
        readable, writable = set(readable), set(writable)
        return self._report(
            (fd, (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0))
            for fd in readable | writable)


class _PollLikeSelector(_BaseSelectorImpl):
    """The common part of the selectors over a poll()-like kernel object: subclasses name the
    object's type and its read and write flags."""
    _poller_type = None
    _POLL_READ = None
    _POLL_WRITE = None
    _strict_modify = False

    def __init__(self):
        super().__init__()
        self._poller = self._poller_type()

    def _flags(self, events):
        return ((self._POLL_READ if events & EVENT_READ else 0)
                | (self._POLL_WRITE if events & EVENT_WRITE else 0))

    def _watch(self, key):
        self._poller.register(key.fd, self._flags(key.events))

    def _unwatch(self, key):
        try:
            self._poller.unregister(key.fd)
        except OSError:
            # the descriptor may be closed already: the kernel forgot it by itself
            pass

    def _rewatch(self, key, events):
        self._poller.modify(key.fd, self._flags(events))

    def _wait(self, timeout):
        # poll() counts in milliseconds, rounded up so a short wait still waits
        if timeout is not None:
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1e3)
        return self._poller.poll(timeout)

    def select(self, timeout=None):
        try:
            reported = self._wait(timeout)
        except InterruptedError:
            return []
        # Anything beyond "readable" counts as writable and the other way round, so that
        # errors and hang-ups wake up whoever waits.
        not_read, not_write = ~self._POLL_READ, ~self._POLL_WRITE
        return self._report(
            (fd, (EVENT_WRITE if flags & not_read else 0) | (EVENT_READ if flags & not_write else 0))
            for fd, flags in reported)


class _OwnFdSelector(_PollLikeSelector):
    """A poll-like selector whose kernel object is itself a descriptor (epoll, /dev/poll)."""

    def fileno(self):
        return self._poller.fileno()

    def close(self):
        self._poller.close()
        super().close()


if hasattr(select, 'poll'):
    class PollSelector(_PollLikeSelector):
        """A selector over select.poll()."""
        _poller_type = staticmethod(select.poll)
        _POLL_READ, _POLL_WRITE = select.POLLIN, select.POLLOUT

if hasattr(select, 'epoll'):
    class EpollSelector(_OwnFdSelector):
        """A selector over select.epoll()."""
        _poller_type = staticmethod(select.epoll)
        _POLL_READ, _POLL_WRITE = select.EPOLLIN, select.EPOLLOUT

        def _wait(self, timeout):
            # epoll counts in seconds (a float, -1 for no limit), rounded up to whole
            # milliseconds; it needs room for at least one event
            if timeout is None:
                seconds = -1
            elif timeout <= 0:
                seconds = 0
            else:
                seconds = math.ceil(timeout * 1e3) * 1e-3
            return self._poller.poll(seconds, max(len(self._keys), 1))

if hasattr(select, 'devpoll'):
    class DevpollSelector(_OwnFdSelector):
        """A selector over select.devpoll() (Solaris)."""
        _poller_type = staticmethod(select.devpoll)
        _POLL_READ, _POLL_WRITE = select.POLLIN, select.POLLOUT


def _can_use(method):
    """Whether select.<method> exists and works here (it may exist but fail at run time)."""
    maker = getattr(select, method, None)
    if maker is None:
        return False
    try:
        probe = maker()
        if method == 'poll':
            probe.poll(0)
        else:
            probe.close()
    except OSError:
        return False
    return True


# the best interface this system has
for _name, _cls in (('epoll', 'EpollSelector'), ('devpoll', 'DevpollSelector'),
                    ('poll', 'PollSelector')):
    if _can_use(_name):
        DefaultSelector = globals()[_cls]
        break
else:
    DefaultSelector = SelectSelector
del _name, _cls
