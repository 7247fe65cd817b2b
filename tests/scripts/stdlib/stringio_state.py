# StringIO and BytesIO through their whole life: writes at the end and in the middle, reads,
# lines, seeks, truncation, newline translation, closing (every call after it raises), and
# the context-manager protocol; many short-lived streams.
import io

s = io.StringIO()
for i in range(5):
    s.write("row ")
    s.write(str(i))
    s.write(": \u00e9" * (i % 3))
    s.write("\n")
print(repr(s.getvalue()), s.tell())
s.seek(4)
s.write("XX")
print(repr(s.getvalue()[:20]), s.tell())
s.seek(0)
print([line for line in s])
s.seek(0)
print(repr(s.readline()), repr(s.read(5)), s.readlines())
s.truncate(10)
print(repr(s.getvalue()))
t = io.StringIO("a\r\nb\rc\n", newline=None)
print(repr(t.read()))
u = io.StringIO(newline="\r\n")
u.write("x\ny\n")
print(repr(u.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for call in (c.read, c.getvalue, c.tell, lambda: c.write("z"), c.readline, lambda: next(iter(c))):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
try:
    s.write(5)
except TypeError as e:
    print("TypeError", e)
print(sum(len(io.StringIO("record %d" % i).getvalue()) for i in range(1000)))

b = io.BytesIO()
for i in range(10):
    b.write(i.to_bytes(2, "little"))
b.seek(0)
chunks = []
while True:
    chunk = b.read(3)
    if not chunk:
        break
    chunks.append(chunk)
print(chunks, b.tell(), b.getvalue()[:6])
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError", e)
