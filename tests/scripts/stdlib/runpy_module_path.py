import runpy, sys
sys.path.insert(0, '.')
for name in ['nosuch', 'helper_runpkg.nosuch', '.rel', 'helper_runpkg', 'json.nosuch']:
    try:
        runpy.run_module(name)
    except Exception as e:
        print(type(e).__name__, e)
g = runpy.run_module('helper_runpkg.mod1')
print(g['__name__'], sorted(k for k in g if k.startswith('__')))
g = runpy.run_module('helper_runpkg.mod1', run_name='__main__', init_globals={'EXTRA': 1})
print(g['EXTRA'], g['__name__'])
g = runpy.run_module('helper_runpkg.sub')
print(g['__name__'])
g = runpy.run_path('helper_runpkg/mod1.py')
print(g['__name__'], sorted(k for k in g if k.startswith('__')))
try:
    runpy.run_path('nosuchfile.py')
except Exception as e:
    print(type(e).__name__, e.strerror, e.filename.rsplit('/', 1)[-1])
