# Sizes too big to allocate are MemoryError or OverflowError, checked before allocating; huge
# format precisions are formatted; huge widths refused with CPython's errors.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r) if len(repr(r)) < 60 else f"len {len(r)}")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("'a'.ljust(2**62)", lambda: "a".ljust(2**62))
show("'a'.rjust(2**62)", lambda: "a".rjust(2**62))
show("'a'.center(2**62)", lambda: "a".center(2**62))
show("'a'.zfill(2**62)", lambda: "a".zfill(2**62))
show("'ab'.ljust(5, '*')", lambda: "ab".ljust(5, "*"))
show("'ab'.center(7, '-')", lambda: "ab".center(7, "-"))
show("1 << 2**62", lambda: 1 << 2**62)
show("0 << 2**62", lambda: 0 << 2**62)
show("1 ** (2**70)", lambda: 1 ** (2**70))
show("(-1) ** (2**70 + 1)", lambda: (-1) ** (2**70 + 1))
show("0 ** (2**70)", lambda: 0 ** (2**70))
show("'ab' * (2**63 - 1)", lambda: "ab" * (2**63 - 1))
show("[1] * 2**62", lambda: [1] * 2**62)
show("b'ab' * 2**62", lambda: b"ab" * 2**62)
show("format(1.5, '.65536f')", lambda: format(1.5, ".65536f"))
show("format(1.5, '.65536f')[-5:]", lambda: format(1.5, ".65536f")[-5:])
show("'%.70000e' % 1.5", lambda: "%.70000e" % 1.5)
show("('%.70000e' % 1.5)[-8:]", lambda: ("%.70000e" % 1.5)[-8:])
show("f'{1.5:.70000g}'", lambda: f"{1.5:.70000g}")
show("f'{0.1:.1100f}'[-4:]", lambda: f"{0.1:.1100f}"[-4:])
show("f'{0.1:#.2000g}'[-4:]", lambda: f"{0.1:#.2000g}"[-4:])
show("'{:>{}}'.format('', 2**63)", lambda: "{:>{}}".format("", 2**63))
show("'{:2000000000000000000}'.format(1)", lambda: "{:2000000000000000000}".format(1))
show("'%99999999999999999999d' % 1", lambda: "%99999999999999999999d" % 1)
show("'%.99999999999999f' % 1.5", lambda: "%.99999999999999f" % 1.5)
show("'%*d|' % (-5, 1)", lambda: "%*d|" % (-5, 1))
show("bytes(2**62)", lambda: bytes(2**62))
show("bytes(-1)", lambda: bytes(-1))
show("bytes(3)", lambda: bytes(3))
