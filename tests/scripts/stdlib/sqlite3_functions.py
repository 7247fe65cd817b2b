# sqlite3: create_function and create_aggregate, their errors, and transactions in files.
import os
import sqlite3
import tempfile

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: None if x is None else x * 2)
con.create_function("join3", 3, lambda a, b, c: f"{a}-{b}-{c}")
con.create_function("count_args", -1, lambda *args: len(args))
con.create_function("blobby", 0, lambda: b"\x00\xff", deterministic=True)
con.create_function("kind", 1, lambda v: type(v).__name__)
print(con.execute("select double(21), double(1.5), double('ab'), double(null)").fetchone())
print(con.execute("select join3(1, 'b', 2.5), count_args(), count_args(1, 2, 3)").fetchone())
print(con.execute("select blobby(), kind(1), kind(1.0), kind('s'), kind(x'00'), kind(null)").fetchone())


class Sum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        if value is not None:
            self.total += value

    def finalize(self):
        return self.total


class Concat:
    def __init__(self):
        self.parts = []

    def step(self, value, sep):
        self.parts.append(str(value))
        self.sep = sep

    def finalize(self):
        return self.sep.join(self.parts) if self.parts else None


con.create_aggregate("mysum", 1, Sum)
con.create_aggregate("myjoin", 2, Concat)
con.execute("create table t(g, v)")
con.executemany("insert into t values (?, ?)", [("a", 1), ("a", 2), ("b", 10), ("b", None), ("c", 5)])
print(con.execute("select mysum(v) from t").fetchone())
print(con.execute("select g, mysum(v), myjoin(v, '+') from t group by g order by g").fetchall())
print(con.execute("select mysum(v) from t where 0").fetchone())
print(con.execute("select double(v) from t where v is not null order by v").fetchall())


def boom():
    raise ValueError("inside")


class BadInit:
    def __init__(self):
        raise ValueError

    def step(self, v):
        pass

    def finalize(self):
        return 1


class BadStep(Sum):
    def step(self, v):
        raise ValueError


class BadFinal(Sum):
    def finalize(self):
        raise ValueError


con.create_function("boom", 0, boom)
con.create_function("weird", 0, lambda: object())
con.create_aggregate("badinit", 1, BadInit)
con.create_aggregate("badstep", 1, BadStep)
con.create_aggregate("badfinal", 1, BadFinal)
for sql in ("select boom()", "select weird()", "select badinit(v) from t", "select badstep(v) from t",
            "select badfinal(v) from t", "select nofunc(1)", "select double(1, 2)", "select mysum(v, v) from t"):
    try:
        con.execute(sql).fetchall()
    except sqlite3.Error as e:
        print(type(e).__name__, e)

# A file database: changes seen by a second connection only after commit.
folder = tempfile.mkdtemp()
path = os.path.join(folder, "test.db")
writer = sqlite3.connect(path, timeout=1.0)
writer.execute("create table log(msg)")
writer.commit()
writer.execute("insert into log values ('first')")
reader = sqlite3.connect(path)
print(reader.execute("select count(*) from log").fetchone(), writer.in_transaction)
writer.commit()
print(reader.execute("select count(*) from log").fetchone(), writer.in_transaction)
writer.close()
reader.close()
again = sqlite3.connect(path)
print(again.execute("select * from log").fetchall())
again.close()
os.remove(path)
os.rmdir(folder)

# collations
col = sqlite3.connect(":memory:")
col.execute("create table w(s)")
col.executemany("insert into w values (?)", [("b",), ("A",), ("c",), ("a",), ("B",)])


def reverse_nocase(x, y):
    x, y = x.lower(), y.lower()
    return -1 if x > y else 1 if x < y else 0


col.create_collation("rev", reverse_nocase)
print(col.execute("select s from w order by s collate rev, s").fetchall())
print(col.execute("select s from w order by s collate nocase, s").fetchall())
col.create_collation("rev", None)
try:
    col.execute("select s from w order by s collate rev")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
try:
    col.create_collation("bad", 5)
except TypeError as e:
    print("TypeError", e)
col.interrupt()
print(col.execute("select 1").fetchone())
