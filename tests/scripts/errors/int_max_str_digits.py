# The limit on decimal text of ints (CPython 3.11's sys.set_int_max_str_digits): past it, str()
# and int() of decimal text raise ValueError before converting, so a huge int never hangs repr.
import json
import sys


print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(sys.int_info)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
for label, f in [
    ("len(str(10**4299))", lambda: len(str(10**4299))),
    ("str(10**4300)", lambda: str(10**4300)),
    ("len(str(-10**4299))", lambda: len(str(-(10**4299)))),
    ("repr(2**14300)", lambda: repr(2**14300)),
    ("str(1 << 2**31)", lambda: str(1 << 2**31)),
    ("format(10**4300, 'd')", lambda: format(10**4300, "d")),
    ("format(10**4300, ',')", lambda: format(10**4300, ",")),
    ("len(format(10**4300, 'x'))", lambda: len(format(10**4300, "x"))),
    ("'%d' % 10**4300", lambda: "%d" % 10**4300),
    ("len('%x' % 10**4300)", lambda: len("%x" % 10**4300)),
    ("f'{10**4300}'", lambda: f"{10**4300}"),
    ("len(hex(10**5000))", lambda: len(hex(10**5000))),
    ("int('1' * 4300) % 7", lambda: int("1" * 4300) % 7),
    ("int('1' * 4301)", lambda: int("1" * 4301)),
    ("int('-' + '1' * 4301)", lambda: int("-" + "1" * 4301)),
    ("int('1_' * 4300 + '1')", lambda: int("1_" * 4300 + "1")),
    ("int(' ' * 5000 + '1')", lambda: int(" " * 5000 + "1")),
    ("int('0' * 5000)", lambda: int("0" * 5000)),
    ("int('1' * 5000 + 'x')", lambda: int("1" * 5000 + "x")),
    ("int('x' * 5000)", lambda: int("x" * 5000)),
    ("int('1' * 5000, 16) % 7", lambda: int("1" * 5000, 16) % 7),
    ("int('1' * 5000, 36)", lambda: int("1" * 5000, 36)),
    ("int('1' * 5000, 0)", lambda: int("1" * 5000, 0)),
    ("int('0x' + '1' * 5000, 0) % 7", lambda: int("0x" + "1" * 5000, 0) % 7),
    ("int(b'1' * 5000)", lambda: int(b"1" * 5000)),
    ("json.dumps(10**5000)", lambda: json.dumps(10**5000)),
    ("json.dumps({10**5000: 1})", lambda: json.dumps({10**5000: 1})),
    ("json.loads('1' * 5000)", lambda: json.loads("1" * 5000)),
    ("exec('x = ' + '1' * 5000)", lambda: exec("x = " + "1" * 5000)),
    ("exec('x = 0x' + '1' * 5000)", lambda: exec("x = 0x" + "1" * 5000)),
    ("set_int_max_str_digits(5)", lambda: sys.set_int_max_str_digits(5)),
    ("set_int_max_str_digits(-1)", lambda: sys.set_int_max_str_digits(-1)),
    ("set_int_max_str_digits(2**63)", lambda: sys.set_int_max_str_digits(2**63)),
    ("set_int_max_str_digits('1')", lambda: sys.set_int_max_str_digits("1")),
    ("set_int_max_str_digits()", lambda: sys.set_int_max_str_digits()),
    ("set_int_max_str_digits(1, 2)", lambda: sys.set_int_max_str_digits(1, 2)),
    ("get_int_max_str_digits(1)", lambda: sys.get_int_max_str_digits(1)),
    ("set_int_max_str_digits(640)", lambda: sys.set_int_max_str_digits(640)),
    ("str(10**640)", lambda: str(10**640)),
    ("len(str(10**639))", lambda: len(str(10**639))),
    ("int('1' * 641)", lambda: int("1" * 641)),
    ("set_int_max_str_digits(maxdigits=0)", lambda: sys.set_int_max_str_digits(maxdigits=0)),
    ("len(str(10**5000))", lambda: len(str(10**5000))),
    ("int('7' * 5000) % 1000", lambda: int("7" * 5000) % 1000),
    ("get_int_max_str_digits()", lambda: sys.get_int_max_str_digits()),
]:
    try:
        outcome = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        continue
    text = repr(outcome)
    print(label, "->", text if len(text) < 70 else f"{type(outcome).__name__} of len {len(outcome)}")
