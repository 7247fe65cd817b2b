# importlib.resources on a package beside the script; importlib.metadata with and without an
# installed distribution (a .dist-info folder put on sys.path).
import importlib.metadata as md
import importlib.resources as res
import os
import shutil
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helper_runpkg

folder = res.files('helper_runpkg')
print(type(folder).__name__, folder.name, folder.is_dir())
print((folder / 'data.txt').read_text(), (folder / 'data.txt').read_bytes())
print(sorted(p.name for p in folder.iterdir() if p.name.endswith('.txt')))
print(res.files(helper_runpkg) == folder)
with res.as_file(folder / 'data.txt') as path:
    print(os.path.basename(path), os.path.exists(path))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(res.read_text('helper_runpkg', 'data.txt')))
    print(res.read_binary('helper_runpkg', 'data.txt'))
    with res.open_text('helper_runpkg', 'data.txt') as f:
        print(f.read().strip())
    with res.open_binary('helper_runpkg', 'data.txt') as f:
        print(f.read())
    print(res.is_resource('helper_runpkg', 'data.txt'), res.is_resource('helper_runpkg', 'inner'))
    print('data.txt' in res.contents('helper_runpkg'))
    with res.path('helper_runpkg', 'data.txt') as p:
        print(p.name)
    print(len(caught), sorted({w.category.__name__ for w in caught}))
    print(str(caught[0].message))
    for bad in [('helper_runpkg', 'inner/leaf.py'), ('helper_runpkg.zz', 'x')]:
        try:
            res.read_text(*bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

for name in ['surely-not-installed', 'no_such_dist']:
    try:
        md.version(name)
    except md.PackageNotFoundError as e:
        print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))
try:
    md.distribution('')
except ValueError as e:
    print(e)

site = '/tmp/importlib_metadata_fixture'
shutil.rmtree(site, ignore_errors=True)
os.makedirs(site + '/demo_pkg-1.2.3.dist-info')
with open(site + '/demo_pkg-1.2.3.dist-info/METADATA', 'w') as f:
    f.write('Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.3\nSummary: A demo\n'
            'Requires-Dist: requests (>=2)\nRequires-Dist: idna\n')
with open(site + '/demo_pkg-1.2.3.dist-info/entry_points.txt', 'w') as f:
    f.write('[console_scripts]\ndemo = demo_pkg.cli:main\n\n[demo.plugins]\nfast = demo_pkg.fast:Plugin [speed]\n')
with open(site + '/demo_pkg-1.2.3.dist-info/RECORD', 'w') as f:
    f.write('demo_pkg/__init__.py,sha256=abc,10\ndemo_pkg-1.2.3.dist-info/METADATA,,\n')
sys.path.insert(0, site)
print(md.version('demo-pkg'), md.version('demo_pkg'), md.version('Demo.Pkg'))
meta = md.metadata('demo-pkg')
print(meta['Name'], meta['Summary'], meta.get_all('Requires-Dist'))
print(md.requires('demo-pkg'))
dist = md.distribution('demo-pkg')
print(dist.name, dist.version)
eps = dist.entry_points
print(sorted(eps.names), sorted(eps.groups))
ep = eps['demo']
print(ep, ep.module, ep.attr, ep.group, ep.extras)
print(tuple(eps.select(group='demo.plugins'))[0].extras)
print(md.entry_points(group='console_scripts')['demo'].value)
print(sorted(md.entry_points(name='fast').names))
print([str(f) for f in md.files('demo-pkg')], md.files('demo-pkg')[0].hash)
try:
    ep.name = 'x'
except AttributeError as e:
    print(e)
shutil.rmtree(site)
