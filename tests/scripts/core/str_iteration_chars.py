# Iterating over and indexing str: ASCII and non-ASCII text, iterator types, one-character strings.
texts = ["", "abc", "héllo wörld", "日本語テキスト", "mixed 😀 emoji ✓", "a\u00ff\u0100z"]
for t in texts:
    it = iter(t)
    print(repr(t), type(it).__name__, list(it), [t[i] for i in range(len(t))], [t[-i] for i in range(1, len(t) + 1)])
    print(next(it, "done"), list(reversed(t)) == list(t)[::-1], "".join(t) == t)

# A partly consumed iterator carries on where it stopped.
it = iter("ßtraße")
print(next(it), next(it), list(it))

# One-character strings compare and hash as any other str.
print("a" == "abc"[0], hash("é") == hash("héllo"[1]), {c: i for i, c in enumerate("banana")})
print(chr(97), chr(255), chr(256), chr(0x1F600), ord("abc"[2]), ord("日本"[1]))
print(sorted(set("mississippi")), max("zebra"), min("héllo"))
print([c.upper() for c in "straße"], "".join(reversed("日本語")))

# A long non-ASCII text iterates in linear time.
long_text = "é" * 200_000 + "x"
count = 0
for c in long_text:
    count += 1
print(count, c)
rev = 0
for c in reversed(long_text):
    rev += c == "é"
picked = [long_text[i] for i in range(0, len(long_text), 997)]
backwards = [long_text[i] for i in range(len(long_text) - 1, -1, -1001)]
print(rev, len(picked), picked[-1], len(backwards), backwards[0])
s = "añb" * 5
print([s[i] for i in (0, 5, 1, 14, 7, 2, -1, -15)], s[3:9], s[::-4])
