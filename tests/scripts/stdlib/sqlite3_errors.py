# sqlite3: the exception hierarchy and CPython's messages for misuse and database errors.
import sqlite3


def show(label, f):
    try:
        r = f()
        print(label, "ok", r if not isinstance(r, sqlite3.Cursor) else "cursor")
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e,
              getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))


probe = sqlite3.connect(":memory:")
for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"):
    cls = getattr(sqlite3, name)
    print(name, [b.__name__ for b in cls.__mro__], cls is getattr(probe, name))

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, name text unique, v not null, check (id < 100))")
show("insert", lambda: con.execute("insert into t values (1, 'a', 1)"))
show("pk", lambda: con.execute("insert into t values (1, 'b', 1)"))
show("unique", lambda: con.execute("insert into t values (2, 'a', 1)"))
show("notnull", lambda: con.execute("insert into t values (3, 'c', null)"))
show("check", lambda: con.execute("insert into t values (300, 'd', 1)"))
show("syntax", lambda: con.execute("selec 1"))
show("no table", lambda: con.execute("select * from nope"))
show("no column", lambda: con.execute("select nope from t"))
show("two statements", lambda: con.execute("select 1; select 2"))
show("trailing comment", lambda: con.execute("select 1; -- fine").fetchall())
show("empty", lambda: con.execute("").fetchall())
show("too few", lambda: con.execute("select ?, ?", (1,)))
show("too many", lambda: con.execute("select ?", (1, 2)))
show("str params", lambda: con.execute("select ?", "ab"))
show("one str param", lambda: con.execute("select ?", "a").fetchall())
show("bad params type", lambda: con.execute("select ?", 5))
show("set params", lambda: con.execute("select ?", {1}))
show("dict for qmark", lambda: con.execute("select ?", {"a": 1}))
show("missing name", lambda: con.execute("select :a, :b", {"a": 1}))
show("list for named", lambda: con.execute("select :a", [7]).fetchall())
show("unsupported", lambda: con.execute("select ?", (object(),)))
show("unsupported named", lambda: con.execute("select :a, :b", {"a": 1, "b": [1]}))
show("too big", lambda: con.execute("select ?", (2**63,)))
show("too small", lambda: con.execute("select ?", (-2**63 - 1,)))
show("sql not str", lambda: con.execute(5))
show("executemany select", lambda: con.executemany("select ?", [(1,)]))
show("executemany not iterable", lambda: con.executemany("insert into t(v) values (?)", 5))
show("executemany bad row", lambda: con.executemany("insert into t(v) values (?)", [(1,), (2, 3)]))
show("executescript not str", lambda: con.executescript(5))
show("executescript error", lambda: con.executescript("create table z(a); bogus;"))
show("bad isolation", lambda: sqlite3.connect(":memory:", isolation_level="sometimes"))
show("bad isolation type", lambda: setattr(con, "isolation_level", 5))
show("decode", lambda: con.execute("select cast(x'ff' as text)").fetchall())
show("bad open", lambda: sqlite3.connect("/nonexistent/dir/db.sqlite"))
show("adapt", lambda: sqlite3.adapt(object()))
show("adapt alt", lambda: sqlite3.adapt(object(), sqlite3.PrepareProtocol, "alt"))

cur = con.cursor()
cur.close()
show("closed cursor execute", lambda: cur.execute("select 1"))
show("closed cursor fetch", lambda: cur.fetchall())
show("cursor of non-connection", lambda: sqlite3.Cursor(5))
con.close()
for what in ("execute", "cursor", "commit", "rollback", "total_changes", "in_transaction"):
    show("closed " + what, lambda: getattr(con, what) if what in ("total_changes", "in_transaction")
         else getattr(con, what)(*(("select 1",) if what == "execute" else ())))
show("closed close", lambda: con.close())

# the error in a traceback: raised uncaught at the end
c = sqlite3.connect(":memory:")
c.execute("select * from missing_table")
