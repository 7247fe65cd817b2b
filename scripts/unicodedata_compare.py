"""Compares gilpy's unicodedata (and the str predicates that rest on the same data) with
python3.11's on every code point but the surrogates (gilpy's str cannot hold them).
    python3.11 scripts/unicodedata_compare.py target/release/gilpy
Prints, per property, how many code points differ and the first few of them.
Run with --dump to print the table this compares (what each interpreter runs)."""
import subprocess
import sys

FIELDS = ['name', 'lookup', 'category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored',
          'decomposition', 'decimal', 'digit', 'numeric', 'NFC', 'NFD', 'NFKC', 'NFKD', 'is_NFC', 'is_NFKD',
          'isidentifier', 'isprintable', 'isnumeric', 'isdecimal', 'isdigit', 'isalpha', 'isspace',
          'isupper', 'islower', 'isalnum', 'upper', 'lower']


def dump():
    import unicodedata as u
    out = sys.stdout
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        name = u.name(c, None)
        try:
            looked = u.lookup(name) == c if name else None
        except KeyError:
            looked = False
        row = [name, looked, u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
               u.mirrored(c), u.decomposition(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
               u.normalize('NFC', c), u.normalize('NFD', c), u.normalize('NFKC', c), u.normalize('NFKD', c),
               u.is_normalized('NFC', c), u.is_normalized('NFKD', c),
               c.isidentifier(), c.isprintable(), c.isnumeric(), c.isdecimal(), c.isdigit(), c.isalpha(),
               c.isspace(), c.isupper(), c.islower(), c.isalnum(), c.upper(), c.lower()]
        out.write(f'{cp:X}\t' + '\t'.join(ascii(v) for v in row) + '\n')


def main():
    gilpy = sys.argv[1]
    ref = subprocess.run([sys.executable, __file__, '--dump'], capture_output=True, text=True, check=True).stdout.splitlines()
    got = subprocess.run([gilpy, __file__, '--dump'], capture_output=True, text=True)
    if got.returncode != 0:
        print(got.stderr[-2000:])
    got = got.stdout.splitlines()
    print(f'{len(ref)} code points compared ({len(got)} from gilpy)')
    diffs = {f: [] for f in FIELDS}
    for a, b in zip(ref, got):
        ra, rb = a.split('\t'), b.split('\t')
        for f, x, y in zip(FIELDS, ra[1:], rb[1:]):
            if x != y:
                diffs[f].append((ra[0], x, y))
    for f in FIELDS:
        d = diffs[f]
        print(f'{f:18} {len(d):7} differ' + ('' if not d else '  e.g. ' + '; '.join(f'U+{cp}: {x} vs {y}' for cp, x, y in d[:3])))


if __name__ == '__main__':
    if sys.argv[1:] == ['--dump']:
        dump()
    else:
        main()
