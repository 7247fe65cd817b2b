import linecache, os, sys
import tempfile
p = os.path.join(tempfile.mkdtemp(), 'lc_sample.py')
with open(p, 'w') as f: f.write("a = 1\nb = 2\nc = 3")
print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 4)), repr(linecache.getline(p, 0)), repr(linecache.getline(p, -1)))
print(linecache.getlines(p))
print(len(linecache.cache[p]), linecache.cache[p][2], linecache.cache[p][3] == p)
with open(p, 'w') as f: f.write("x\ny\n")
os.utime(p, (1, 1))
print(linecache.getline(p, 1))
linecache.checkcache(p)
print(repr(linecache.getline(p, 1)))
linecache.checkcache()
print(linecache.getline('<string>', 1) == '', linecache.getlines('nonexistent_file_xyz.py'))
print(linecache.updatecache(p))
linecache.clearcache(); print(linecache.cache)
print(linecache.lazycache('<x>', {}), linecache.lazycache('foo.py', None), linecache.lazycache('foo.py', {}))
class L:
    def get_source(self, name): return "line one\nline two" if name == 'mymod' else None
g = {'__name__': 'mymod', '__loader__': L()}
print(linecache.lazycache('/nonexist/mymod.py', g), len(linecache.cache['/nonexist/mymod.py']))
print(repr(linecache.getline('/nonexist/mymod.py', 2)))
print(repr(linecache.getline('/nonexist/mymod.py', 2, g)))
print(linecache.getline('/nonexist/other.py', 1, g) == '')
with open(p, 'wb') as f: f.write("# -*- coding: latin-1 -*-\ns = '\xe9'\n".encode('latin-1'))
linecache.checkcache(p)
print(ascii(linecache.getline(p, 2)))
print(linecache.__all__)
print(linecache.getline('os.py', 1) != '' or True)
