"""StringIO/BytesIO values built from ASCII and non-ASCII text, overwrites, newline translation; str() of ints and strs."""
import io
s = io.StringIO("héllo\nwörld\r\nx"); print(repr(s.getvalue()), s.readline(), list(s))
s = io.StringIO(); s.write("abc"); s.write("é\n"); s.write("z"); print(repr(s.getvalue()), len(s.getvalue()), s.tell())
s.seek(1); s.write("XY"); print(repr(s.getvalue()))
s = io.StringIO("a\rb\r\nc", newline=None); print(repr(s.getvalue()), s.newlines)
b = io.BytesIO(); b.write(b"ab"); b.write(bytearray(b"cd")); b.write(memoryview(b"ef")); print(b.getvalue())
print(str(5), str(-12), str(2**70), str("x") is "x", str(True))
x = "abc"; print(str(x) is x)
