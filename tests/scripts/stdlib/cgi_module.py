# cgi (deprecated in 3.11) against python3: parse_header, GET/POST forms, multipart uploads, the HTML dumps.
import warnings, io, os, sys
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import cgi
print([str(x.message) for x in w])
for h in ['text/html', 'text/html; charset=utf-8', 'form-data; name="a;b"; filename="x \\"y\\".txt"', 'a; B=1; c; d="";e="\\\\"', ' multipart/form-data ;boundary=xyz ', '']:
    print(cgi.parse_header(h))
env = {'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&b=2&a=3&c=&d'}
print(cgi.parse(environ=dict(env)), cgi.parse(environ=dict(env), keep_blank_values=1))
fs = cgi.FieldStorage(environ=env)
print(fs, sorted(fs.keys()), len(fs), 'a' in fs, 'z' in fs, bool(fs))
print(fs['a'], fs['b'], fs.getvalue('a'), fs.getvalue('b'), fs.getvalue('z', 'dflt'), fs.getfirst('a'), fs.getfirst('z'), fs.getlist('b'), fs.getlist('z'))
try: fs['z']
except KeyError as e: print('KeyError', e)
fs = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'x=1;y=2'}, separator=';'); print(sorted(fs.keys()))
body = b'name=J%C3%BCrgen&age=42&name=x'
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded', 'CONTENT_LENGTH': str(len(body)), 'QUERY_STRING': 'q=1'}
fs = cgi.FieldStorage(fp=io.BytesIO(body), environ=env); print(fs.getlist('name'), fs.getvalue('age'), fs.getvalue('q'), fs.type, fs.length)
print(cgi.parse(io.BytesIO(body), environ=dict(env)))
mp = (b'preamble\r\n--BOUND\r\nContent-Disposition: form-data; name="field1"\r\n\r\nvalue one\r\n'
      b'--BOUND\r\nContent-Disposition: form-data; name="upload"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nline1\r\nline2\n\r\n'
      b'--BOUND\r\nContent-Disposition: form-data; name="field1"\r\n\r\nsecond\r\n--BOUND--\r\nepilogue\r\n')
env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=BOUND', 'CONTENT_LENGTH': str(len(mp))}
fs = cgi.FieldStorage(fp=io.BytesIO(mp), environ=env)
print(fs.type, fs.type_options, fs.innerboundary, sorted(fs.keys()), fs.getlist('field1'))
up = fs['upload']; print(up.name, up.filename, up.type, up.disposition, up.disposition_options, up.value, repr(up), up.file.read(), dict(up.headers))
print([repr(p) for p in fs.list], fs.bytes_read)
print(sorted(cgi.parse_multipart(io.BytesIO(mp), {'boundary': b'BOUND'}).items()))
print(sorted(cgi.parse_multipart(io.BytesIO(mp), {'boundary': b'BOUND', 'CONTENT-LENGTH': str(len(mp))}).items()))
big = b'--B\r\nContent-Disposition: form-data; name="big"\r\n\r\n' + b'x' * 3000 + b'\r\n--B--\r\n'
print({k: [len(v) for v in vs] for k, vs in cgi.parse_multipart(io.BytesIO(big), {'boundary': b'B'}).items()})
try: cgi.FieldStorage(fp=io.BytesIO(mp), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=BOUND', 'CONTENT_LENGTH': str(len(mp))}, max_num_fields=2)
except ValueError as e: print(e)
for kw in [dict(headers=5), dict(fp=5, environ={'REQUEST_METHOD': 'POST'}), dict(outerboundary='x', environ={'REQUEST_METHOD': 'POST'}, fp=io.BytesIO())]:
    try: cgi.FieldStorage(**kw)
    except TypeError as e: print(e)
try: cgi.FieldStorage(fp=io.BytesIO(b''), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'multipart/form-data; boundary=" bad"'})
except ValueError as e: print(e)
try: cgi.FieldStorage(fp=io.BytesIO(b'raw text body'), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'text/plain', 'CONTENT_LENGTH': '8'})
except TypeError as e: print('TypeError', e)
fs = cgi.FieldStorage(fp=io.BytesIO(b'raw text body'), headers={'content-type': 'application/octet-stream', 'content-length': '8', 'content-disposition': 'attachment; filename="r.bin"'}, environ={'REQUEST_METHOD': 'POST'})
print(repr(fs), fs.value, fs.file.read(), fs.filename, fs.length, fs.done)
for f in (fs.keys, fs.__bool__, lambda: fs['x']):
    try: f()
    except TypeError as e: print(e)
fs = cgi.FieldStorage(fp=io.BytesIO(b'no length body\nline2\n'), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'text/plain'}); print(repr(fs.value))
m = cgi.MiniFieldStorage('k', 'v'); print(m, m.filename, m.list, m.type_options, m.headers)
print(bool(cgi.valid_boundary('abc')), bool(cgi.valid_boundary(b'a b')), bool(cgi.valid_boundary('ab ')), bool(cgi.valid_boundary('x' * 201)), bool(cgi.valid_boundary('x' * 202)))
old = cgi.maxlen; cgi.maxlen = 5
try: cgi.FieldStorage(fp=io.BytesIO(body), environ={'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': 'application/x-www-form-urlencoded', 'CONTENT_LENGTH': '30'})
except ValueError as e: print(e)
cgi.maxlen = old
out = io.StringIO(); so = sys.stdout; sys.stdout = out
cgi.print_form(cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=<b>&c=1&c=2'})); cgi.print_form(cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': ''}))
cgi.print_environ({'B': '2', 'A': '<1>'}); cgi.print_environ_usage()
try: 1/0
except ZeroDivisionError: cgi.print_exception(limit=0)
sys.stdout = so; print(out.getvalue())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    cgi.log('x %s', 1); cgi.log('y')
print([str(x.message) for x in w], cgi.log is cgi.nolog); cgi.closelog(); print(cgi.log is cgi.initlog)
