# pkgutil over a ZIP archive: get_importer gives its zipimporter, iter_modules / walk_packages /
# iter_importer_modules list what the archive (or a folder in it) holds, get_data reads from it.
import os, shutil, sys, tempfile, zipfile, zipimport, pkgutil

base = tempfile.mkdtemp()
arc = os.path.join(base, 'pk.zip')
with zipfile.ZipFile(arc, 'w') as z:
    z.writestr('one.py', 'ONE = 1\n')
    z.writestr('two.py', '')
    z.writestr('pkg/__init__.py', '')
    z.writestr('pkg/inner.py', 'X = 2\n')
    z.writestr('pkg/res.txt', 'resource text\n')
    z.writestr('pkg/sub/__init__.py', '')
    z.writestr('notes.txt', 'x')
    z.writestr('dotted.name.py', '')

imp = pkgutil.get_importer(arc)
print(type(imp).__name__, imp is pkgutil.get_importer(arc), isinstance(imp, pkgutil.zipimporter))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([arc])))
print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([arc + '/pkg'], 'pkg.')))
print(sorted(pkgutil.iter_importer_modules(imp, 'p.')))
print(sorted(pkgutil.iter_zipimport_modules(zipimport.zipimporter(arc + '/pkg'))))
sys.path.insert(0, arc)
print(sorted(m.name for m in pkgutil.walk_packages([arc])))
print(pkgutil.get_data('pkg', 'res.txt'))
print(pkgutil.iter_importer_modules(object()))
print(pkgutil.simplegeneric.__name__, pkgutil.ModuleType.__name__)
sys.path.remove(arc)
for name in ('pkg', 'pkg.inner', 'pkg.sub'):
    sys.modules.pop(name, None)
shutil.rmtree(base)
