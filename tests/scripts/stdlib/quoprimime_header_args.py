# header_encode reads its argument as latin-1 bytes first: what has no decode() is AttributeError at once
# (the fuzzer's range of 2**64 ints was walked item by item: a hang).
import email.quoprimime as q
for v in [b"", b"hello world", bytearray(b"a=b_c \xff"), b"x?y", "str"]:
    try:
        print(repr(q.header_encode(v)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    q.header_encode(range(-2**63, 2**63 - 1))
except AttributeError as e:
    print("range:", e)
