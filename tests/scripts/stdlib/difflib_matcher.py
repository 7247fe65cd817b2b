# difflib.SequenceMatcher: matching blocks, opcodes, grouped opcodes, ratios, junk and autojunk.
import difflib

pairs = [
    ("abcd", "bcde"),
    ("qabxcd", "abycdf"),
    ("private Thread currentThread;", "private volatile Thread currentThread;"),
    ("", ""),
    ("", "abc"),
    ("abc", ""),
    ("aaaa", "aa"),
    ("the quick brown fox", "the slow brown dog"),
    (list(range(10)), [0, 1, 5, 6, 7, 11, 12]),
    ("abxcd", "abcd"),
    ("a" * 250 + "b", "b" + "a" * 250),
    (("x" * 3 + "y") * 60, ("y" + "x" * 3) * 60),
]
for a, b in pairs:
    s = difflib.SequenceMatcher(None, a, b)
    print(repr(a)[:40], repr(b)[:40])
    print(" blocks", s.get_matching_blocks()[:8])
    print(" opcodes", s.get_opcodes()[:8])
    print(" ratios", round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
    print(" groups", [g for g in s.get_grouped_opcodes(1)][:3])
    print(" longest", s.find_longest_match(0, len(a), 0, len(b)))

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
# autojunk: popular items in long b are ignored unless autojunk=False
a = "x" * 300 + "abc"
b = "y" + "x" * 300 + "abc"
print(difflib.SequenceMatcher(None, a, b).get_opcodes())
print(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())
s = difflib.SequenceMatcher(None, a, b)
print(sorted(s.bpopular), sorted(s.bjunk))
s = difflib.SequenceMatcher(str.isspace, "a b c", "a  b c")
print(sorted(s.bjunk), s.get_opcodes())
s = difflib.SequenceMatcher()
s.set_seqs("abc", "abd")
print(s.ratio())
s.set_seq1("xbd")
print(s.ratio(), s.get_opcodes())
s.set_seq2("xbdz")
print(s.ratio(), s.get_opcodes())
m = s.get_matching_blocks()[0]
print(m, m.a, m.b, m.size, type(m).__name__)
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, "qabxcd"[i1:i2], "abycdf"[j1:j2]))
# lines
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "two\n", "THREE\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
for g in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes():
    print(g)
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
