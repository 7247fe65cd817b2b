# Unicode semantics of str patterns: \w \d \s \b on non-ASCII text, IGNORECASE folding, re.ASCII,
# and positions counted in characters.
import re

TEXTS = ['café naïve', 'Ünïcödé wörds', 'число 42 слово', '数字١٢٣ and ٤', 'ΑΒΓ αβγ', 'x\u00a0y\u2003z\u3000w',
         'a\x1cb\x1fc\x85d', 'ﬁne ǅ ǈ', 'ⅫⅣ ½ ²', '\u0301e\u0301', 'emoji 😀 here', 'tab\there', '_under_score']

for t in TEXTS:
    print(repr(t))
    print('  w', re.findall(r'\w+', t), re.findall(r'(?a)\w+', t))
    print('  W', re.findall(r'\W+', t), re.findall(r'\W+', t, re.A))
    print('  d', re.findall(r'\d+', t), re.findall(r'\d+', t, re.ASCII))
    print('  s', re.findall(r'\s', t), re.findall(r'\s', t, re.ASCII), re.findall(r'\S+', t))
    print('  b', [m.span() for m in re.finditer(r'\b', t)], [m.span() for m in re.finditer(r'(?a)\b', t)])
    print('  B', len(re.findall(r'\B', t)), re.split(r'\s+', t))

for p, s in [('(?i)straße', 'STRASSE'), ('(?i)straße', 'STRAßE'), ('(?i)ΣΊΣΥΦΟΣ', 'σίσυφος'), ('(?i)é', 'É'),
             ('(?i)[à-ÿ]+', 'ÀÉÎõü'), ('(?i)[a-z]+', 'ÀBC'), ('(?ia)é', 'É'), ('(?i)k', '\u212a'),
             ('(?i)\u212a', 'k'), ('(?i)s', 'ſ'), ('(?i)ǅ', 'ǆ'), ('(?i)[^a]', 'A'), ('(?i)[ⅰ-ⅳ]+', 'ⅡⅢ'),
             ('[^\\W\\d_]+', 'abc_123ñ'), ('(?i)(\\w)\\1', 'éÉ'), ('(?iu)Ü', 'ü'), ('Ü', 'ü')]:
    m = re.search(p, s)
    print(repr(p), repr(s), m and m.span())

# positions are characters, not bytes
s = 'ääh öö x'
m = re.search(r'ö+', s)
print(m.span(), m.start(), s[m.start():m.end()], re.compile('x').search(s, 3).span())
print([m.span() for m in re.finditer(r'\w+', s)], re.split('ö', s), re.sub('ä', 'ae', s))
print(re.match('.', '😀x').span(), re.findall('.', 'a😀b'), re.sub('(?<=😀)', '!', 'a😀b'))
print(re.escape('ä.ö'), re.search('[😀-😂]', 'x😁y').span())

# a tokenizer loop over non-ASCII text with match(text, pos)
text = 'naïve café token 123 + 45 * (6 - 7) ' * 50
tok = re.compile(r'\s*(?:(\d+)|(\w+)|(.))')
pos = 0
kinds = {}
while pos < len(text):
    m = tok.match(text, pos)
    kinds[m.lastindex] = kinds.get(m.lastindex, 0) + 1
    pos = m.end()
print(sorted(kinds.items()), tok.match(text, 3).group(2), tok.search(text, 10, 30).span())
