# difflib on many generated pairs: opcodes, ratios, ndiff hints, unified/context diffs, close matches.
import difflib

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n


def word():
    return "".join("abcde \t"[rnd(7)] for _ in range(rnd(9)))


for case in range(60):
    a = [word() + "\n" for _ in range(rnd(8))]
    b = list(a)
    for _ in range(rnd(5)):
        op = rnd(3)
        if op == 0 and b:
            del b[rnd(len(b))]
        elif op == 1:
            b.insert(rnd(len(b) + 1), word() + "\n")
        elif b:
            k = rnd(len(b))
            s = b[k]
            p = rnd(len(s))
            b[k] = s[:p] + "xyz"[rnd(3)] + s[p + 1:]
    s = difflib.SequenceMatcher(None, a, b)
    print(case, s.get_opcodes(), round(s.ratio(), 5))
    print("".join(difflib.ndiff(a, b)), end="")
    print("".join(difflib.unified_diff(a, b, n=rnd(3))), end="")
    print("".join(difflib.context_diff(a, b, n=rnd(3))), end="")
    x, y = word() * 3, word() * 3
    s = difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK, x, y)
    print(repr(x), repr(y), s.get_matching_blocks(), round(s.quick_ratio(), 5))
    print(list(difflib.Differ(difflib.IS_LINE_JUNK).compare([x, "#\n"], [y, "  #\n"])))
pool = [word() for _ in range(50)]
for w in pool[:10]:
    print(repr(w), difflib.get_close_matches(w, pool, n=4, cutoff=0.3))
long_a = [str(rnd(5)) for _ in range(400)]
long_b = [str(rnd(5)) for _ in range(400)]
print(difflib.SequenceMatcher(None, long_a, long_b).get_opcodes()[:10])
print(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).get_opcodes()[:10])
print(difflib.SequenceMatcher[int])
