# marshal: bytes of every marshallable type at versions 0-4, round trips, references,
# file dump/load, and the errors, compared with python3.
import io
import marshal

VALUES = [
    None, True, False, ..., StopIteration, 0, 1, -1, 255, 256, -5, 2**31 - 1, -2**31, 2**31,
    -2**31 - 1, 2**62, 2**63, -2**64, 2**100, -(3**90), 1.5, -0.0, 1e300, 2.5e-300,
    complex(1, -2), "", "abc", "hello world", "héllo", "日本", "a" * 300, "b c" * 100,
    b"", b"xy\x00z", (), (1,), (1, "a", 2.5), tuple(range(300)), [], [1, [2, [3]]],
    {"a": 1, "b": [2]}, {1, 2, 3}, frozenset(), frozenset({"x"}), ("abc", "abc"),
]
for version in range(5):
    for v in VALUES:
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        print(version, repr(v)[:40], data[:60], back == v or (v != v), type(back).__name__)

shared = [1, 2]
print(marshal.dumps([shared, shared]))
print(marshal.dumps((shared, shared), 2))
word = "hello world"
print(marshal.dumps((word, word)))
print(marshal.loads(marshal.dumps([shared, shared]))[0] is marshal.loads(marshal.dumps([shared, shared]))[1])
both = marshal.loads(marshal.dumps([shared, shared]))
print(both, both[0] is both[1])
print(marshal.dumps(bytearray(b"ab")), marshal.dumps(memoryview(b"cd")))
print(marshal.loads(b"i\x05\x00\x00\x00trailing"), marshal.loads(bytearray(b"N")))
print(marshal.loads(b"f\x031.5"), marshal.loads(b"x\x011\x03-2.5"))
print(marshal.version)

buf = io.BytesIO()
marshal.dump({"k": (1, 2)}, buf)
marshal.dump("second", buf, 2)
marshal.dump(None, buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf), buf.tell())

for bad in [
    lambda: marshal.dumps(object()),
    lambda: marshal.dumps([1, print]),
    lambda: marshal.dumps({1: int}),
    lambda: marshal.dumps(lambda: 0),
    lambda: marshal.dumps(),
    lambda: marshal.dumps(1, 2, 3),
    lambda: marshal.dumps(1, version=2),
    lambda: marshal.loads(b""),
    lambda: marshal.loads(b"i\x01"),
    lambda: marshal.loads("N"),
    lambda: marshal.loads(b"r\x05\x00\x00\x00"),
    lambda: marshal.loads(b"Q"),
    lambda: marshal.loads(b"l\x01\x00\x00\x00\xff\xff"),
    lambda: marshal.loads(b"[\x02\x00\x00\x00N"),
    lambda: marshal.load(io.BytesIO(b"")),
    lambda: marshal.load(io.StringIO("N")),
    lambda: marshal.dump(1, io.StringIO()),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# A fresh value is not flagged; one a variable also holds is.
print(marshal.dumps([1, 2]))
held = [1, 2]
print(marshal.dumps(held))


def local_dict():
    d = {"a": [1]}
    return marshal.dumps(d)


print(local_dict())
