# stringprep: every RFC 3454 table over the BMP up to U+33FF, samples beyond, the planes of tags and musical symbols (counts and checksums), and the two mappings.
import stringprep, zlib
names = [n for n in sorted(dir(stringprep)) if n.startswith('in_table_')]
points = [p for p in list(range(0, 0x3400)) + list(range(0x3400, 0x110000, 97)) + list(range(0xFFF0, 0x10000)) + list(range(0xE0000, 0xE0080)) + list(range(0x1D100, 0x1D200)) if not 0xD800 <= p < 0xE000]
for name in names:
    fn = getattr(stringprep, name)
    hits = [p for p in points if fn(chr(p))]
    print(name, len(hits), zlib.crc32(repr(hits).encode()))
for name in ('map_table_b3', 'map_table_b2'):
    fn = getattr(stringprep, name)
    out = [fn(chr(p)) for p in points]
    changed = sum(1 for p, o in zip(points, out) if o != chr(p))
    print(name, changed, zlib.crc32(repr(out).encode()))
print(stringprep.map_table_b2('\u00df'), stringprep.map_table_b3('\u0130'), stringprep.map_table_b2('\u2168'))
