import os
import shutil
from pathlib import Path

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

base = '/tmp/gilpy_fixture_shutil_ops'
if os.path.exists(base):
    shutil.rmtree(base)
os.makedirs(base + '/src/a/b')
os.chdir(base)
with open('src/top.txt', 'w') as f:
    f.write('top')
with open('src/a/mid.txt', 'w') as f:
    f.write('mid' * 1000)
with open('src/a/b/low.log', 'w') as f:
    f.write('low')
os.chmod('src/top.txt', 0o640)
print(shutil.copyfile('src/top.txt', 'copy1.txt'), open('copy1.txt').read(), oct(os.stat('copy1.txt').st_mode & 0o777) != '0o640' or True)
print(shutil.copy('src/top.txt', 'copy2.txt'), oct(os.stat('copy2.txt').st_mode & 0o777))
os.mkdir('dest')
print(shutil.copy('src/top.txt', 'dest'), shutil.copy2('src/a/mid.txt', 'dest'), sorted(os.listdir('dest')))
print(int(os.stat('dest/mid.txt').st_mtime) == int(os.stat('src/a/mid.txt').st_mtime), os.path.getsize('dest/mid.txt'))
show(lambda: shutil.copyfile('src/top.txt', 'src/top.txt'))
show(lambda: shutil.copyfile('nope.txt', 'x.txt'))
show(lambda: shutil.copy('src/top.txt', 'no/such/dir/x'))
print(shutil.copytree('src', 'tree'))
for root, dirs, files in sorted(os.walk('tree')):
    print(root, sorted(dirs), sorted(files))
print(shutil.copytree('src', 'tree2', ignore=shutil.ignore_patterns('*.log', 'b')))
print(sorted(os.path.relpath(os.path.join(r, f), 'tree2') for r, d, fs in os.walk('tree2') for f in fs))
show(lambda: shutil.copytree('src', 'tree'))
print(shutil.copytree('src', 'tree', dirs_exist_ok=True))
print(shutil.move('tree2', 'moved'), os.path.exists('tree2'), os.path.isdir('moved'))
print(shutil.move('copy1.txt', 'dest'), os.listdir('.').count('copy1.txt'), sorted(os.listdir('dest')))
print(shutil.move('copy2.txt', 'renamed.txt'), os.path.exists('renamed.txt'))
show(lambda: shutil.move('renamed.txt', 'dest/..'))
open('dest/renamed.txt', 'w').close()
show(lambda: shutil.move('renamed.txt', 'dest'))
show(lambda: shutil.rmtree('nope'))
shutil.rmtree('nope', ignore_errors=True)
errors = []
shutil.rmtree('nope', onerror=lambda func, path, info: errors.append((func.__name__, path, info[0].__name__)))
print(errors)
os.symlink('src', 'srclink')
show(lambda: shutil.rmtree('srclink'))
os.unlink('srclink')
shutil.rmtree('tree')
print(os.path.exists('tree'))
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'), shutil.which('sh', path=''), shutil.which('/bin/sh'))
u = shutil.disk_usage('.')
print(type(u).__name__, u.total >= u.used >= 0, u.free >= 0, len(u), u._fields)
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '30'
print(shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size((77, 11)))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
os.chdir('/tmp')
shutil.rmtree(base)
print(os.path.exists(base))
