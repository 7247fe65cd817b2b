# urllib.parse: urlsplit/urlparse and their inverses, result attributes, bytes, errors.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urldefrag, ParseResult,
                          SplitResult, DefragResult, ParseResultBytes)
import urllib.parse as up

URLS = [
    'http://www.example.com/path/to/page.html?q=1&r=two#frag',
    'https://user:pw@Host.Example.COM:8080/a;b;c?x#y',
    'ftp://ftp.example.org/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//netloc.only/path',
    '/just/a/path?query',
    'relative/path;params',
    'http://[::1]:80/ipv6',
    'http://[fe80::1%25eth0]/zone',
    'http://[2001:db8::7]/c=GB?objectClass?one',
    'http://[v1.fe80::a+en1]/future',
    'http://host:/empty-port',
    'HTTP://UPPER.case/Path',
    'news:comp.lang.python',
    'tel:+1-816-555-1212',
    'svn+ssh://svn.example.org/repo',
    'http://a/b/c/d;p?q',
    ' \t http://lead.ing/junk\n',
    'http://tab\tinside.example/pa\rth',
    'path:80',
    'schéme://x/y',
    '1http://x',
    '',
    '#only-fragment',
    '?only=query',
    'http://example.com/?',
    'http://example.com/#',
    'http://user@example.com',
    'http://:pw@example.com',
    'http://us%40er:p%3Aw@ex.com:0',
    'http://example.com:65535',
]
for url in URLS:
    s = urlsplit(url)
    p = urlparse(url)
    print(repr(url))
    print('  ', s)
    print('  ', p)
    print('  ', s.geturl(), '|', p.geturl(), '|', urlunsplit(s), '|', urlunparse(p))
    print('  ', s.username, s.password, s.hostname, p.port)
print(urlsplit('http://x/y#z', allow_fragments=False), urlparse('x/y', 'https'))
print(urlsplit('x/y', scheme='ftp'), urlsplit('//h/p', 'sftp'))
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('', '', '//p', '', '')),
      urlunsplit(('http', '', 'p', '', '')), urlunsplit(['file', '', '/tmp', '', '']),
      urlunparse(('http', 'h', '/p', 'a=1', 'q', '')), urlunsplit(('mailto', '', 'me', '', '')))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('http://a/b#'),
      urldefrag('http://a/b;p?q#f').geturl(), urldefrag(b'http://a/b#c'))
b = urlparse(b'http://user@host:99/p;q?r#s')
print(b, b.hostname, b.port, b.username, b.decode(), b.geturl())
print(urlsplit(b'//x/y'), urlsplit(b'//x/y').decode().encode('utf-8'))
r = urlparse('http://h/p')
print(r.scheme, r[0], r._replace(path='/q').geturl(), r._fields, isinstance(r, tuple))
print(ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl(), SplitResult('', '', 'x', '', '').geturl(),
      DefragResult('u', 'f').geturl(), r.encode(), type(r.encode()).__name__, ParseResult[str])
print(urlparse('http://h/p;a;b/c;d').params, urlparse('ftp://h/p;type=a').params,
      urlparse('foo://h/p;x').params, urlparse('p;x').params)


def show(fn):
    try:
        print('ok', fn())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: urlsplit('http://[::1/x'))
show(lambda: urlsplit('http://::1]/x'))
show(lambda: urlsplit('http://[127.0.0.1]/'))
show(lambda: urlsplit('http://[zzz]/'))
show(lambda: urlsplit('http://[vz.x]/'))
show(lambda: urlsplit('http://[::1::2]/'))
show(lambda: urlsplit('http://[1:2:3:4:5:6:7:8]/'))
show(lambda: urlsplit('http://[::ffff:1.2.3.4]/'))
show(lambda: urlsplit('http://h:99999').port)
show(lambda: urlsplit('http://h:-1').port)
show(lambda: urlsplit('http://h:x').port)
show(lambda: urlsplit('http://h:٣').port)
show(lambda: urlparse('http://h', b'x'))
show(lambda: urlunparse(('http', b'h', '', '', '', '')))
show(lambda: urlparse(b'http://\xff'))
show(lambda: urlsplit(5))
show(lambda: up.unwrap('<URL:http://x/y>'))
show(lambda: up.unwrap('  <http://x>  '))
print(up.uses_netloc[:5], up.scheme_chars, up.clear_cache())
