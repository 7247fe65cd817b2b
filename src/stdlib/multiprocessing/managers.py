"""multiprocessing.managers: a server process that owns shared objects, and proxies that reach
them over a Unix socket. BaseManager.register(typeid, callable, proxytype, exposed,
method_to_typeid) declares what a manager serves; SyncManager serves dict, list, Value, Array,
Namespace, Queue, the threading locks, Condition, Event and Barrier.

The server authenticates each client (an HMAC challenge; nothing longer than a challenge is read
before that), ignores Ctrl-C (its program shuts it down at exit, as CPython's) and ends by itself
if that program is gone. Objects live until the manager shuts down (gilpy keeps no reference
counts across processes)."""

import _multiprocessing as _mp
import array
import os
import sys
import threading
import _time as time
import queue as _queue
from multiprocessing import util
from multiprocessing.context import ProcessError, get_context
from multiprocessing.connection import Connection, Client, Listener, deliver_challenge, answer_challenge

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'SharedMemoryManager']


class Token:
    """What a proxy refers to: the typeid of the object, the server's address, the object's id."""

    def __init__(self, typeid, address, id):
        self.typeid = typeid
        self.address = address
        self.id = id

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return f'{type(self).__name__}(typeid={self.typeid!r}, address={self.address!r}, id={self.id!r})'


def public_methods(obj):
    """The names of the callable attributes of `obj` that do not start with '_'."""
    return [name for name in dir(obj) if name[0] != '_' and callable(getattr(obj, name))]


# ---------------------------------------------------------------------------- served objects

class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in sorted(self.__dict__.items()) if not k.startswith('_'))
        return f'Namespace({items})'


