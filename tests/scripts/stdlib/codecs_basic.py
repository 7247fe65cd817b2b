# codecs: lookup and CodecInfo, encode/decode incl. bytes codecs, incremental codecs across chunk
# boundaries, BOMs, iterencode/iterdecode, stream readers/writers, codecs.open, error handlers.
import codecs
import io
import os
import tempfile

for name in ['utf-8', 'UTF8', 'utf_8', 'latin-1', 'Latin1', 'ascii', 'US-ASCII', 'utf-16', 'utf-16-le',
             'UTF-16BE', 'utf-32', 'utf-8-sig', 'cp1252', 'hex', 'base64', 'zlib', 'rot13',
             'unicode_escape', 'raw_unicode_escape']:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__, len(info), info.encode is info[0], info._is_text_encoding)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM32_LE, codecs.BOM64_BE)
text = 'héllo wörld €𝄞'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig']:
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc) == text, codecs.getencoder(enc)(text)[1],
          codecs.getdecoder(enc)(data) == (text, len(data)))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', 'latin-1'))
print(codecs.encode(b'hello', 'hex'), codecs.decode(b'68656c6c6f', 'hex'), codecs.decode('68656C6C6F', 'hex'))
print(codecs.encode(b'hello world', 'base64'), codecs.decode(b'aGVsbG8gd29ybGQ=\n', 'base64'))
print(codecs.decode(codecs.encode(b'x' * 50, 'zlib'), 'zlib'), len(codecs.encode(b'x' * 50, 'zlib')))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode('tab\tnew\nbs\\ é € 𝄞 \x7f', 'unicode_escape'), codecs.encode('é€', 'raw_unicode_escape'))
for raw in [rb'a\nb\tc\\d\x41\u00e9\U0001d11e\101\'\"', rb'plain', rb'\N' if False else rb'\a\b\f\v\0']:
    print(raw, repr(codecs.decode(raw, 'unicode_escape')))
print(repr(codecs.decode(rb'\u20ac \x41 \\ \n', 'raw_unicode_escape')), repr(codecs.decode(b'caf\xe9', 'unicode_escape')))

# incremental decoding one byte at a time
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig']:
    data = codecs.encode(text, enc)
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))] + [dec.decode(b'', final=True)]
    print(enc, ''.join(pieces) == text, sum(1 for p in pieces if p))
    enc_obj = codecs.getincrementalencoder(enc)()
    out = b''.join(enc_obj.encode(ch) for ch in text) + enc_obj.encode('', final=True)
    print('  ', out == data)
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), dec.getstate(), repr(dec.decode(b'\xac')))
try:
    dec.decode(b'\xe2', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(list(codecs.iterencode(['a', 'é', '', '€'], 'utf-8')))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x', b'\xe2\x82', b'\xac'], 'utf-8')))
print(list(codecs.iterdecode([b'\xff', b'\xfe', b'a\x00'], 'utf-16')))

# streams
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('line one é\n')
w.writelines(['two\n', 'three'])
print(buf.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO(buf.getvalue()))
print(repr(r.readline()), repr(r.read(3)), r.readlines())
r = codecs.getreader('utf-16')(io.BytesIO('a\nb\nc'.encode('utf-16')))
print([line for line in r])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with codecs.open(path, 'w', encoding='utf-16') as f:
        f.write('first\nsecond ü\n')
    with open(path, 'rb') as raw:
        print(raw.read())
    with codecs.open(path, encoding='utf-16') as f:
        print(f.readlines(), f.encoding)
    with codecs.open(path, 'rb') as f:
        print(len(f.read()))

# error handlers
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('replace') is codecs.replace_errors)
exc = UnicodeEncodeError('ascii', 'aé€b', 1, 3, 'ordinal not in range(128)')
for handler in [codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors,
                codecs.xmlcharrefreplace_errors]:
    print(handler.__name__, handler(exc))
dexc = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
print(codecs.ignore_errors(dexc), codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc))


def bracket(e):
    return '[' + ','.join('%x' % ord(c) for c in e.object[e.start:e.end]) + ']', e.end


def bytes_marker(e):
    return '<%d-%d>' % (e.start, e.end), e.end


codecs.register_error('bracket', bracket)
codecs.register_error('marker', bytes_marker)
print(codecs.encode('aé€b', 'ascii', 'bracket'), codecs.decode(b'a\xffb\xfe', 'utf-8', 'marker'))
print(codecs.lookup_error('bracket') is bracket)


def show(fn):
    try:
        print('ok', fn())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: codecs.lookup('no-such-codec'))
show(lambda: codecs.lookup(5))
show(lambda: codecs.lookup_error('nope'))
show(lambda: codecs.register_error('x', 5))
show(lambda: codecs.encode('é', 'ascii'))
show(lambda: codecs.decode(b'\xff', 'utf-8'))
show(lambda: codecs.decode(b'zz', 'hex'))
show(lambda: codecs.strict_errors(exc))
show(lambda: codecs.xmlcharrefreplace_errors(dexc))
show(lambda: codecs.decode(rb'\x4', 'unicode_escape'))
show(lambda: codecs.decode(rb'ab\\', 'unicode_escape') + codecs.decode(b'\\', 'unicode_escape'))
show(lambda: codecs.decode(rb'\U00110000', 'unicode_escape'))
show(lambda: codecs.decode(rb'x\u12', 'unicode_escape', 'replace'))


def search(name):
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None


codecs.register(search)
print(codecs.encode('abc', 'my_codec'), codecs.decode(b'ABC', 'my_codec'), codecs.lookup('my_codec').name)
codecs.unregister(search)
show(lambda: codecs.lookup('my_codec'))
