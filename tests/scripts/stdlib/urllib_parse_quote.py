# urllib.parse: urljoin (RFC 3986 examples and more), quoting, unquoting, urlencode, parse_qs(l), errors.
from urllib.parse import (urljoin, quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
            'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'https://other/x', '//other', 'a//b//c']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', '../../x'), urljoin('http://a', 'b'), urljoin('', 'x'), urljoin('x', ''),
      urljoin('mailto:a@b', 'c'), urljoin('http://a/b', 'g', allow_fragments=False),
      urljoin('file:///tmp/x', 'y'), urljoin(b'http://a/b/c', b'../d'), urljoin('svn://h/x/', 'y'),
      urljoin('http://a/b/c', 'http://a/d'), urljoin('http://a/b?q', '?'), urljoin('http://a/b/c/', '.'))

for s in ['abc', 'a b&c=d/e', 'ümlaut €', '~_.-', '', '/path/with spaces/', 'a+b', '%41',
          'line\nbreak', "'quote'\"", '日本語']:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe='/ '), quote_plus(s),
          quote_plus(s, safe='/'), quote(s, encoding='latin-1', errors='replace'))
print(quote(b'\x00\xff abc'), quote_from_bytes(b'a/b c'), quote_from_bytes(bytearray(b'x y'), b'/ '),
      quote('a/b', safe=b'/'), quote('ä', safe='ä'), quote_plus(b'a b+c'), quote_from_bytes(b''),
      quote_plus('a b', safe=b'+'))
for s in ['abc', '%41%42%43', 'a%2Fb', '%E2%82%AC', '%e2%82%ac', '%E2%82', '%zz', '%4', '100%',
          'a+b%20c', '%C3%A9t%C3%A9', 'mixed ü %C3%BC', '%FF']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, 'latin-1')))
print(unquote(b'%41%e2%82%ac'), unquote_to_bytes(''), unquote_to_bytes(b'%41'), unquote('%FF', errors='ignore'),
      unquote('%FF', errors='strict') if False else '', unquote('', 'ascii'))

print(urlencode({'a': 1, 'b': 'two words', 'c': 'ü&='}))
print(urlencode([('k', 'v'), ('k', 'w'), ('e', '')]))
print(urlencode({'list': [1, 2, 'x y'], 'n': 5, 's': 'str', 'b': b'by tes'}, doseq=True))
print(urlencode({'list': [1, 2]}), urlencode({}), urlencode([]), urlencode({b'k': b'v w'}))
print(urlencode({'a': 'b c/d'}, safe='/'), urlencode({'a': 'b c'}, quote_via=quote),
      urlencode({'a': 'é'}, encoding='latin-1'), urlencode({'x': None, 'y': True}))

Q = 'a=1&b=2&a=3&empty=&noeq&plus=x+y&pct=%41%20z&=v&k=&&sem;i=1'
print(parse_qsl(Q))
print(parse_qsl(Q, keep_blank_values=True))
print(parse_qs(Q))
print(parse_qs(Q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=%41'),
      parse_qs(b'x=1&x=2'), parse_qsl(''), parse_qs(''), parse_qsl('a=%E9', encoding='latin-1'),
      parse_qsl('a=%FF'), parse_qsl('a==b'))


def show(fn):
    try:
        print('ok', fn())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: parse_qsl('a=1&b', strict_parsing=True))
show(lambda: parse_qsl('a=1&&b=2', strict_parsing=True))
show(lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2))
show(lambda: parse_qsl('a=1&b=2', max_num_fields=2))
show(lambda: parse_qsl('a=1', separator=''))
show(lambda: parse_qsl('a=1', separator=5))
show(lambda: urlencode('abc'))
show(lambda: urlencode(5))
show(lambda: urlencode(['a', 'b']))
show(lambda: quote(b'x', encoding='utf-8'))
show(lambda: quote(b'x', errors='strict'))
show(lambda: quote_from_bytes('str'))
show(lambda: quote(5))
show(lambda: unquote(5))
show(lambda: unquote_to_bytes(None))
show(lambda: quote('é', encoding='ascii'))
show(lambda: unquote('%FF', errors='strict'))
show(lambda: urljoin('http://a', b'b'))
