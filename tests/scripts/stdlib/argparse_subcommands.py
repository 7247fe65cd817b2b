# argparse: subparsers (dest, aliases, set_defaults, nested), parents, groups, intermixed
# parsing, fromfile_prefix_chars, prog from sys.argv[0], parse_known_args.
import argparse
import contextlib
import io
import os
os.environ.pop('COLUMNS', None)  # help is laid out for 80 columns
import sys


def run(parser, args, known=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            if known:
                ns = parser.parse_known_args(args)
            else:
                ns = parser.parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, '-> exit', e.code)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')


def cmd_add(ns):
    return ns.a + ns.b


def cmd_neg(ns):
    return -ns.value


calc = argparse.ArgumentParser(prog='calc')
calc.add_argument('--trace', action='store_true')
subs = calc.add_subparsers(dest='command', help='operation')
add = subs.add_parser('add', help='add two numbers', aliases=['plus', '+'])
add.add_argument('a', type=int)
add.add_argument('b', type=int)
add.set_defaults(func='cmd_add')
neg = subs.add_parser('neg', help='negate')
neg.add_argument('value', type=float)
neg.add_argument('--twice', action='store_true')
neg.set_defaults(func='cmd_neg', trace='from-neg')
for args in [['add', '1', '2'], ['plus', '3', '4'], ['+', '5', '6'], ['--trace', 'neg', '2.5'],
             ['neg', '--twice', '1'], [], ['add', '1'], ['neg', 'x'], ['add', '-h'],
             ['neg', '1', '--bogus'], ['mul', '1']]:
    run(calc, args)
ns = calc.parse_args(['add', '20', '22'])
print(ns.func, globals()[ns.func](ns))
print(calc.parse_known_args(['neg', '1', '--extra', 'x']))

# nested subparsers
top = argparse.ArgumentParser(prog='top')
lvl1 = top.add_subparsers(dest='first')
remote = lvl1.add_parser('remote')
lvl2 = remote.add_subparsers(dest='second')
radd = lvl2.add_parser('add')
radd.add_argument('name')
radd.add_argument('url')
lvl2.add_parser('list').add_argument('-v', action='store_true')
run(top, ['remote', 'add', 'origin', 'http://x'])
run(top, ['remote', 'list', '-v'])
run(top, ['remote'])
run(top, [])
run(top, ['remote', 'add', '-h'])

# parents
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--verbose', action='store_true', help='talk more')
pg = parent.add_argument_group('shared', 'shared options')
pg.add_argument('--config', help='config file')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--json', action='store_true')
pm.add_argument('--yaml', action='store_true')
parent.set_defaults(source='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent], description='a child parser')
child.add_argument('item')
run(child, ['thing', '--verbose', '--config', 'c.ini', '--json'])
run(child, ['thing', '--json', '--yaml'])
print(child.format_help(), end='')
child2 = argparse.ArgumentParser(prog='child2', parents=[parent])
run(child2, [])

# groups and get_default
grp = argparse.ArgumentParser(prog='grp', argument_default=0)
g1 = grp.add_argument_group('numbers')
g1.add_argument('--x', type=int)
g1.add_argument('--y', type=int, default=5)
g1.set_defaults(z=9)
run(grp, ['--x', '3'])
print(grp.get_default('x'), grp.get_default('y'), grp.get_default('z'))

# intermixed
im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
for args in [['doit', '1', '--foo', 'bar', '2', '3'], ['--foo', 'b', 'x'], ['x', '1', '--zz']]:
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(args, '->', im.parse_intermixed_args(args))
    except SystemExit as e:
        print(args, '-> exit', e.code, err.getvalue().splitlines()[-1])
print(im.parse_known_intermixed_args(['a', '--unknown', '2']))
rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('x', nargs='...')
try:
    rem.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)

# fromfile_prefix_chars
path = 'argparse_args_%d.txt' % os.getpid()
with open(path, 'w') as fh:
    fh.write('--name\nfrom file\n-v\n')
try:
    ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    ff.add_argument('--name')
    ff.add_argument('-v', action='count')
    ff.add_argument('rest', nargs='*')
    ns = ff.parse_args(['@' + path, 'tail', '-v'])
    print(ns)
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ff.parse_args(['@/no/such/file/anywhere'])
    except SystemExit as e:
        print('exit', e.code, err.getvalue().splitlines()[-1])
finally:
    os.remove(path)

# prog from sys.argv[0]
saved = sys.argv[:]
sys.argv = ['/usr/local/bin/my-tool.py', '--level', '3']
auto = argparse.ArgumentParser()
auto.add_argument('--level', type=int)
print(auto.prog, auto.parse_args())
print(auto.format_usage(), end='')
sys.argv = saved

# namespace argument, parse_known_args leftovers
target = argparse.Namespace(existing=1, level=7)
print(auto.parse_args(['--level', '2'], namespace=target), target.existing)
print(auto.parse_args([], namespace=argparse.Namespace(level=7)))
print(auto.parse_known_args(['--level', '1', '--other', 'x', 'y']))
print(repr(auto) == repr(auto), repr(argparse.ArgumentParser(prog='r', usage='u', description='d')))
print(repr(calc._actions[2]) if len(calc._actions) > 2 else None)
