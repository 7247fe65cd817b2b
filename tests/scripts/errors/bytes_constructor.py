# bytes(): encodings checked as str.encode checks them, arguments that do not go together refused.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("bytes('abc', 'ß')", lambda: bytes("abc", "ß"))
show("bytes('abc', 'utf-8')", lambda: bytes("abc", "utf-8"))
show("bytes('é', 'ascii')", lambda: bytes("é", "ascii"))
show("bytes('a', 'latin-1', 'strict')", lambda: bytes("a", "latin-1", "strict"))
show("bytes('a', encoding='ascii')", lambda: bytes("a", encoding="ascii"))
show("bytes('a')", lambda: bytes("a"))
show("bytes('a', 1)", lambda: bytes("a", 1))
show("bytes(1, 'utf-8')", lambda: bytes(1, "utf-8"))
show("bytes(b'a', 'utf-8')", lambda: bytes(b"a", "utf-8"))
show("bytes([1, 2], errors='strict')", lambda: bytes([1, 2], errors="strict"))
show("bytes(1, 2, 3, 4)", lambda: bytes(1, 2, 3, 4))
show("bytes(x=1)", lambda: bytes(x=1))
show("bytes([65, 66])", lambda: bytes([65, 66]))
