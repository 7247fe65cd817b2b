# argparse: intermixed and REMAINDER parsing, @files, parents, other prefix characters, negative
# numbers, single-dash long options, reprs of Namespace/FileType/actions, SUPPRESS defaults,
# string defaults through type=, abbreviations with '=', choices, const, extend, metavar tuples.
import argparse, io, contextlib, os, sys
os.environ.pop('COLUMNS', None)
def run(p, args, intermixed=False, known=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            if intermixed:
                r = p.parse_known_intermixed_args(args) if known else p.parse_intermixed_args(args)
            else:
                r = p.parse_known_args(args) if known else p.parse_args(args)
        print(args, '->', r)
    except SystemExit as e:
        print(args, '-> exit', e.code)
    except Exception as e:
        print(args, '->', type(e).__name__, e)
    if out.getvalue(): print('OUT:', out.getvalue(), end='')
    if err.getvalue(): print('ERR:', err.getvalue(), end='')

p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
for a in (['a', '1', '--foo', 'x', '2', '3'], ['--foo', 'x', 'a'], ['a'], ['a', 'b']):
    run(p, a, intermixed=True)
    run(p, a)
run(p, ['a', '1', '--zz', '2'], intermixed=True, known=True)
q = argparse.ArgumentParser(prog='rem')
q.add_argument('x'); q.add_argument('r', nargs=argparse.REMAINDER)
run(q, ['a', '--b', 'c'])
run(q, ['a', '--', 'c'])
run(q, [], intermixed=True)
# fromfile
import tempfile
home = os.getcwd()
os.chdir(tempfile.mkdtemp())
argfile = 'args.txt'
with open(argfile, 'w') as f:
    f.write('--foo\nfromfile\ncmdx\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--foo'); ff.add_argument('cmd')
run(ff, ['@' + argfile])
os.remove(argfile)
os.rmdir(os.getcwd())
os.chdir(home)
run(ff, ['@/nonexistent_gilpy_dir/nope.txt'])
# parents
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent', type=int, default=5)
pg = parent.add_argument_group('pgroup', 'parent group')
pg.add_argument('--pg')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--m1', action='store_true'); pm.add_argument('--m2', action='store_true')
parent.set_defaults(extra='yes')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('pos')
print(child.format_help())
run(child, ['z', '--m1', '--m2'])
run(child, ['z', '--parent', '7'])
# prefix chars
pc = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
pc.add_argument('+f', '++foo', action='store_true')
pc.add_argument('/b')
print(pc.format_help())
run(pc, ['+f', '/b', '1'])
run(pc, ['++fo'])
# negative numbers
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-x', type=float)
n.add_argument('foo', nargs='?')
run(n, ['-x', '-1'])
run(n, ['-5'])
run(n, ['-x', '-.5', '-2.5'])
n2 = argparse.ArgumentParser(prog='neg2')
n2.add_argument('-1', dest='one')
n2.add_argument('foo', nargs='?')
run(n2, ['-1', 'x'])
run(n2, ['-2'])
# single-dash long options
sd = argparse.ArgumentParser(prog='sd')
sd.add_argument('-foo'); sd.add_argument('-f', action='store_true'); sd.add_argument('-b', action='count')
run(sd, ['-foo', 'x'])
run(sd, ['-fo', 'x'])
run(sd, ['-fbb'])
run(sd, ['-f=1'])
run(sd, ['-bfx'])
run(sd, ['-foo=3'])
# namespace and reprs
print(argparse.Namespace(a=1, **{'b-c': 2, 'd': 3}))
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), argparse.Namespace(a=1) == {'a': 1}, 'a' in argparse.Namespace(a=1))
print(argparse.FileType('w', 1, 'utf-8', 'strict'), argparse.FileType(), argparse.FileType('rb', encoding='latin-1'))
a = argparse.ArgumentParser(prog='reprs')
print(a)
print(a.add_argument('--x', type=int, choices=[1, 2], help='h'))
print(a.add_argument('y', nargs='+', metavar='Y'))
print(a.add_argument('--z', action='store_true'))
print(a.add_argument('--c', action='count'))
print(a.add_argument('--ac', action='append_const', const=4))
print(a.add_argument('--v', action='version', version='%(prog)s 2.0'))
print(a.add_argument('--b', action=argparse.BooleanOptionalAction, default=True, help='bee'))
s = a.add_subparsers(dest='cmd')
print(s)
print(argparse.ArgumentParser(prog='p', exit_on_error=False).parse_known_args(['--zz']))
run(a, ['--v'])
run(a, ['-h'])
run(a, ['1', '--no-b', '--ac', '--ac', '-cc'])
# SUPPRESS default
sp = argparse.ArgumentParser(prog='supp', argument_default=argparse.SUPPRESS)
sp.add_argument('--a'); sp.add_argument('b', nargs='?')
run(sp, [])
run(sp, ['--a', '1', 'x'])
# string default converted
dc = argparse.ArgumentParser(prog='dc')
dc.add_argument('--n', type=int, default='42')
dc.add_argument('--l', type=int, nargs='*', default='7')
run(dc, [])
# abbreviations with =
ab = argparse.ArgumentParser(prog='ab')
ab.add_argument('--verbose-mode'); ab.add_argument('--value')
run(ab, ['--verb=3'])
run(ab, ['--v=3'])
run(ab, ['--val', '3', '--verbose-mode=x=y'])
# choices with strings, containers
ch = argparse.ArgumentParser(prog='ch')
ch.add_argument('--r', type=int, choices=range(1, 4))
ch.add_argument('s', choices='abc', nargs='*', default=['a'])
run(ch, ['--r', '5'])
run(ch, ['a', 'd'])
run(ch, [])
print(ch.format_help())
# empty mutually exclusive group
eg = argparse.ArgumentParser(prog='eg')
eg.add_mutually_exclusive_group()
try:
    eg.format_usage()
except ValueError as e: print('ValueError', str(e)[:11])
# const with nargs '?'
co = argparse.ArgumentParser(prog='co')
co.add_argument('--lvl', nargs='?', const='C', default='D', type=str.lower)
run(co, ['--lvl']); run(co, []); run(co, ['--lvl', 'X'])
# extend
ex = argparse.ArgumentParser(prog='ex')
ex.add_argument('--e', action='extend', nargs='+', type=int)
run(ex, ['--e', '1', '2', '--e', '3'])
# required positional help, metavar tuple
mt = argparse.ArgumentParser(prog='mt')
mt.add_argument('--pt', nargs=2, metavar=('A', 'B'), required=True)
mt.add_argument('--st', nargs='+', metavar=('X', 'Y'))
run(mt, [])
print(mt.format_help())
