# shutil.make_archive / unpack_archive with the tar formats (plain, gzip, bzip2, xz).
import os
import shutil
import tempfile

print(shutil.get_archive_formats())
print(shutil.get_unpack_formats())
work = tempfile.mkdtemp()
src = os.path.join(work, 'src')
os.makedirs(os.path.join(src, 'sub'))
with open(os.path.join(src, 'a.txt'), 'w') as f:
    f.write('alpha')
with open(os.path.join(src, 'sub', 'b.txt'), 'w') as f:
    f.write('beta')
for fmt in ('tar', 'gztar', 'bztar', 'xztar'):
    made = shutil.make_archive(os.path.join(work, 'out-' + fmt), fmt, root_dir=src)
    print(fmt, os.path.basename(made), os.path.isabs(made))
    dest = os.path.join(work, 'x-' + fmt)
    shutil.unpack_archive(made, dest)
    found = sorted(os.path.relpath(os.path.join(d, n), dest) for d, _, names in os.walk(dest) for n in names)
    print(found, open(os.path.join(dest, 'sub', 'b.txt')).read())
    again = os.path.join(work, 'y-' + fmt)
    shutil.unpack_archive(made, again, format=fmt, filter='data')
    print(sorted(os.listdir(again)))
try:
    shutil.unpack_archive(os.path.join(work, 'nothing.rar'))
except shutil.ReadError as e:
    print('ReadError', str(e).replace(work, 'WORK'))
shutil.rmtree(work)
