"""unicodedata on a spread of code points (every property), name/lookup with aliases and
defaults, normalization forms, the errors and their messages, and the str methods that classify
characters on the same data. scripts/unicodedata_compare.py checks every code point."""
import unicodedata as u

print(u.unidata_version)
points = list(range(0, 0x3000, 37)) + list(range(0x3000, 0x30000, 1013)) + list(range(0xE0000, 0x110000, 4099))
points += [0xAD, 0x345, 0x2028, 0x1F600, 0x4E00, 0xAC00, 0xD7A3, 0xF900, 0x17000, 0x18B00, 0x1B170, 0x10FFFF, 0x0264, 0xA7CB]
for cp in points:
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    print(f'{cp:06X}', u.name(c, '-'), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
          c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.isprintable(), c.isidentifier(),
          c.isupper(), c.islower(), ascii(c.upper()), ascii(c.lower()))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'BYTE ORDER MARK', 'NULL', 'LINE FEED', 'EM DASH',
             'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG', 'SNOWMAN', 'FOO', 'x' * 300]:
    try:
        print(ascii(u.lookup(name)))
    except KeyError as e:
        print('KeyError', e)
print(ascii('\N{EM DASH}\N{LATIN SMALL LETTER A}\N{BYTE ORDER MARK}\N{snowman}\N{CJK UNIFIED IDEOGRAPH-4E00}'))
for f in ['name', 'decimal', 'digit', 'numeric']:
    try:
        getattr(u, f)('\x00')
    except ValueError as e:
        print(f, 'ValueError', e)
    print(getattr(u, f)('\x00', 'default'))
for f in ['name', 'category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition',
          'decimal', 'digit', 'numeric']:
    for arg in [5, 'ab', '']:
        try:
            getattr(u, f)(arg)
        except TypeError as e:
            print(f, 'TypeError', e)
samples = ['Å', 'Å', 'é', 'é', 'ﬁ', '①', 'ｶ', 'Äffin', '한국어', '\u1100\u1161\u11a8', 'ẛ̣', 'q̣̇', '㍿', 'x\U000e0080\u0301']
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print(form, [ascii(u.normalize(form, s)) for s in samples], [u.is_normalized(form, s) for s in samples])
s = 'plain ascii'
print(u.normalize('NFC', s) is s)
for args in [('X', 'a'), ('NFC', 3), ('NFC',)]:
    for f in (u.normalize, u.is_normalized):
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print(sorted(x for x in ['Ab', 'ÄB', 'ǅ', 'ǅa', 'Σσ', 'ß', 'ﬀ'] if x.isupper()), 'ǅ'.islower(), 'ΣΑΣ'.lower(), 'ß'.upper(), 'ﬀ'.upper())
print('Zürich'.isidentifier(), '١٢٣'.isdecimal(), int('١٢٣'), '²'.isdigit(), '½'.isnumeric(), '\x1c'.isspace(), '\u2028'.isprintable())
