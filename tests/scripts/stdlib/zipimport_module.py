# zipimport: modules and packages imported from a ZIP archive on sys.path (and from a folder
# inside one), zipimporter's methods and errors, path_importer_cache, resources in a zip.
import os, shutil, sys, tempfile, zipfile, zipimport

base = tempfile.mkdtemp()
arc = os.path.join(base, 'lib.zip')
with zipfile.ZipFile(arc, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('zmod.py', 'X = 42\ndef f():\n    return "zmod.f"\n')
    z.writestr('zpkg/__init__.py', 'from . import sub\nNAME = "zpkg"\n')
    z.writestr('zpkg/sub.py', 'VALUE = [1, 2, 3]\n')
    z.writestr('zpkg/data.txt', 'hello data\n')
    z.writestr('inner/deep.py', 'WHERE = "inner"\n')
    z.writestr('bad.py', 'def broken(:\n')
    z.writestr('raiser.py', 'x = 1\nraise ValueError("boom")\n')
    z.writestr('crlf.py', 'A = 1\r\nB = A + 1\r\n')
with zipfile.ZipFile(os.path.join(base, 'stored.zip'), 'w') as z:
    z.writestr('storedmod.py', 'S = "stored"\n')
with open(os.path.join(base, 'plain.txt'), 'w') as f:
    f.write('not a zip at all, but long enough to be looked at' * 3)


def short(p):
    return p.replace(base + '/', '') if isinstance(p, str) else p


sys.path.insert(0, arc)
import zmod
print(zmod.X, zmod.f(), short(zmod.__file__), type(zmod.__loader__).__name__)
print(short(zmod.__spec__.origin), zmod.__spec__.name, zmod.__spec__.has_location, zmod.__spec__.submodule_search_locations)
import zpkg
print(zpkg.NAME, zpkg.sub.VALUE, short(zpkg.__file__), [short(p) for p in zpkg.__path__], zpkg.__package__)
import zpkg.sub
print(short(zpkg.sub.__file__), zpkg.sub.__name__, zpkg.sub.__package__)
z = zmod.__loader__
print(short(repr(z)), short(z.archive), repr(z.prefix))
print(z.is_package('zpkg'), z.is_package('zmod'))
try:
    z.is_package('nothere')
except zipimport.ZipImportError as e:
    print('ZipImportError', e)
print(z.get_source('zmod'))
print(z.get_data(arc + '/zpkg/data.txt'))
print(z.get_data('zpkg/data.txt'))
try:
    z.get_data('missing.txt')
except OSError as e:
    print(type(e).__name__, e.errno, short(str(e)))
print(short(z.get_filename('zmod')), short(z.get_filename('zpkg')))
code = z.get_code('zmod')
print(type(code).__name__, short(code.co_filename))
print(z.find_spec('nothere'))
sp = z.find_spec('zpkg')
print(sp.name, short(sp.origin), [short(p) for p in sp.submodule_search_locations], type(sp.loader).__name__)
zi = zipimport.zipimporter(arc + '/inner')
print(short(repr(zi)), repr(zi.prefix))
print(zi.find_spec('deep').name, short(zi.find_spec('deep').origin))
sys.path.insert(0, arc + '/inner')
import deep
print(deep.WHERE, short(deep.__file__))
try:
    import bad
except SyntaxError as e:
    print('SyntaxError', short(e.filename), e.lineno)
try:
    import raiser
except ValueError as e:
    print('ValueError', e, 'raiser' in sys.modules)
try:
    import nosuchmod_zz
except ImportError as e:
    print(type(e).__name__, e)
print(short(str(sorted(k for k in sys.path_importer_cache if 'lib.zip' in k))))
print(type(sys.path_importer_cache[arc]).__name__)
print(zipimport.ZipImportError.__mro__[1].__name__)
r = z.get_resource_reader('zpkg')
print(type(r).__name__ if r is not None else None)
import importlib.resources
print(importlib.resources.files('zpkg').joinpath('data.txt').read_text())
import crlf
print(crlf.B)
sys.path.append(os.path.join(base, 'stored.zip'))
import storedmod
print(storedmod.S, short(storedmod.__file__))
for bad in ['', os.path.join(base, 'nothere.zip'), os.path.join(base, 'plain.txt'), os.path.join(base, 'plain.txt/sub')]:
    try:
        zipimport.zipimporter(bad)
    except zipimport.ZipImportError as e:
        print('ZipImportError', short(str(e)))
try:
    zipimport.zipimporter(base)
except zipimport.ZipImportError as e:
    print('ZipImportError', short(str(e)))
print(zipimport.__all__, short(sorted(zipimport._zip_directory_cache)[0]))
for name in ('zmod', 'zpkg', 'zpkg.sub', 'crlf', 'deep', 'storedmod'):
    sys.modules.pop(name, None)
sys.path[:] = [p for p in sys.path if base not in p]
shutil.rmtree(base)
print(len(zipimport.cp437_table), zipimport.cp437_table[126:131])
