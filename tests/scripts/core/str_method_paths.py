"""str methods on ASCII and non-ASCII receivers: split (whitespace, one-byte and longer separators, maxsplit), splitlines, strip family (the same object back when nothing is stripped), case changes, replace."""
cases = ["", " ", "a b  c ", "\t x\x1cy\x1f z\x0b", "a,b,,c,", "héllo wörld  x", "a\u2028b\u3000c", "x\r\ny\rz\n\nw", "\x85a\x0cb\x1dc", "ǉabc dEF", "hello World 1st 2ND", "ABC", "abc", "MiXeD cAsE-wOrD_x"]
for c in cases:
    print(repr(c), c.split(), c.split(None, 1), c.rsplit(None, 1), c.split(','), c.split(',', 1), c.rsplit(',', 1), c.split(', '), c.split('b'))
    print(c.splitlines(), c.splitlines(True), c.strip(), c.lstrip(), c.rstrip(), c.strip('ax'), c.strip() is c)
    print(c.upper(), c.lower(), c.title(), c.capitalize(), c.replace('b', 'BB'), c.replace(' ', ''), c.replace('', '-'), c.replace('a', 'xyz', 1), c.replace('ll', 'L'))
    for p in c.split(): print(len(p), p[-1:], end=' ')
    print(len(c.upper()), len(c.title()), [len(x) for x in c.splitlines()])
try: "a".split('')
except ValueError as e: print(e)
s = "abc"; print(s.strip() is s, s.lstrip() is s, s.rstrip('x') is s)
print("a b".split(maxsplit=0), " a b ".split(maxsplit=0), "a,b".split(',', 0), "a,b,c".rsplit(',', 0))
