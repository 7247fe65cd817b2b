"""sqlite3.dbapi2: Connection, Cursor and Row over the native _sqlite3 core.

_sqlite3 opens databases and runs statements (with the interpreter lock released, user
functions served from the calling thread); this module owns the Python API as CPython 3.11
has it: the isolation_level rules (an implicit BEGIN before INSERT/UPDATE/DELETE/REPLACE),
parameter adaptation (adapters, __conform__), converters by declared type or column name,
text_factory, row_factory and sqlite3.Row, the same-thread check, and CPython's errors.

Results are read whole when a statement runs and handed out row by row.
Not supported: set_authorizer, set_progress_handler, set_trace_callback,
blobopen, backup, load_extension, serialize.
"""

import datetime
import time
import _sqlite3
from _thread import get_ident as _thread_id
from _sqlite3 import (Warning, Error, InterfaceError, DatabaseError, InternalError,
                      OperationalError, ProgrammingError, IntegrityError, DataError,
                      NotSupportedError)
from sqlite3._constants import *
from sqlite3 import _constants

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


class PrepareProtocol:
    """The protocol object adapters are registered for."""

    __module__ = "sqlite3"

adapters = {}
converters = {}
_NO_ALT = object()
# Exact types bound as they are while no adapter is registered for them.
_PLAIN = {int, float, str, bytearray}
_plain_adapted = False


def register_adapter(type, adapter, /):
    global _plain_adapted
    if type in _PLAIN:
        _plain_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=_NO_ALT, /):
    """obj adapted for proto: a registered adapter, proto.__adapt__ or obj.__conform__."""
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    hook = getattr(proto, "__adapt__", None)
    if hook is not None:
        result = hook(obj)
        if result is not None:
            return result
    hook = getattr(obj, "__conform__", None)
    if hook is not None:
        result = hook(proto)
        if result is not None:
            return result
    if alt is not _NO_ALT:
        return alt
    raise ProgrammingError("can't adapt")


_NONE_TYPE = type(None)


def _bindable(value):
    """A parameter as the native layer binds it."""
    kind = type(value)
    if kind in _PLAIN:
        if not _plain_adapted:
            return value
    elif (kind is bytes or kind is _NONE_TYPE) and (kind, PrepareProtocol) not in adapters:
        return value
    value = adapt(value, PrepareProtocol, value)
    kind = type(value)
    if kind is bool or kind in (int, float, str, bytes, _NONE_TYPE):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


def _parameters(params):
    kind = type(params)
    if kind is tuple or kind is list:
        return tuple([_bindable(v) for v in params])
    if isinstance(params, dict):
        return {k: _bindable(v) for k, v in params.items()}
    if hasattr(kind, "__len__") and hasattr(kind, "__getitem__"):
        return tuple([_bindable(params[i]) for i in range(len(params))])
    raise ProgrammingError("parameters are of unsupported type")


def enable_callback_tracebacks(flag, /):
    global _callback_tracebacks
    _callback_tracebacks = bool(flag)


_callback_tracebacks = False


def enable_shared_cache(enable):
    return None


def complete_statement(statement):
    """Whether the text ends with a complete SQL statement (a semicolon outside quotes and comments)."""
    if not isinstance(statement, str):
        raise TypeError(f"complete_statement() argument 'statement' must be str, not {type(statement).__name__}")
    i, n, done = 0, len(statement), False
    while i < n:
        ch = statement[i]
        if ch == ";":
            done = True
        elif ch in " \t\n\r\f":
            pass
        elif ch in "'\"`[":
            close = "]" if ch == "[" else ch
            end = statement.find(close, i + 1)
            if end < 0:
                return False
            i, done = end, False
        elif statement.startswith("--", i):
            end = statement.find("\n", i)
            if end < 0:
                return done
            i = end
        elif statement.startswith("/*", i):
            end = statement.find("*/", i + 2)
            if end < 0:
                return False
            i = end + 1
        else:
            done = False
        i += 1
    return done


