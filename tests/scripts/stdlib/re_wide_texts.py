# re over str subjects of each width CPython stores (ASCII, Latin-1, BMP, astral): search with
# first-character skipping (anchors, alternations, ignore case, optional prefixes, lookbehind),
# findall/finditer/split/sub/subn with groups and templates, and positions on long texts.
import re

TEXTS = {
    'ascii': "The cafe owner said: ERROR 42 at 10.0.0.1; user7 took 15ms. error? Errors!\n" * 3,
    'latin1': "Le café naïve: ERROR 42 à 10.0.0.1; user7 took 15ms. ÉRROR ß Straße\n" * 3,
    'bmp': "Кафе € ERROR 42 at 10.0.0.1; user7 took 15ms — 東京 ſ K (Kelvin)\n" * 3,
    'astral': "😀 café ERROR 42 at 10.0.0.1; user7 took 15ms 𝔘𝔫𝔦 ok\n" * 3,
}
PATTERNS = [
    r"\bERROR\b", r"(?i)error", r"(?i)CAFÉ|naïve|кафе", r"caf[eé]", r"\d+", r"(\d+)\.(\d+)\.\d+\.\d+",
    r"user(\d+)", r"took (\d+)ms", r"[^\W\d_]+", r"\w+", r"(?<=\s)\w{2}\b", r"x*y*", r"a?\d",
    r"(?i)s", r"(?i)k", r"(?i)straße", r"$", r"^\w+", r"(?m)^\S+", r"\s+", r"[€😀]", r"😀|𝔘",
    r"(?:ok|\d)+", r"[.;:!?]", r"(?=\d)", r"\b", r"(?i)[a-c]+", r"\W+",
]
for name, text in TEXTS.items():
    print('==', name, len(text))
    for p in PATTERNS:
        rx = re.compile(p)
        m = rx.search(text)
        print(repr(p), m and (m.span(), m.group()), len(rx.findall(text)), rx.findall(text)[:6],
              [x.span() for x in rx.finditer(text)][:4])
        print('  sub', repr(rx.sub('<\\g<0>>', text[:70])), rx.subn('#', text)[1])
        print('  split', rx.split(text[:60])[:8])
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "mail me: josé@exámple or 東京@jp"))
    print(re.sub(r"(?P<n>\d+)", lambda m: str(int(m['n']) * 2), text[:80]))
    print(re.sub("", "-", text[:12]), re.split(r"\b", text[:20]))
    print(re.compile("é").search(text, pos=3), re.compile(r"\d").search(text, 30, 60))
    print(re.compile(r"\w+").match(text, 5), re.compile(r"\w+").fullmatch(text, 4, 7))
big = ("naïve " * 2000 + "Straße ") * 20
print(len(re.findall(r"[^\W\d_]+", big)), len(re.sub(r"ï", "i", big)), re.subn(r"(?i)STRASSE|straße", "S", big)[1])
print(re.findall(rb"\d+", b"a1b22\xff333"), re.sub(rb"(\d)", rb"<\1>", b"a1b2\xe9"))
# finditer over many matches (made in batches), empty matches at batch boundaries, pos/endpos kept.
long = "ab  c" * 100 + "é" + "xy" * 70
for p in [r"\b", r"x*", r"\w|", r"(?=c)", r"[a-z]+", r"$|a"]:
    rx = re.compile(p)
    spans = [m.span() for m in rx.finditer(long, 3, len(long) - 2)]
    ms = list(rx.finditer(long, 3))
    print(repr(p), len(spans), spans[60:70], spans[-3:], {m.pos for m in ms}, {m.endpos for m in ms},
          spans == [m.span() for m in ms][:len(spans)] or len(spans))
it = re.finditer(r"\d", "1" * 200)
print(type(it).__name__ in ('callable_iterator', 'generator'), next(it).span(), sum(1 for _ in it))
