# zipapp against python3: archives from directories and archives, entry points, the command line.
import os; os.environ['COLUMNS'] = '80'
import zipapp, zipfile, tempfile, os, io, shutil, sys
d = tempfile.mkdtemp()
src = os.path.join(d, 'app'); os.makedirs(src + '/pkg/sub')
open(src + '/pkg/__init__.py', 'w').write('')
open(src + '/pkg/mod.py', 'w').write('def run():\n    print("hello from pkg.mod")\n')
open(src + '/pkg/sub/data.txt', 'w').write('data')
open(src + '/skip.tmp', 'w').write('x')
zipapp.create_archive(src, main='pkg.mod:run', interpreter='/usr/bin/env python3')
out = src + '.pyz'
print(os.path.exists(out), zipapp.get_interpreter(out), os.stat(out).st_mode & 0o111 != 0)
with zipfile.ZipFile(out) as z:
    print(sorted(z.namelist())); print(z.read('__main__.py').decode()); print({i.filename: i.compress_type for i in z.infolist()}['pkg/mod.py'])
zipapp.create_archive(src, os.path.join(d, 'b.pyz'), main='pkg.mod:run', filter=lambda p: p.suffix != '.tmp', compressed=True)
with zipfile.ZipFile(os.path.join(d, 'b.pyz')) as z:
    print(sorted(z.namelist()), {i.filename: i.compress_type for i in z.infolist()}['pkg/mod.py'])
print(zipapp.get_interpreter(os.path.join(d, 'b.pyz')))
buf = io.BytesIO(); zipapp.create_archive(out, buf, interpreter='/opt/py'); print(buf.getvalue()[:12])
buf.seek(0); print(zipapp.get_interpreter(buf))
buf.seek(0); b2 = io.BytesIO(); zipapp.create_archive(buf, b2); print(b2.getvalue()[:2] == b'PK', zipapp.get_interpreter(io.BytesIO(b2.getvalue())))
for kw in [dict(source=src, main='bad'), dict(source=src, main='a.b:c-d'), dict(source=src), dict(source=d + '/nope'), dict(source=src, main=':x')]:
    try: zipapp.create_archive(**kw)
    except zipapp.ZipAppError as e: print('ZipAppError', e)
open(src + '/__main__.py', 'w').write('print(1)')
try: zipapp.create_archive(src, main='a:b')
except zipapp.ZipAppError as e: print(e)
zipapp.create_archive(src, os.path.join(d, 'c.pyz'))
with zipfile.ZipFile(os.path.join(d, 'c.pyz')) as z: print(z.read('__main__.py'))
for argv in [['--info', out], ['--info', src], [out], [out, '-o', out], [out, '-o', d + '/x.pyz', '-m', 'a:b'], [src, '-o', d + '/y.pyz', '-p', 'py', '-c']]:
    try: zipapp.main(argv)
    except SystemExit as e: print('exit', e.code)
print(zipapp.get_interpreter(d + '/y.pyz'), issubclass(zipapp.ZipAppError, ValueError), zipapp.__all__)
shutil.rmtree(d)

try: zipapp.main(['-h'])
except SystemExit as e: print('exit', e.code)
try: zipapp.main([])
except SystemExit as e: print('exit', e.code)
