import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, "
        "co-operative fox -- or so they said.  Supercalifragilisticexpialidocious words "
        "need\tbreaking, and\nnewlines become spaces.")

for width in (1, 5, 10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))

print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='    '))
print(textwrap.wrap(text, 25, break_long_words=False))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 25, drop_whitespace=False))
print(textwrap.wrap(text, 25, replace_whitespace=False))
print(textwrap.wrap(text, 25, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4, replace_whitespace=False))
print(textwrap.wrap("He said so. Then he left! Really? Yes.", 80, fix_sentence_endings=True))
print(textwrap.wrap('She said "stop." Then "go!" and Mr. Smith left.', 80, fix_sentence_endings=True))
for n in (1, 2, 3):
    print(n, textwrap.wrap(text, 20, max_lines=n))
    print(n, textwrap.wrap(text, 20, max_lines=n, placeholder='...'))
print(textwrap.wrap("hello", 10, max_lines=1))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("  lead", 10))
print(textwrap.wrap("spam-and-eggs-and-ham-forever", 8))
print(textwrap.wrap("foo--bar --baz x---y", 6))
print(textwrap.wrap("12-34-56 a-1 one-two-three", 5))
print(textwrap.wrap("look, -- dashes", 7))

w = textwrap.TextWrapper(width=15, initial_indent='> ', subsequent_indent='>> ')
print(w.wrap(text))
w.width = 40
print(w.fill("short text"))
print(w.width, w.placeholder, w.tabsize, w.max_lines, w.break_on_hyphens)

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(repr(textwrap.shorten("   lots   of    space   ", 40)))

for bad in (0, -1):
    try:
        textwrap.wrap("x", bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap("some words here", 5, max_lines=1, placeholder=' [........]')
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten("Hello world", 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("", 0)
except ValueError as e:
    print(type(e).__name__, e)

print(repr(textwrap.dedent("""\
    def f():
        return 1
      
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t a\n\t  b\n \t\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("   \n  x\n   \n  y")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "+ ")))
print(repr(textwrap.indent("a\nb\r\nc", "> ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo", "- ", lambda line: 'w' in line)))
print('a\nb\r\nc'.splitlines(keepends=True), 'x\ny\n'.splitlines(keepends=False), 'p\nq'.splitlines(1))
# repr() escapes what str.isprintable() rejects (no-break space, format characters, separators).
for s in ['\xa0', '\xad', '\u2003', '\u2028', '\ufeff', '\U0001f600', '\ue000', '\U000e0001', 'é ü', '\x7f\x80\x9f', 'a b', '']:
    print(repr(s), s.isprintable())
print(textwrap.dedent('\xa0 a\n\xa0 b'), textwrap.wrap('a\xa0b c\u2003d', 3))
