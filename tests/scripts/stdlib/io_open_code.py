"""io.open_code, io.text_encoding, io.open."""
import io
def t(label, f, *a, **k):
    try: r = f(*a, **k); print(label, '->', repr(r))
    except Exception as e: print(label, '!!', type(e).__name__, repr(str(e)))
print(io.text_encoding(None), io.text_encoding('latin-1'), io.text_encoding(None, 3))
t('open_code bytes', io.open_code, b'/tmp/x')
t('open_code int', io.open_code, 3)
t('open_code missing', io.open_code, 'no/such/file.py')
with io.open_code(__file__) as f: print(type(f).__name__, f.mode, f.read(3))
print(io.open is open)
import configparser, os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'x.ini')
    with io.open(p, 'w', encoding=io.text_encoding(None)) as f:
        f.write('[s]\nk = v\n')
    cp = configparser.ConfigParser(); print(cp.read(p) == [p], cp['s']['k'])
    with open(p, encoding='locale') as f: print(f.read().split())
