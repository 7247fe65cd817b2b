# Ranges with bounds near the ends of the 64-bit span: length, truth, iteration and membership.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("len(range(-2**62, 2**62 + 10))", lambda: len(range(-(2**62), 2**62 + 10)))
show("bool(range(-2**63, 2**63 - 1))", lambda: bool(range(-(2**63), 2**63 - 1)))
show("len(range(-2**63, 2**63 - 1))", lambda: len(range(-(2**63), 2**63 - 1)))
show("list(range(2**62, 2**63 - 1, 2**61))", lambda: list(range(2**62, 2**63 - 1, 2**61)))
show("list(range(-2**62, -2**63, -2**61))", lambda: list(range(-(2**62), -(2**63), -(2**61))))
show("2**63 - 2 in range(-2**63, 2**63 - 1)", lambda: 2**63 - 2 in range(-(2**63), 2**63 - 1))
show("2**63 - 1 in range(-2**63, 2**63 - 1, 3)", lambda: 2**63 - 1 in range(-(2**63), 2**63 - 1, 3))
show("2**70 in range(5)", lambda: 2**70 in range(5))
show("True in range(3)", lambda: True in range(3))
show("1.0 in range(3)", lambda: 1.0 in range(3))
show("'a' in range(3)", lambda: "a" in range(3))
