# sqlite3: connections, cursors, parameters, fetching, descriptions, rowcount/lastrowid, Row.
import sqlite3

print(sqlite3.apilevel, sqlite3.threadsafety, sqlite3.paramstyle, sqlite3.version,
      sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, type(sqlite3.sqlite_version_info))
print(sqlite3.SQLITE_OK, sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_DENY, sqlite3.SQLITE_INSERT)

con = sqlite3.connect(":memory:")
print(type(con), type(con.cursor()), con.isolation_level == "", con.in_transaction, con.total_changes)
cur = con.cursor()
print(cur.arraysize, cur.rowcount, cur.lastrowid, cur.description, cur.connection is con)
cur.execute("create table people (id integer primary key, name text not null, age integer, score real, photo blob)")
print(cur.description, cur.rowcount)
cur.execute("insert into people (name, age, score, photo) values (?, ?, ?, ?)", ("ann", 31, 9.5, b"\x00\x01"))
print(cur.rowcount, cur.lastrowid, con.in_transaction)
cur.execute("insert into people (name, age) values (:name, :age)", {"name": "bob", "age": 25})
cur.executemany("insert into people (name, age, score) values (?, ?, ?)",
                [("cy", 40, 1.25), ("di", None, -3.0), ("ed", 19, 0.0)])
print(cur.rowcount, cur.lastrowid)
con.commit()
print(con.in_transaction, con.total_changes)

cur.execute("select id, name, age, score, photo from people order by id")
print(cur.description)
print(cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchall(), cur.fetchone(), cur.fetchall())
for row in con.execute("select name, age from people where age > ? order by age", (20,)):
    print(row)
print(con.execute("select count(*), sum(age), avg(score), max(name) from people").fetchone())
print(con.execute("select typeof(1), typeof(1.5), typeof('x'), typeof(x'00'), typeof(null)").fetchone())
print(con.execute("select ?, ?, ?, ?, ?, ?", (None, 1, 2.5, "text", b"bytes", True)).fetchone())
print(con.execute("select ?", (bytearray(b"ba"),)).fetchone(), con.execute("select ?", (memoryview(b"mv"),)).fetchone())
print(con.execute("select ?", (2**63 - 1,)).fetchone(), con.execute("select ?", (-2**63,)).fetchone())
print(con.execute("select 'héllo ☃', length('héllo ☃')").fetchone())
print(con.execute("select :a + :b, :a * 2", {"a": 3, "b": 4, "unused": object()}).fetchone())
print(con.execute("select $x || @y", {"x": "p", "y": "q"}).fetchone())
print(con.execute("select ?1, ?2, ?1", ("one", "two")).fetchone())
print(con.execute("select 1 where 0").fetchall(), con.execute("select 1 where 0").fetchone())

# update/delete rowcount
print(con.execute("update people set age = age + 1 where age is not null").rowcount)
print(con.execute("delete from people where name = 'nobody'").rowcount)
print(con.execute("delete from people where age < 30").rowcount)
print(con.execute("select name from people order by name").fetchall())
con.rollback()
print(con.execute("select count(*) from people").fetchone())

# Row factory
con.row_factory = sqlite3.Row
row = con.execute("select id, name as Name, age from people where id = 1").fetchone()
print(type(row).__name__, row.keys(), len(row), row[0], row[-1], row["name"], row["NAME"], row[1:], tuple(row))
print(list(row), row == con.execute("select id, name as Name, age from people where id = 1").fetchone())
print(hash(row) == hash(con.execute("select id, name as Name, age from people where id = 1").fetchone()))
for key in (5, "missing", 1.5, None):
    try:
        row[key]
    except IndexError as e:
        print("IndexError", e)
con.row_factory = lambda cursor, values: dict(zip([d[0] for d in cursor.description], values))
print(con.execute("select 1 as a, 2 as b").fetchall())
con.row_factory = None
c2 = con.cursor()
c2.row_factory = lambda cursor, values: values[0]
print(c2.execute("select name from people order by id").fetchall())
try:
    sqlite3.Row(1, ())
except TypeError as e:
    print("TypeError", e)

# executescript
con.executescript("""
    create table t(x);
    insert into t values (1);
    insert into t values (2);
    -- a comment
    select * from t;
""")
print(con.execute("select * from t").fetchall(), con.in_transaction)
cur = con.cursor()
print(cur.executescript("insert into t values (3);") is cur)

# context manager: commit on success, rollback on error
with con:
    con.execute("insert into t values (10)")
print(con.in_transaction, con.execute("select count(*) from t").fetchone())
try:
    with con:
        con.execute("insert into t values (11)")
        raise KeyError("boom")
except KeyError:
    pass
print(con.execute("select count(*) from t").fetchone())
with con as same:
    print(same is con)

# isolation levels
auto = sqlite3.connect(":memory:", isolation_level=None)
auto.execute("create table t(x)")
auto.execute("insert into t values (1)")
print(auto.isolation_level, auto.in_transaction)
auto.execute("begin")
auto.execute("insert into t values (2)")
print(auto.in_transaction)
auto.rollback()
print(auto.execute("select * from t").fetchall())
for level in ("DEFERRED", "immediate", "Exclusive", ""):
    auto.isolation_level = level
    print(repr(auto.isolation_level))
    auto.execute("insert into t values (3)")
    print(auto.in_transaction)
    auto.commit()
auto.isolation_level = None
print(auto.isolation_level, auto.total_changes)

# description with expressions and aliases
cur = con.execute('select 1 + 1, x as "my col", upper(\'a\') from t limit 1')
print(cur.description)
print(con.execute("create table u(a)").description, con.execute("insert into u values (1)").description)

# iterdump
dump = sqlite3.connect(":memory:")
dump.executescript("""
    create table items(id integer primary key autoincrement, name text, price real, data blob);
    insert into items(name, price, data) values ('a''b', 1.5, x'0102'), ('c', null, null);
    create index items_name on items(name);
    create view cheap as select * from items where price < 2;
""")
for line in dump.iterdump():
    print(line)

# closing
cur = con.cursor()
cur.close()
cur.close()
con.close()
con.close()
print("closed")
