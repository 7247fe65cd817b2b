# Ints past 64 bits (and objects whose __index__ returns one) where an index-sized integer is
# wanted: IndexError for subscripts, OverflowError for sizes and C ssize_t/int arguments, clipped
# slice bounds and find()/index() ranges, big counters where CPython keeps them.
import array, collections, io, itertools, math, os, sys, tempfile


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Len:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def show(text):
    try:
        r = eval(text)
        if hasattr(r, "__next__"):
            r = list(itertools.islice(r, 3))
        print(text, "->", repr(r)[:70])
    except Exception as e:
        print(text, "->", type(e).__name__, e)


H, NH = 2**100, -2**100
for h in ("H", "NH", "2**63", "Idx(H)", "Idx(NH)", "Idx(3)", "True"):
    for form in (
        "len(Len({}))", "bool(Len({}))", "[1, 2][{}]", "[1, 2][{}:]", "'abc'[:{}:{}]", "(1, 2)[{}]",
        "b'ab'[{}]", "bytearray(b'ab')[{}]", "[].insert({}, 1)", "[1].pop({})", "[1, 2].index(1, 0, {})",
        "(1, 2).index(2, {})", "'abc'.find('c', {})", "b'abc'.count(b'a', 0, {})", "list(enumerate('ab', {}))",
        "'a' * {}", "{} * [1]", "(1,) * {}", "b'a' * {}", "bytes({})", "bytearray({})", "'a'.center({})",
        "'a'.zfill({})", "'a b'.split(None, {})", "'abc'.splitlines({})", "b'ab'.hex(':', {})", "chr({})",
        "hex({})", "math.isqrt(abs({}))", "slice(1, {}).indices(5)", "[1, 2, 3][slice({})]",
        "itertools.islice('abcd', {})", "itertools.islice('abcd', 0, {})", "itertools.repeat(1, {})",
        "itertools.combinations('ab', {})", "itertools.count({})", "array.array('b', [1])[{}]",
        "array.array('b', [1]) * {}", "collections.deque([1]).rotate({})", "io.BytesIO(b'abc').read({})",
        "io.StringIO('abc').seek({})", "int('1', {})", "bytes([{}])", "pow(2, 3, {})",
    ):
        show(form.format(h, h))

for src in ("1\0", "x = 1\0", b"2\0"):
    for call in (lambda s: eval(s), lambda s: exec(s), lambda s: compile(s, "f", "exec")):
        try:
            call(src)
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno)

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "has_nul.py"), "wb") as f:
        f.write(b"x = 1\nprint(x)\0\n")
    sys.path.insert(0, d)
    try:
        import has_nul
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
