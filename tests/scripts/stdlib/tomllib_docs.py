# tomllib: every TOML value type, tables, arrays of tables, dotted keys, and the errors with
# their positions, compared with python3.
import io
import tomllib

DOC = r'''
# a comment
title = "TOML \"example\"\t\u00e9\U0001F600"
literal = 'C:\Users\x'
bare-key_1 = 1
"quoted key" = 2
'single quoted' = 3
dotted.a.b = 4
dotted.a.c = 5
site."google.com" = true
ints = [0, +17, -42, 1_000, 0xDEAD_beef, 0o755, 0b1101, 9223372036854775808]
floats = [1.0, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf, +inf]
nans = [nan, +nan, -nan]
bools = [true, false]
odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999+05:30, 1979-05-27 07:32:00z]
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt = [07:32:00, 00:32:00.999999, 00:32:00.1234567]
multi = """
Roses are red
Violets are blue"""
multi2 = """\
    The quick brown \
    fox.\
    """
multi3 = """Here are two quotation marks: "". Simple enough."""
multi4 = """""quoted"""""
lit_multi = QQQ
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
QQQ
lit4 = QQQ'That,' she saidQQQ
nested = [ [ 1, 2 ], ["a", 'b'], [ {x = 1}, [] ], ]
spread = [
  1, # one
  2,
  # comment
]
inline = { first = "Tom", last = "Preston-Werner", pt = {x = 1, y.z = 2} }
empty = {}

[table]
key = "value"

[table.sub]
k = 1

[ spaced . "key" ]
v = 1

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
[products.details]
size = 1

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"

[x.y.z.w]
[x]
later = 1
'''

DOC = DOC.replace("QQQ", "'''")
data = tomllib.loads(DOC)
for k in data:
    print(repr(k), "=", repr(data[k]))
print(tomllib.loads("a = 1\r\nb = 'x'\r\n"))
print(tomllib.load(io.BytesIO(b'name = "caf\xc3\xa9"\n')))
print(tomllib.loads("x = 1.5\ny = [2.25]", parse_float=lambda s: "F" + s))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: [])
except ValueError as e:
    print("ValueError", e)
try:
    tomllib.loads(b"a = 1")
except Exception as e:
    print(type(e).__name__, e)

BAD = [
    "a", "a =", "a = ", "= 1", "a = 1 b = 2", "a = 1\na = 2", "[t]\n[t]", "[a]\nb=1\n[a.b]",
    "a = {x=1}\n[a]", "a = [1]\n[[a]]", "a.b = 1\n[a]", "[a.b]\n[a]\nb=2", "[a]\nb.c=1\n[a.b]",
    "a = [1, 2", "a = [1 2]", "a = {x=1", "a = {x=1 y=2}", "a = {x=1, x=2}", "a = {x.y=1, x={}}",
    "a = \"abc", "a = 'abc", "a = \"\"\"abc", "a = '''abc", "a = \"\\q\"", "a = \"\\u12\"",
    "a = \"\\uD800\"", "a = \"\x01\"", "a = '\x7f'", "# c \x00", "a = 1979-02-30", "a = 1979-13-01",
    "a = 01", "a = 1__0", "a = 0x", "a = tru", "a = .5", "a = 5.", "[a", "[[a]", "[[a] ]",
    "[]", "a.=1", "a. b = 1\n", "a = {}\na.b = 1", "x = [{a=1}]\n[[x]]", "[a]\n[[a]]",
    "a = 1\n[a]", "a = 1\n[a.b]", "a = \"\"\"x\\  y\"\"\"", "a = 1 # ok\nb = 2 x",
    "  \t[a]\n\t[a.b]\n  [a]", "a = [\n1,\n2,,\n]", "a = {x = 1,}", "\"a\nb\" = 1",
    "[a]]", "a = +0x10", "a = 1e", "a = 10:61:00", "a = 1979-05-27T25:00:00", "k = \"\"\"a\x00\"\"\"",
    "a = {b = [1], b.c = 2}", "a = {b = {}, b.c = 2}",
]
for doc in BAD:
    try:
        r = tomllib.loads(doc)
        print("OK", repr(doc), r)
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
print(tomllib.TOMLDecodeError.__module__, issubclass(tomllib.TOMLDecodeError, ValueError))