class Value:
    """What a manager's Value is in its server: a typecode (unused) and a value."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return f'{type(self).__name__}({self._typecode!r}, {self._value!r})'

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


class _NamespaceBox:
    """A Namespace in the server, reached by name (instances here expose no __getattribute__)."""

    def __init__(self, **kwds):
        self.ns = Namespace(**kwds)

    def _getattr(self, name):
        return getattr(self.ns, name)

    def _setattr(self, name, value):
        setattr(self.ns, name, value)

    def _delattr(self, name):
        delattr(self.ns, name)

    def _repr(self):
        return repr(self.ns)


def _setitem(o, k, v):
    o[k] = v


def _delitem(o, k):
    del o[k]


# Operators on the served objects (built-in types do not expose their dunder methods).
_SERVER_OPS = {
    '__getitem__': lambda o, k: o[k],
    '__setitem__': _setitem,
    '__delitem__': _delitem,
    '__contains__': lambda o, k: k in o,
    '__len__': len,
    '__str__': str,
    '__repr__': repr,
}

# How often the server's main thread checks that the program that started it still runs.
_PARENT_CHECK_INTERVAL = 0.5


class Server:
    """The manager process: owns the shared objects and serves one thread per client connection."""

    def __init__(self, registry, address, authkey, serializer='pickle'):
        if not isinstance(authkey, bytes):
            raise TypeError(f"Authkey {authkey!r} is type {type(authkey)!s}, not bytes")
        self.registry = registry
        self.authkey = authkey
        self.listener = Listener(address=address)
        self.address = self.listener.address
        self.id_to_obj = {}
        self.next_id = 0
        self.mutex = threading.Lock()
        self.stop_event = threading.Event()
        self.owner_dir = None   # a private directory made for the socket, removed on exit

    def serve_forever(self, ready=None):
        """Accepts clients in a thread; the main thread ends the process on shutdown(), or when
        the process that started the server is gone."""
        accepter = threading.Thread(target=self.accepter, daemon=True)
        accepter.start()
        if ready is not None:
            ready.send(self.address)
        parent = os.getppid()
        while not self.stop_event.wait(_PARENT_CHECK_INTERVAL):
            if os.getppid() != parent:
                break
        self.stop()

    def stop(self):
        """Removes the socket (and its private directory) and leaves at once."""
        self.listener.close()
        if self.owner_dir is not None:
            try:
                os.rmdir(self.owner_dir)
            except OSError:
                pass
        sys.stdout.flush()
        sys.stderr.flush()
        _mp._exit(0)

    def accepter(self):
        while True:
            # stop() closes the listener (and drops its socket) from the main thread: then
            # this thread ends, whether it was waiting in accept() or about to.
            sock = self.listener._listener
            if sock is None:
                return
            try:
                conn = Connection(sock.accept())
            except OSError:
                return
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()

    def handle(self, conn):
        try:
            deliver_challenge(conn, self.authkey)
        except Exception:
            conn.close()
            return
        while True:
            try:
                op, ident, name, args, kwds = conn.recv()
            except (EOFError, OSError):
                conn.close()
                return
            except Exception as e:
                # A message that does not decode here (a class this process cannot import).
                try:
                    conn.send(('err', e))
                except Exception:
                    return
                continue
            try:
                if op == 'shutdown':
                    conn.send(('ok', None))
                    self.stop_event.set()
                    return
                if op == 'create':
                    reply = ('ok', self.create(name, *args, **kwds))
                elif op == 'dummy':
                    reply = ('ok', None)
                else:
                    reply = self.call(ident, name, args, kwds)
            except BaseException as e:
                reply = ('err', e)
            try:
                conn.send(reply)
            except Exception as e:
                conn.send(('err', e))

    def create(self, typeid, *args, **kwds):
        """Makes an object of `typeid`: (its id, the names its proxy may call)."""
        callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
        if callable is None:
            if len(args) != 1 or kwds:
                raise ValueError(f"{typeid!r} needs exactly one argument (the object) to be served")
            obj = args[0]
        else:
            obj = callable(*args, **kwds)
        return self._serve(typeid, obj, exposed, method_to_typeid)

    def _serve(self, typeid, obj, exposed, method_to_typeid):
        if exposed is None:
            exposed = public_methods(obj)
        if method_to_typeid is not None:
            exposed = list(exposed) + [m for m in method_to_typeid if m not in exposed]
        with self.mutex:
            self.next_id += 1
            ident = f'{self.next_id:x}'
            self.id_to_obj[ident] = (obj, frozenset(exposed), method_to_typeid or {})
        return ident, tuple(exposed)

    def call(self, ident, name, args, kwds):
        try:
            obj, exposed, method_to_typeid = self.id_to_obj[ident]
        except KeyError:
            raise KeyError(f'{ident!r} is not a known object id') from None
        if name == '#GETVALUE':
            return ('ok', obj)
        if name not in exposed and name not in _SERVER_OPS:
            raise AttributeError(f'method {name!r} of {type(obj)!r} object is not in exposed={tuple(sorted(exposed))!r}')
        if name in _SERVER_OPS and not hasattr(type(obj), name):
            result = _SERVER_OPS[name](obj, *args)
        else:
            result = getattr(obj, name)(*args, **kwds)
        typeid = method_to_typeid.get(name)
        if typeid is not None:
            # As CPython: the result is given to the callable registered for that typeid (an
            # entry registered without one serves the result itself).
            return ('proxy', (typeid,) + self.create(typeid, result))
        if name in ('keys', 'values', 'items'):
            result = list(result)
        return ('ok', result)


def _run_server(manager_class, address, authkey, serializer, ready, owner_dir, initializer, initargs):
    """The body of a manager's server process."""
    _mp.ignore_sigint()
    if initializer is not None:
        initializer(*initargs)
    server = Server(manager_class._registry, address, authkey, serializer)
    server.owner_dir = owner_dir
    server.serve_forever(ready)


# ---------------------------------------------------------------------------- clients

_proxy_connections = {}


def _client(address, authkey):
    """This thread's connection to the manager at `address` (one per process and thread)."""
    key = (address, authkey, os.getpid(), threading.get_ident())
    conn = _proxy_connections.get(key)
    if conn is None:
        conn = Client(address)
        answer_challenge(conn, authkey)
        _proxy_connections[key] = conn
    return conn


def dispatch(conn, op, ident, name, args=(), kwds={}):
    """Sends one request on `conn` and returns its answer (raising what the server raised)."""
    conn.send((op, ident, name, tuple(args), dict(kwds)))
    kind, value = conn.recv()
    if kind == 'err':
        raise value
    return kind, value


