# str.encode / bytes.decode / str(bytes, enc) / bytes(str, enc) with the codecs and error handlers,
# and UnicodeDecodeError / UnicodeEncodeError with their attributes and messages.

tests = [(b'ab\xe9', 'utf-8'), (b'\xe9ab','utf-8'), (b'\xf0\x9f\x98x','utf-8'),(b'\xf0\x9f\x98','utf-8'),(b'\xe0\x80','utf-8'),(b'\xed\xa0\x80','utf-8'),(b'a\x00b','utf-16-le'),(b'\x00\xd8a\x00','utf-16-le'),(b'\x00\xdc','utf-16-le'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8','utf-16'),(b'\x81','cp1252'),(b'\xe9','ascii'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\x00\xd8\x00\x00','utf-32-le'),(b'abc','utf-32-le'),(b'\xef\xbb\xbf\xe9','utf-8-sig'),(b'\xff','latin-1'), (b'\xe9', 'Latin_1'), (b'\xff\xfea\x00', 'UTF16'), (b'\xfe\xff\x00a', 'utf-16'), (b'\x93hi\x94', 'windows-1252')]
for b, e in tests:
    try: print(repr(b.decode(e)))
    except UnicodeDecodeError as x: print(type(x).__name__, x, '|', x.encoding, x.object, x.start, x.end, x.reason)
    print(repr(b.decode(e, 'replace')), repr(b.decode(e,'backslashreplace')), repr(b.decode(e,'ignore')))
for s, e in [('é€😀a', 'ascii'), ('aéé', 'latin-1'), ('\u0101', 'cp1252'), ('é€😀', 'utf-16'), ('é', 'utf-32'), ('é','utf-8-sig'),('€','cp1252'), ('aé', 'utf-16-be'), ('aé', 'utf-32-be'), ('xéy€z', 'ascii')]:
    try: print(s.encode(e))
    except UnicodeEncodeError as x: print(type(x).__name__, x, '|', x.encoding, x.start, x.end, x.reason, repr(x.object))
    for h in ['replace','ignore','backslashreplace','xmlcharrefreplace','namereplace']: print(h, s.encode(e, h), s.encode(encoding=e, errors=h))
for call in [lambda: 'a'.encode('xyz'), lambda: b'a'.decode('nope'), lambda: b'\xe9'.decode('ascii', 'bogus'), lambda: 'a'.encode('ascii', 'bogus'), lambda: 'é'.encode('ascii', 'bogus'), lambda: b'\xe9'.decode('ascii', 'xmlcharrefreplace'), lambda: str(b'caf\xc3\xa9', 'utf-8'), lambda: str(b'caf\xe9', 'latin-1'), lambda: str(b'caf\xe9', encoding='ascii', errors='replace'), lambda: bytes('café', 'latin-1'), lambda: bytes('café', 'ascii', 'ignore'), lambda: b'\xe9'.decode('latin-1'), lambda: 'é'.encode(), lambda: b'x'.decode(encoding='utf-8'), lambda: str(UnicodeDecodeError('utf-8', b'abc', 1, 3, 'bad')), lambda: str(UnicodeEncodeError('ascii', 'abc', 0, 1, 'nope')), lambda: UnicodeDecodeError('utf-8', b'abc', 1, 3, 'bad').args]:
    try: print(repr(call()))
    except Exception as x: print(type(x).__name__, x)
try:
    b'ab\xe9'.decode()
except ValueError as x:
    print('caught as ValueError:', isinstance(x, UnicodeError), x.start)

