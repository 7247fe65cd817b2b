# tabnanny: clean files, ambiguous tab/space mixes (short and verbose reports), folders,
# missing files, and the Whitespace arithmetic behind it.
import io
import os
import shutil
import sys
import tabnanny

root = '/tmp/tabnanny_fixture'
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root + '/pkg')
files = {
    'clean.py': 'def f():\n    if True:\n        return 1\n',
    'mixed.py': 'def f():\n\tif True:\n\t        return 1\n        return 2\n',
    'notgreater.py': 'if True:\n        x = 1\n        if x:\n\t    y = 2\n',
    'pkg/inner.py': 'def g():\n    pass\n',
    'pkg/with space.py': 'def h():\n\tx = 1\n        return x\n',
}
for name, text in files.items():
    with open(os.path.join(root, name), 'w') as f:
        f.write(text)
os.chdir(root)
for path in ['clean.py', 'mixed.py', 'notgreater.py']:
    tabnanny.check(path)
tabnanny.verbose = 1
tabnanny.check('mixed.py')
tabnanny.check('clean.py')
tabnanny.verbose = 0
tabnanny.filename_only = 1
tabnanny.check('mixed.py')
tabnanny.filename_only = 0
tabnanny.check('pkg/with space.py')
for name in sorted(os.listdir('pkg')):
    tabnanny.check(os.path.join('pkg', name))
saved = sys.stderr
sys.stderr = io.StringIO()
tabnanny.check('missing.py')
print(sys.stderr.getvalue().strip())
sys.stderr = saved

w1 = tabnanny.Whitespace('\t  ')
w2 = tabnanny.Whitespace('        ')
print(w1.n, w1.nt, w1.norm, w1.is_simple, w1.longest_run_of_spaces())
print([w1.indent_level(ts) for ts in range(1, 9)], [w2.indent_level(ts) for ts in range(1, 9)])
print(w1.equal(w2), w1.not_equal_witness(w2))
print(w1.less(w2), w1.not_less_witness(w2))
print(tabnanny.format_witnesses([(1, 2, 3)]), tabnanny.format_witnesses([(1, 2, 3), (4, 5, 6)]))
try:
    tabnanny.process_tokens(__import__('tokenize').generate_tokens(io.StringIO(files['mixed.py']).readline))
except tabnanny.NannyNag as nag:
    print(nag.get_lineno(), nag.get_msg(), repr(nag.get_line()))
shutil.rmtree(root)