def _request(address, authkey, op, ident, name, args=(), kwds={}):
    return dispatch(_client(address, authkey), op, ident, name, args, kwds)[1]


def _forget_connections(address):
    for key in [k for k in _proxy_connections if k[0] == address]:
        _proxy_connections.pop(key).close()


class BaseManager:
    """Starts (or connects to) a server process holding objects of the types registered on the
    class; each registered typeid becomes a method that makes one and returns its proxy."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        if authkey is not None and not isinstance(authkey, bytes):
            raise TypeError(f"Authkey {authkey!r} is type {type(authkey)!s}, not bytes")
        self._authkey = authkey if authkey is not None else _mp.random_bytes(32)
        self._address = address
        self._serializer = serializer
        self._dir = None
        self._process = None
        self._state = 'INITIAL'
        self._ctx = ctx if ctx is not None else get_context()
        self._shutdown_timeout = shutdown_timeout
        self._finalizer = None

    @property
    def address(self):
        return self._address

    def get_server(self):
        """A Server for this manager, to run in this process with serve_forever()."""
        if self._state != 'INITIAL':
            if self._state == 'STARTED':
                raise ProcessError("Already started server")
            if self._state == 'SHUTDOWN':
                raise ProcessError("Manager has shut down")
            raise ProcessError(f"Unknown state {self._state!r}")
        server = Server(self._registry, self._address, self._authkey, self._serializer)
        self._address = server.address
        return server

    def connect(self):
        """Uses the server already running at this manager's address."""
        conn = Client(self._address)
        answer_challenge(conn, self._authkey)
        dispatch(conn, 'dummy', None, None)
        conn.close()
        self._state = 'STARTED'

    def start(self, initializer=None, initargs=()):
        if self._state != 'INITIAL':
            if self._state == 'STARTED':
                raise ProcessError("Already started server")
            if self._state == 'SHUTDOWN':
                raise ProcessError("Manager has shut down")
            raise ProcessError(f"Unknown state {self._state!r}")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        if self._address is None:
            self._dir = _mp.private_dir()
            self._address = os.path.join(self._dir, 'listener')
        reader, writer = _pipe()
        # The server is started as the context says (spawned under spawn, as CPython's).
        self._process = self._ctx.Process(target=_run_server, args=(type(self), self._address, self._authkey,
                                                                 self._serializer, writer, self._dir,
                                                                 initializer, initargs))
        self._process.name = type(self).__name__ + '-' + ':'.join(str(i) for i in self._process._identity)
        self._process.start()
        writer.close()
        try:
            self._address = reader.recv()
        except EOFError:
            self._process.join()
            raise ProcessError(f"the manager's server process ended before it was ready "
                               f"(exit code {self._process.exitcode})") from None
        reader.close()
        self._state = 'STARTED'
        # Shut down at exit if the program never does it (as CPython's finalizer).
        self._finalizer = util.Finalize(self, type(self)._finalize_manager,
                                        args=(self._process, self._address, self._authkey, self._dir,
                                              self._shutdown_timeout),
                                        exitpriority=0)

    @staticmethod
    def _finalize_manager(process, address, authkey, owner_dir, shutdown_timeout):
        """Asks the server to stop (on a connection of its own: this thread's may be waiting on a
        blocked call), waits, then terminates and finally kills it; removes its socket."""
        if process.is_alive():
            util.info('sending shutdown message to manager')
            try:
                conn = Client(address)
                try:
                    answer_challenge(conn, authkey)
                    dispatch(conn, 'shutdown', None, None)
                finally:
                    conn.close()
            except Exception:
                pass
            process.join(timeout=shutdown_timeout)
            if process.is_alive():
                util.info('manager still alive')
                process.terminate()
                process.join(timeout=shutdown_timeout)
                if process.is_alive():
                    util.info('manager still alive after terminate')
                    process.kill()
                    process.join()
        _forget_connections(address)
        if owner_dir is not None:
            util._remove_tree(owner_dir)

    def shutdown(self):
        if self._finalizer is not None:
            self._finalizer()
        self._state = 'SHUTDOWN'

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)
            if not self._process.is_alive():
                self._process = None

    def _create(self, typeid, *args, **kwds):
        """Makes an object in the server: (its id, the names its proxy may call)."""
        assert self._state == 'STARTED', 'server not yet started'
        return _request(self._address, self._authkey, 'create', None, typeid, args, kwds)

    def _proxy(self, typeid, ident, exposed):
        proxytype = self._registry[typeid][3]
        if proxytype is AutoProxy:
            proxytype = _auto_proxy_type(typeid)
        return proxytype(Token(typeid, self._address, ident), self._serializer, manager=self,
                         authkey=self._authkey, exposed=exposed)

    def __enter__(self):
        if self._state == 'INITIAL':
            self.start()
        if self._state != 'STARTED':
            raise ProcessError("Unable to start server" if self._state == 'INITIAL' else "Manager has shut down")
        return self

    def __exit__(self, *args):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None, create_method=True):
        """Declares that the managers of this class serve `typeid`: made by `callable`, reached
        through `proxytype` (AutoProxy: every public method), calling only `exposed` methods;
        the methods in `method_to_typeid` return proxies of the typeid they name."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        if method_to_typeid:
            for key, value in list(method_to_typeid.items()):
                assert type(key) is str, f'{key!r} is not a string'
                assert type(value) is str, f'{value!r} is not a string'
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        if create_method:
            def temp(self, *args, **kwds):
                util.debug('requesting creation of a shared %r object', typeid)
                ident, exp = self._create(typeid, *args, **kwds)
                return self._proxy(typeid, ident, exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


def _pipe():
    from multiprocessing.connection import Pipe
    return Pipe(duplex=False)


# ---------------------------------------------------------------------------- proxies

class BaseProxy:
    """A handle on an object in the manager's server; each call is a request over a socket (one
    connection per thread of each process). A proxy travels to other processes (in a Queue,
    Pipe or Pool task) as its token and key."""

    def __init__(self, token, serializer='pickle', manager=None, authkey=None, exposed=None, incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._address = token.address
        self._serializer = serializer
        self._manager_class = type(manager) if manager is not None else None
        self._authkey = authkey
        self._exposed_names = exposed

    def _callmethod(self, methodname, args=(), kwds={}):
        kind, value = dispatch(_client(self._address, self._authkey), 'call', self._id, methodname, args, kwds)
        if kind == 'proxy':
            typeid, ident, exposed = value
            registry = self._manager_class._registry if self._manager_class is not None else {}
            proxytype = registry[typeid][3] if typeid in registry else AutoProxy
            if proxytype is AutoProxy:
                proxytype = _auto_proxy_type(typeid)
            return proxytype(Token(typeid, self._address, ident), self._serializer, authkey=self._authkey, exposed=exposed)
        return value

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def __getstate__(self):
        return (self._token, self._serializer, self._manager_class, self._authkey, self._exposed_names)

    def __setstate__(self, state):
        (self._token, self._serializer, self._manager_class, self._authkey, self._exposed_names) = state
        self._id = self._token.id
        self._address = self._token.address

    def __repr__(self):
        return f'<{type(self).__name__} object, typeid {self._token.typeid!r} at {id(self):#x}>'

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


class AutoProxy(BaseProxy):
    """A proxy for any registered type: each name the server exposes is a method that calls it."""

    def __getattr__(self, name):
        exposed = self.__dict__.get('_exposed_names')
        if name.startswith('_') or exposed is None or name not in exposed:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

        def method(*args, **kwds):
            return self._callmethod(name, args, kwds)
        method.__name__ = name
        return method



_auto_proxy_types = {}


def _auto_proxy_type(typeid):
    """The class of AutoProxies for `typeid`, named 'AutoProxy[typeid]' as CPython's (found as
    AutoProxy by a process it travels to)."""
    cls = _auto_proxy_types.get(typeid)
    if cls is None:
        cls = type(f'AutoProxy[{typeid}]', (AutoProxy,), {})
        cls.__qualname__ = 'AutoProxy'
        cls.__module__ = __name__
        _auto_proxy_types[typeid] = cls
    return cls


class DictProxy(BaseProxy):
    _exposed_ = ('__contains__', '__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__', 'clear', 'copy',
                 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values')

    def __getitem__(self, k):
        return self._callmethod('__getitem__', (k,))

    def __setitem__(self, k, v):
        self._callmethod('__setitem__', (k, v))

    def __delitem__(self, k):
        self._callmethod('__delitem__', (k,))

    def __contains__(self, k):
        return self._callmethod('__contains__', (k,))

    def __len__(self):
        return self._callmethod('__len__')

    def __iter__(self):
        return iter(self.keys())

    def get(self, k, default=None):
        return self._callmethod('get', (k, default))

    def keys(self):
        return self._callmethod('keys')

    def values(self):
        return self._callmethod('values')

    def items(self):
        return self._callmethod('items')

    def update(self, *args, **kwds):
        self._callmethod('update', args, kwds)

    def pop(self, *args):
        return self._callmethod('pop', args)

    def popitem(self):
        return self._callmethod('popitem')

    def setdefault(self, k, default=None):
        return self._callmethod('setdefault', (k, default))

    def clear(self):
        self._callmethod('clear')

    def copy(self):
        return self._callmethod('copy')

    def __repr__(self):
        return repr(self.copy())


class ListProxy(BaseProxy):
    _exposed_ = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__', '__reversed__',
                 '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
                 'reverse', 'sort', '__imul__', 'copy')

    def __getitem__(self, i):
        return self._callmethod('__getitem__', (i,))

    def __setitem__(self, i, v):
        self._callmethod('__setitem__', (i, v))

    def __delitem__(self, i):
        self._callmethod('__delitem__', (i,))

    def __len__(self):
        return self._callmethod('__len__')

    def __contains__(self, v):
        return self._callmethod('__contains__', (v,))

    def __iter__(self):
        return iter(self._callmethod('copy'))

    def append(self, v):
        self._callmethod('append', (v,))

    def extend(self, vs):
        self._callmethod('extend', (list(vs),))

    def insert(self, i, v):
        self._callmethod('insert', (i, v))

    def pop(self, *args):
        return self._callmethod('pop', args)

    def remove(self, v):
        self._callmethod('remove', (v,))

    def index(self, *args):
        return self._callmethod('index', args)

    def count(self, v):
        return self._callmethod('count', (v,))

    def sort(self, **kwds):
        self._callmethod('sort', (), kwds)

    def reverse(self):
        self._callmethod('reverse')

    def __repr__(self):
        return repr(self._callmethod('copy'))


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')

    @property
    def value(self):
        return self._callmethod('get')

    @value.setter
    def value(self, v):
        self._callmethod('set', (v,))

    def get(self):
        return self._callmethod('get')

    def set(self, v):
        self._callmethod('set', (v,))


class ArrayProxy(BaseProxy):
    _exposed_ = ('__len__', '__getitem__', '__setitem__', 'tolist')

    def __len__(self):
        return self._callmethod('__len__')

    def __getitem__(self, i):
        return self._callmethod('__getitem__', (i,))

    def __setitem__(self, i, v):
        self._callmethod('__setitem__', (i, v))

    def __iter__(self):
        return iter(self._callmethod('tolist'))

    def __repr__(self):
        return repr(self._callmethod('tolist'))


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        args = (blocking,) if timeout is None else (blocking, timeout)
        return self._callmethod('acquire', args)

    def release(self):
        self._callmethod('release')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def notify(self, n=1):
        return self._callmethod('notify', (n,))

    def notify_all(self):
        return self._callmethod('notify_all')

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    def is_set(self):
        return self._callmethod('is_set')

    def set(self):
        self._callmethod('set')

    def clear(self):
        self._callmethod('clear')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    def wait(self, timeout=None):
        return self._callmethod('wait', (timeout,))

    def abort(self):
        return self._callmethod('abort')

    def reset(self):
        return self._callmethod('reset')

    @property
    def parties(self):
        return self._callmethod('_get', ('parties',))

    @property
    def n_waiting(self):
        return self._callmethod('_get', ('n_waiting',))

    @property
    def broken(self):
        return self._callmethod('_get', ('broken',))


class QueueProxy(BaseProxy):
    _exposed_ = ('put', 'get', 'put_nowait', 'get_nowait', 'empty', 'full', 'qsize', 'task_done', 'join')

    def put(self, item, block=True, timeout=None):
        self._callmethod('put', (item, block, timeout))

    def get(self, block=True, timeout=None):
        return self._callmethod('get', (block, timeout))

    def put_nowait(self, item):
        self._callmethod('put_nowait', (item,))

    def get_nowait(self):
        return self._callmethod('get_nowait')

    def empty(self):
        return self._callmethod('empty')

    def full(self):
        return self._callmethod('full')

    def qsize(self):
        return self._callmethod('qsize')

    def task_done(self):
        self._callmethod('task_done')

    def join(self):
        self._callmethod('join')


class NamespaceProxy(BaseProxy):
    _exposed_ = ('_getattr', '_setattr', '_delattr', '_repr')

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return self._callmethod('_getattr', (name,))

    def __setattr__(self, name, value):
        if name.startswith('_'):
            object.__setattr__(self, name, value)
        else:
            self._callmethod('_setattr', (name, value))

    def __delattr__(self, name):
        if name.startswith('_'):
            object.__delattr__(self, name)
        else:
            self._callmethod('_delattr', (name,))

    def __repr__(self):
        return self._callmethod('_repr')


class _ServedBarrier(threading.Barrier):
    """A Barrier in the server; its properties are read by name."""

    def _get(self, name):
        return getattr(self, name)


class SyncManager(BaseManager):
    """A manager serving the types of the threading and queue modules, dict, list, Value, Array
    and Namespace."""


SyncManager.register('Queue', _queue.Queue, QueueProxy)
SyncManager.register('JoinableQueue', _queue.Queue, QueueProxy)
SyncManager.register('Event', threading.Event, EventProxy)
SyncManager.register('Lock', threading.Lock, AcquirerProxy)
SyncManager.register('RLock', threading.RLock, AcquirerProxy)
SyncManager.register('Semaphore', threading.Semaphore, AcquirerProxy)
SyncManager.register('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy)
SyncManager.register('Condition', threading.Condition, ConditionProxy)
SyncManager.register('Barrier', _ServedBarrier, BarrierProxy, exposed=('wait', 'abort', 'reset', '_get'))
SyncManager.register('list', list, ListProxy)
SyncManager.register('dict', dict, DictProxy)
SyncManager.register('Value', Value, ValueProxy)
SyncManager.register('Array', Array, ArrayProxy)
SyncManager.register('Namespace', _NamespaceBox, NamespaceProxy)


def Manager(ctx=None):
    m = SyncManager(ctx=ctx)
    m.start()
    return m


class SharedMemoryManager:
    """Makes SharedMemory blocks and ShareableLists and unlinks them all at shutdown() (or at the
    end of a with block). gilpy keeps the record in this process rather than in a server
    process: blocks made by a child through a copy of the manager are that child's to unlink."""

    def __init__(self, *args, **kwargs):
        self._names = []
        self._state = "initial"

    def __repr__(self):
        return "<%s.%s object at %#x>" % (type(self).__module__, type(self).__name__, id(self))

    def start(self, initializer=None, initargs=()):
        if self._state == "started":
            raise ProcessError("Already started server")
        if initializer is not None:
            initializer(*initargs)
        self._state = "started"

    def _check_running(self):
        if self._state == "initial":
            raise ValueError("address type of None unrecognized")
        if self._state == "shutdown":
            raise FileNotFoundError(2, "No such file or directory")

    def SharedMemory(self, size):
        """A new block of `size` bytes, unlinked when the manager shuts down."""
        from multiprocessing import shared_memory
        self._check_running()
        block = shared_memory.SharedMemory(None, create=True, size=size)
        self._names.append(block.name)
        return block

    def ShareableList(self, sequence):
        """A new ShareableList of `sequence`, unlinked when the manager shuts down."""
        from multiprocessing import shared_memory
        self._check_running()
        shared = shared_memory.ShareableList(sequence)
        self._names.append(shared.shm.name)
        return shared

    def shutdown(self):
        """Unlinks every block this manager made."""
        import _posixshmem
        while self._names:
            try:
                _posixshmem.shm_unlink("/" + self._names.pop())
            except FileNotFoundError:
                pass
        self._state = "shutdown"

    def __enter__(self):
        if self._state == "initial":
            self.start()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.shutdown()
