# pickle's classes and hooks: files, several pickles in one stream, persistent ids, dispatch
# tables, copyreg reducers, __getnewargs_ex__, slots, and the errors of unpicklable objects.
import copyreg
import datetime
import io
import pickle


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", str(e).split(" at 0x")[0])
    else:
        print(label, "->", repr(r).split(" at 0x")[0])


# Several pickles in one file, read back one by one.
buf = io.BytesIO()
for v in [1, "two", [3, 4], {"five": 5}]:
    pickle.dump(v, buf, protocol=2)
pickle.dump(("end",), buf)
buf.seek(0)
print([pickle.load(buf) for _ in range(5)])
show("past the end", lambda: pickle.load(buf))


# Persistent ids.
class Ref:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ("ref", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return "<loaded %s>" % key


for proto in range(1, 6):
    out = io.BytesIO()
    DBPickler(out, proto).dump([Ref("a"), Ref("b"), 3])
    data = out.getvalue()
    print(proto, data, DBUnpickler(io.BytesIO(data)).load())
show("no persistent_load", lambda: pickle.loads(out.getvalue()))


# A text persistent id at protocol 0.
class TextPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return "id-" + obj if isinstance(obj, str) and obj.startswith("p") else None


out = io.BytesIO()
TextPickler(out, 0).dump(["plain", "other"])
print(out.getvalue())


# copyreg and a pickler's own dispatch_table.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents


def make_money(cents):
    return Money(cents)


def reduce_money(m):
    return (make_money, (m.cents,))


copyreg.pickle(Money, reduce_money)
data = pickle.dumps(Money(250))
print(data, pickle.loads(data))
del copyreg.dispatch_table[Money]


class TablePickler(pickle.Pickler):
    dispatch_table = {Money: lambda m: (make_money, (m.cents + 1,))}


out = io.BytesIO()
TablePickler(out, 3).dump(Money(5))
print(out.getvalue(), pickle.loads(out.getvalue()))


# __getnewargs_ex__ with keyword arguments, at each protocol that can say it.
class Keyed:
    def __new__(cls, *args, scale=1):
        self = object.__new__(cls)
        self.args = args
        self.scale = scale
        return self

    def __getnewargs_ex__(self):
        return self.args, {"scale": self.scale}


for proto in (2, 3, 4, 5):
    try:
        k = pickle.loads(pickle.dumps(Keyed(1, 2, scale=3), proto))
        print(proto, k.args, k.scale)
    except Exception as e:
        print(proto, type(e).__name__, e)
print(pickle.dumps(Keyed(1, scale=2), 4))


# __reduce_ex__ wins over __reduce__; __setstate__ gets the state.
class Both:
    def __reduce_ex__(self, proto):
        return (Both, (), {"proto": proto})

    def __reduce__(self):
        raise AssertionError("not called")

    def __setstate__(self, state):
        self.seen = state


for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(Both(), proto)).seen)


class Slots:
    __slots__ = ("x", "y")


s = Slots()
s.x = 1
print(pickle.dumps(s, 2), pickle.loads(pickle.dumps(s)).x)
show("slots at protocol 1", lambda: pickle.dumps(s, 1))


class Nested:
    class Inner:
        pass


print(pickle.dumps(Nested.Inner, 4), pickle.dumps(Nested.Inner, 2))
print(pickle.loads(pickle.dumps(Nested.Inner, 2)) is Nested.Inner)


def local_maker():
    def local():
        pass
    return local


show("local function", lambda: pickle.dumps(local_maker()))
show("lambda", lambda: pickle.dumps(lambda: 0))
show("bad protocol", lambda: pickle.dumps(1, 6))
print(pickle.dumps(1, -1))
show("str to loads", lambda: pickle.loads("abc"))
show("no write", lambda: pickle.Pickler(42))


class BadReduce:
    def __reduce__(self):
        return 42


class ShortReduce:
    def __reduce__(self):
        return (BadReduce,)


show("bad reduce", lambda: pickle.dumps(BadReduce()))
show("short reduce", lambda: pickle.dumps(ShortReduce()))

# datetime values define __reduce__.
for v in [datetime.date(2024, 2, 29), datetime.timedelta(days=1, seconds=5, microseconds=7),
          datetime.datetime(2020, 1, 2, 3, 4, 5, 6)]:
    for proto in (0, 2, 4):
        print(proto, pickle.loads(pickle.dumps(v, proto)) == v)

# Pickles CPython wrote, read back (protocol 0 Python 2 str, 1, 2, 3, 4, 5).
written = [
    b"(dp0\nS'key'\np1\n(lp2\nI1\naF2.5\naS'caf\\xc3\\xa9'\np3\nas.",
    b'(dp0\nVkey\np1\n(lp2\nI1\naF2.5\naVcaf\xe9\np3\nas.',
    b']q\x00(K\x01G@\x04\x00\x00\x00\x00\x00\x00X\x03\x00\x00\x00abcq\x01c_codecs\nencode\nq\x02(X\x02\x00\x00\x00xyq\x03X\x06\x00\x00\x00latin1q\x04tq\x05Rq\x06e.',
    b'\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\x01X\x01\x00\x00\x00bq\x02c__builtin__\nset\nq\x03]q\x04(K\x01K\x02e\x85q\x05Rq\x06u.',
    b'\x80\x03C\x03\x00\x01\x02q\x00.',
    b'\x80\x04\x95\x18\x00\x00\x00\x00\x00\x00\x00]\x94(\x8c\x05\xc3\xa9t\xc3\xa9\x94h\x01\x8f\x94(K\x01\x90\x88\x89Ne.',
    b'\x80\x05\x95\x0e\x00\x00\x00\x00\x00\x00\x00\x96\x03\x00\x00\x00\x00\x00\x00\x00xyz\x94.',
    b'ccollections\nOrderedDict\np0\n(tRp1\nVa\np2\nI1\ns.',
    b'(K\x01(K\x02tq\x00]q\x01K\x03atq\x02.',
    b'\x80\x02c__builtin__\nfrozenset\nq\x00]q\x01X\x01\x00\x00\x00qq\x02a\x85q\x03Rq\x04.',
    b'\x80\x03cbuiltins\nrange\nq\x00K\x02K\tK\x03\x87q\x01Rq\x02.',
    b'\x80\x04\x95.\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x07complex\x94\x93\x94G@\x08\x00\x00\x00\x00\x00\x00G@\x10\x00\x00\x00\x00\x00\x00\x86\x94R\x94.',
    b'\x80\x05\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x07\xe8\x01\x02\x94\x85\x94R\x94.',
]
for data in written[1:]:
    print(pickle.loads(data))
show("ascii default", lambda: pickle.loads(written[0]))
print(pickle.loads(written[0], encoding="bytes"))
print(pickle.loads(written[0], encoding="latin1"))
print(pickle.loads(written[0], encoding="utf-8"))
