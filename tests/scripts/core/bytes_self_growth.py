# bytearray and join growth paths: a bytearray extended by itself doubles in place; `b += b` is
# refused as CPython refuses it (the operand's buffer is exported while the target resizes);
# bytes.join reads each part in place; str.join sizes str-subclass parts too; f-strings and
# list displays build their results sized once.
ba = bytearray(b"xy")
ba.extend(ba)
print(ba)
try:
    ba += ba
except BufferError as e:
    print("ba += ba:", e)
ba[len(ba):] = ba
print(ba)
print(b"-".join([bytearray(b"ab"), memoryview(b"cd"), b"ef"]))
mv = memoryview(b"x")
mv.release()
try:
    b"".join([mv])
except TypeError as e:
    print(e)


class S(str):
    pass


print("+".join([S("ab"), "c", S("")]))
x, y = "é", 3
print(f"{x}-{y}-{x * 3}", [*[1, 2], *(3,), *range(2)])
