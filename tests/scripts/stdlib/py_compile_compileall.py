# py_compile and compileall check that sources compile; what they report on errors.
import compileall
import os
import py_compile
import re
import shutil

root = '/tmp/py_compile_compileall_fixture'
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root + '/cdir/sub')
os.chdir(root)
with open('cdir/good.py', 'w') as f:
    f.write('x = 1\n')
with open('cdir/bad.py', 'w') as f:
    f.write('def f(:\n    pass\n')
with open('cdir/sub/bad2.py', 'w') as f:
    f.write('y = (\n')
with open('cdir/readme.txt', 'w') as f:
    f.write('not python\n')

py_compile.compile('cdir/good.py', doraise=True)
try:
    py_compile.compile('cdir/bad.py', doraise=True)
except py_compile.PyCompileError as e:
    print(type(e).__name__, e.exc_type_name, e.file, type(e.exc_value).__name__)
    print(e.msg)
    print(str(e) == e.msg, e.args[1:] == ('SyntaxError', e.exc_value, 'cdir/bad.py'))
try:
    py_compile.compile('cdir/nosuch.py')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    py_compile.compile('cdir/sub/bad2.py', doraise=True, dfile='shown.py')
except py_compile.PyCompileError as e:
    print(e.file, e.msg.splitlines()[0])
print(py_compile.PycInvalidationMode.TIMESTAMP, py_compile.PyCompileError.__mro__[1].__name__)
print(compileall.compile_file('cdir/good.py', force=True))
print(compileall.compile_file('cdir/readme.txt', force=True))
print(compileall.compile_dir('cdir', force=True))
print(compileall.compile_dir('cdir', force=True, quiet=1))
print(compileall.compile_dir('cdir', force=True, quiet=2))
print(compileall.compile_dir('cdir', force=True, maxlevels=0, rx=re.compile('bad')))
print(compileall.compile_dir('nosuchdir'))
try:
    compileall.compile_dir('cdir', workers=-1)
except ValueError as e:
    print(e)
shutil.rmtree(root)
