# Results too big to allocate, sized before they are built: str and bytes join, replace,
# expandtabs and padding are MemoryError (never an abort); size arguments past a C ssize_t or
# int are OverflowError; a shift past the address space is MemoryError, as CPython's.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r) if len(repr(r)) < 60 else f"len {len(r)}")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


MB = "a" * 2**20
BMB = b"a" * 2**20
show("'x'.join([MB] * 2**20)", lambda: "x".join([MB] * 2**20))
show("b'x'.join([BMB] * 2**20)", lambda: b"x".join([BMB] * 2**20))
show("MB.replace('a', MB)", lambda: MB.replace("a", MB))
show("BMB.replace(b'a', BMB)", lambda: BMB.replace(b"a", BMB))
show("MB.replace('a', MB, 3)", lambda: MB.replace("a", MB, 3))
show("'abc'.replace('', '-')", lambda: "abc".replace("", "-"))
show("b'abc'.replace(b'', b'-', 2)", lambda: b"abc".replace(b"", b"-", 2))
show("'abc'.replace('a', 'b', 2**63)", lambda: "abc".replace("a", "b", 2**63))
show("('\\t' * 2**20).expandtabs(2**20)", lambda: ("\t" * 2**20).expandtabs(2**20))
show("(b'\\t' * 2**20).expandtabs(2**20)", lambda: (b"\t" * 2**20).expandtabs(2**20))
show("'\\t'.expandtabs(2**40)", lambda: "\t".expandtabs(2**40))
show("'\\t'.expandtabs(-2**40)", lambda: "\t".expandtabs(-2**40))
show("b'\\t'.expandtabs(2**31)", lambda: b"\t".expandtabs(2**31))
show("'a\\tb\\n\\tc'.expandtabs(4)", lambda: "a\tb\n\tc".expandtabs(4))
show("'a\\tb'.expandtabs(0)", lambda: "a\tb".expandtabs(0))
show("'a\\tb'.expandtabs(-3)", lambda: "a\tb".expandtabs(-3))
show("b'a'.center(2**40)", lambda: b"a".center(2**40))
show("b'a'.ljust(2**40)", lambda: b"a".ljust(2**40))
show("b'a'.rjust(2**40)", lambda: b"a".rjust(2**40))
show("b'a'.zfill(2**40)", lambda: b"a".zfill(2**40))
show("b'-1'.zfill(5)", lambda: b"-1".zfill(5))
show("b'ab'.center(7, b'*')", lambda: b"ab".center(7, b"*"))
show("'a'.center(2**63)", lambda: "a".center(2**63))
show("'a'.ljust(-2**63 - 1)", lambda: "a".ljust(-2**63 - 1))
show("'a'.zfill(2**63)", lambda: "a".zfill(2**63))
show("1 << 2**64", lambda: 1 << 2**64)
show("1 << 2**63", lambda: 1 << 2**63)
show("(-1) << 2**64", lambda: (-1) << 2**64)
show("0 << 2**64", lambda: 0 << 2**64)
show("1 << -2**64", lambda: 1 << -2**64)
show("1 >> 2**64", lambda: 1 >> 2**64)
show("(-1) >> 2**64", lambda: (-1) >> 2**64)
show("(2**100) >> 2**64", lambda: (2**100) >> 2**64)
show("list(range(2**40))", lambda: list(range(2**40)))
show("tuple(range(2**40))", lambda: tuple(range(2**40)))
show("list(range(-2**63, 2**63 - 1))", lambda: list(range(-2**63, 2**63 - 1)))
print("still running:", sum(range(10)))
