# zipfile.main (python -m zipfile): -c creates (folders walked in name order), -l lists,
# -t tests, -e extracts; argument errors exit 2. Also the module's record constants.
import contextlib, io, os, shutil, sys, tempfile, zipfile

base = tempfile.mkdtemp()
src = os.path.join(base, 'src')
os.makedirs(os.path.join(src, 'sub'))
for name, text in [('a.txt', 'alpha\n'), ('sub/b.txt', 'beta\n' * 50), ('sub/c.py', 'x = 1\n')]:
    with open(os.path.join(src, name), 'w') as f:
        f.write(text)
arc = os.path.join(base, 'out.zip')
zipfile.main(['-c', arc, src, os.path.join(src, 'a.txt'), os.path.join(base, 'missing')])
with zipfile.ZipFile(arc) as z:
    print(z.namelist())
    print([(i.filename, i.compress_type) for i in z.infolist()])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    zipfile.main(['-l', arc])
print([line.split()[0] for line in out.getvalue().splitlines()])
zipfile.main(['-t', arc])
dest = os.path.join(base, 'dest')
zipfile.main(['-e', arc, dest])
print(sorted(os.path.relpath(os.path.join(d, f), dest) for d, _, fs in os.walk(dest) for f in fs))
with open(os.path.join(dest, 'src', 'sub', 'b.txt')) as f:
    print(len(f.read()))
for bad in [[], ['-l'], ['-l', arc, '-t', arc], ['-e', arc]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            zipfile.main(bad)
    except SystemExit as e:
        print('exit', e.code, err.getvalue().splitlines()[-1])
try:
    with contextlib.redirect_stderr(io.StringIO()) as err:
        zipfile.main(['--metadata-encoding', 'utf-8', '-c', arc, src])
except SystemExit as e:
    print('exit', e.code, err.getvalue().strip())
print(zipfile.sizeCentralDir, zipfile.sizeEndCentDir, zipfile.sizeFileHeader, zipfile.sizeEndCentDir64,
      zipfile.sizeEndCentDir64Locator, zipfile.stringCentralDir, zipfile.stringEndArchive,
      zipfile.stringEndArchive64, zipfile.stringEndArchive64Locator, zipfile.stringFileHeader)
print(zipfile.structCentralDir, zipfile.structFileHeader, zipfile.compressor_names[8], zipfile.crc32(b'abc'))
shutil.rmtree(base)