def _first_word(sql):
    """The first keyword of a statement, after blanks and comments, upper-cased."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i] in " \t\n\r\f":
            i += 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            break
    j = i
    while j < n and sql[j].isalpha():
        j += 1
    return sql[i:j].upper()


_DML = ("INSERT", "UPDATE", "DELETE", "REPLACE")
_dml_seen = {}


def _is_dml(sql):
    """Whether a statement is INSERT/UPDATE/DELETE/REPLACE (remembered per text, as statements repeat)."""
    known = _dml_seen.get(sql)
    if known is None:
        if len(_dml_seen) > 512:
            _dml_seen.clear()
        known = _dml_seen[sql] = _first_word(sql) in _DML
    return known
_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


def _check_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    if level.upper() not in _LEVELS:
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
    return level.upper()


class Connection:
    """An open SQLite database."""

    __module__ = "sqlite3"

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        import os
        path = os.fsdecode(os.fspath(database)) if not isinstance(database, str) else database
        self._db = None
        self._db = _sqlite3.connect(path, float(timeout), bool(uri))
        self._owner = _thread_id()
        self._check_same_thread = bool(check_same_thread)
        self._isolation_level = _check_level(isolation_level)
        self.detect_types = detect_types
        self.row_factory = None
        self.text_factory = str
        self._funcs = []

    def _check(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        if self._check_same_thread and _thread_id() != self._owner:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                f"The object was created in thread id {self._owner} and this is thread id {_thread_id()}.")

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            self._check()
            if _sqlite3.in_transaction(self._db):
                self._run("COMMIT")
        self._isolation_level = _check_level(level)

    @property
    def in_transaction(self):
        self._check()
        return _sqlite3.in_transaction(self._db)

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.total_changes(self._db)

    def _run(self, sql):
        _sqlite3.execute(self._db, self._funcs, sql, [()], None, str, None)

    def cursor(self, factory=None):
        self._check()
        cur = Cursor(self) if factory is None else factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not " + type(cur).__name__)
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if _sqlite3.in_transaction(self._db):
            self._run("COMMIT")

    def rollback(self):
        self._check()
        if _sqlite3.in_transaction(self._db):
            self._run("ROLLBACK")

    def close(self):
        if self._db is not None:
            if self._check_same_thread and _thread_id() != self._owner:
                self._check()
            _sqlite3.close(self._db)
            self._db = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                if self._db is not None:
                    self.rollback()
                raise
        else:
            self.rollback()
        return False

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        self._funcs.append(func)
        _sqlite3.create_function(self._db, name, narg, len(self._funcs) - 1, bool(deterministic))

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        self._funcs.append(aggregate_class)
        _sqlite3.create_aggregate(self._db, name, n_arg, len(self._funcs) - 1)

    def iterdump(self):
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def interrupt(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")
        _sqlite3.interrupt(self._db)

    def create_collation(self, name, callback, /):
        self._check()
        if callback is not None and not callable(callback):
            raise TypeError("parameter must be callable")
        if not isinstance(name, str):
            raise TypeError(f"create_collation() argument 1 must be str, not {type(name).__name__}")
        if callback is None:
            _sqlite3.create_collation(self._db, name, None)
            return
        self._funcs.append(callback)
        _sqlite3.create_collation(self._db, name, len(self._funcs) - 1)

    def _converters(self, columns):
        """Each result column's converter (or None), by the connection's detect_types."""
        chosen = []
        for name, decl in columns:
            conv = None
            if self.detect_types & PARSE_COLNAMES:
                start = name.find("[")
                if start >= 0:
                    end = name.find("]", start + 1)
                    if end >= 0:
                        conv = converters.get(name[start + 1:end].upper())
            if conv is None and self.detect_types & PARSE_DECLTYPES and decl:
                key = decl
                for stop in (" ", "("):
                    cut = key.find(stop)
                    if cut >= 0:
                        key = key[:cut]
                conv = converters.get(key.upper())
            chosen.append(conv)
        return chosen


def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    """Opens a connection to the SQLite database file `database` (":memory:" for one in memory)."""
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)


class Cursor:
    """Runs statements on a connection and hands out their rows."""

    __module__ = "sqlite3"

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {type(connection).__name__}")
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self._rows = []
        self._next = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self.connection._check()

    def _column_name(self, name):
        if self.connection.detect_types & PARSE_COLNAMES:
            cut = name.find("[")
            if cut >= 0:
                if cut > 0 and name[cut - 1] == " ":
                    cut -= 1
                return name[:cut]
        return name

    def _run(self, sql, sets, many):
        conn = self.connection
        self._rows, self._next = [], 0
        self.description = None
        dml = _is_dml(sql)
        level = conn._isolation_level
        begin = None if level is None or not dml else ("BEGIN " + level).rstrip()
        pick = conn._converters if conn.detect_types else None
        self.rowcount = -1
        columns, rows, changes, lastrowid = _sqlite3.execute(
            conn._db, conn._funcs, sql, sets, begin, conn.text_factory, pick)
        if columns is not None:
            if conn.detect_types & PARSE_COLNAMES:
                names = [self._column_name(name) for name, _ in columns]
            else:
                names = [name for name, _ in columns]
            self.description = tuple([(name, None, None, None, None, None, None) for name in names])
        if dml:
            self.rowcount = changes
        if not many:
            self.lastrowid = lastrowid
        self._rows = rows

    def execute(self, sql, parameters=(), /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f"execute() argument 1 must be str, not {type(sql).__name__}")
        self._run(sql, [_parameters(parameters)], False)
        return self

    def executemany(self, sql, seq_of_parameters, /):
        self._check()
        if not isinstance(sql, str):
            raise TypeError(f"executemany() argument 1 must be str, not {type(sql).__name__}")
        sets = [_parameters(p) for p in seq_of_parameters]
        if not _is_dml(sql):
            raise ProgrammingError("executemany() can only execute DML statements.")
        self._run(sql, sets, True)
        return self

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError(f"executescript() argument must be str, not {type(sql_script).__name__}")
        conn = self.connection
        self._rows, self._next = [], 0
        _sqlite3.executescript(conn._db, conn._funcs, sql_script)
        return self

    def _take(self, count):
        rows = self._rows[self._next:self._next + count]
        self._next += len(rows)
        factory = self.row_factory
        if factory is not None:
            rows = [factory(self, row) for row in rows]
        return rows

    def fetchone(self):
        self._check()
        rows = self._take(1)
        return rows[0] if rows else None

    def fetchmany(self, size=None):
        self._check()
        if size is None:
            size = self.arraysize
        return self._take(max(size, 0) if size >= 0 else len(self._rows))

    def fetchall(self):
        self._check()
        return self._take(len(self._rows))

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        rows = self._take(1)
        if not rows:
            raise StopIteration
        return rows[0]

    def close(self):
        if not self._closed:
            self.connection._check()
        self._closed = True
        self._rows = []

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


class Row:
    """A result row readable by index and by column name (any case)."""

    __module__ = "sqlite3"

    __slots__ = ("_names", "_values")

    def __init__(self, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {type(cursor).__name__}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {type(data).__name__}")
        desc = cursor.description or ()
        self._names = tuple(d[0] for d in desc)
        self._values = data

    def keys(self):
        return list(self._names)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._values[key]
        if isinstance(key, str):
            wanted = key.lower()
            for i, name in enumerate(self._names):
                if name.lower() == wanted:
                    return self._values[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._values[key]
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._names == other._names and self._values == other._values

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._names) ^ hash(self._values)



def _adapt_date(value):
    return value.isoformat()


def _adapt_datetime(value):
    return value.isoformat(" ")


def _convert_date(raw):
    return datetime.date(*map(int, raw.split(b"-")))


def _convert_timestamp(raw):
    day, clock = raw.split(b" ")
    year, month, mday = map(int, day.split(b"-"))
    parts = clock.split(b".")
    hours, minutes, seconds = map(int, parts[0].split(b":"))
    micro = int("{:0<6.6}".format(parts[1].decode())) if len(parts) == 2 else 0
    return datetime.datetime(year, month, mday, hours, minutes, seconds, micro)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)

_BASE_NAMES = [name for name in dir() if not name.startswith("_")]
__all__ = _BASE_NAMES
