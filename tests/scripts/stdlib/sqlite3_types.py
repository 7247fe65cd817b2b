# sqlite3: text_factory, adapters, converters (PARSE_DECLTYPES / PARSE_COLNAMES), dates.
import datetime
import decimal
import sqlite3

con = sqlite3.connect(":memory:")
print(con.text_factory is str)
con.text_factory = bytes
print(con.execute("select 'abc', x'0102', 5").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'abc', x'0102', null").fetchone())
con.text_factory = str


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def adapt_point(p):
    return f"{p.x};{p.y}"


def convert_point(raw):
    x, y = map(float, raw.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
sqlite3.register_adapter(decimal.Decimal, str)
print(con.execute("select ?", (Point(1, 2),)).fetchone())
print(con.execute("select ?", (decimal.Decimal("1.10"),)).fetchone())


class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"


print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(Conforming()))

typed = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
typed.execute("create table t(p point, q POINT(10), d date, ts timestamp, n integer, plain)")
typed.execute("insert into t values (?, ?, ?, ?, ?, ?)",
              (Point(1.5, 2), Point(0, -1), datetime.date(2024, 2, 29),
               datetime.datetime(2024, 2, 29, 13, 45, 1, 250000), 7, "x"))
print(typed.execute("select * from t").fetchone())
print(typed.execute("select p, d from t").description)
sqlite3.register_converter("shout", lambda raw: raw.upper())
print(typed.execute('select plain as "plain [shout]", n as "n [shout]", q as "q [shout]" from t').fetchone())
print(typed.execute('select plain as "plain [shout]", n as "n  [x]" from t').description)
print(typed.execute("select null as 'x [point]', 0.1 as 's [shout]', 2.5 as 't [shout]'").fetchone())
sqlite3.register_converter("INTEGER", lambda raw: ("int", raw))
print(typed.execute("select n from t").fetchone())
print(typed.execute("select 2.5 as 'f [integer]', 3 as 'i [integer]', x'00' as 'b [integer]'").fetchone())
del sqlite3.converters["INTEGER"]
print(sorted(k for k in sqlite3.converters if k in ("POINT", "DATE", "TIMESTAMP")))

plain = sqlite3.connect(":memory:")
print(plain.execute("select ?, ?", (datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5))).fetchone())
print(bytes(sqlite3.Binary(b"ab")), sqlite3.Date(2020, 1, 2), sqlite3.Time(1, 2, 3), sqlite3.Timestamp(2020, 1, 2, 3, 4, 5))
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"),
      sqlite3.complete_statement("select ';"), sqlite3.complete_statement("select 'a;';"),
      sqlite3.complete_statement("select 1; -- c"), sqlite3.complete_statement("/* x; */"))
