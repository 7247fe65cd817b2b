import pkgutil, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
for m in pkgutil.iter_modules(['helper_runpkg']):
    print(m.name, m.ispkg)
for m in pkgutil.iter_modules(['helper_runpkg'], prefix='helper_runpkg.'):
    print(m.name, m.ispkg)
for m in pkgutil.walk_packages(['helper_runpkg'], prefix='helper_runpkg.'):
    print('walk', m.name, m.ispkg)
print(pkgutil.get_data('helper_runpkg', 'data.txt'))
print(pkgutil.resolve_name('os.path:join') is os.path.join)
print(pkgutil.resolve_name('os.path.join') is os.path.join)
print(pkgutil.resolve_name('helper_runpkg.inner.leaf').__name__)
for bad in ['1x', 'os:', 'nosuchmod.x']:
    try:
        print(pkgutil.resolve_name(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    list(pkgutil.iter_modules('helper_runpkg'))
except ValueError as e:
    print(e)
print(pkgutil.extend_path(['x'], 'nosuchpkg'))
print(pkgutil.ModuleInfo._fields)
