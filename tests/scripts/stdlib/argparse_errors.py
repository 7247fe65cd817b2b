# argparse: every parse error (usage + 'prog: error: ...' on stderr, exit 2) and the
# ValueError/TypeError/ArgumentError raised while building a parser.
import argparse
import contextlib
import io
import os
os.environ.pop('COLUMNS', None)  # help is laid out for 80 columns


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, '-> exit', e.code)
    except argparse.ArgumentError as e:
        print(args, '-> ArgumentError', e, '|', e.argument_name, '|', e.message)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')


def build(f):
    try:
        f()
        print('built')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__, e)


p = argparse.ArgumentParser(prog='err')
p.add_argument('x')
p.add_argument('y', type=int)
p.add_argument('-n', type=int)
p.add_argument('--ratio', type=float)
p.add_argument('--color', choices=['red', 'green'])
p.add_argument('--num', type=int, choices=[1, 2])
p.add_argument('--two', nargs=2)
p.add_argument('--one-plus', nargs='+')
p.add_argument('--opt', nargs='?')
p.add_argument('--three', nargs=3)
p.add_argument('--single', nargs=1)
p.add_argument('--flag', action='store_true')
p.add_argument('--req', required=False)
for args in [[], ['a'], ['a', 'b'], ['a', '1', '-n', 'z'], ['a', '1', '--ratio', 'half'],
             ['a', '1', '--color', 'blue'], ['a', '1', '--num', '3'], ['a', '1', '--num', 'x'],
             ['a', '1', '--two', 'q'], ['a', '1', '--one-plus'], ['a', '1', '--three', '1'],
             ['a', '1', '--single'], ['a', '1', '-n'], ['a', '1', 'extra', 'more'],
             ['a', '1', '--bogus'], ['a', '1', '--flag=yes'], ['a', '1', '-nx', '--flagg'],
             ['a', '1', '--opt', 'o', 'p'], ['--two', 'a', '1'], ['a', '1', '-x'],
             ['a', '1', '-n', '-5']]:
    run(p, args)

r = argparse.ArgumentParser(prog='required')
r.add_argument('--must', required=True)
r.add_argument('-m', '--also', required=True)
r.add_argument('pos', nargs='+')
run(r, [])
run(r, ['p', '--must', '1'])

amb = argparse.ArgumentParser(prog='ambig')
amb.add_argument('--foobar')
amb.add_argument('--foobaz')
amb.add_argument('--other')
run(amb, ['--foo', '1'])
run(amb, ['--fooba=2'])
run(amb, ['--oth', '3'])
noab = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
noab.add_argument('--foobar')
noab.add_argument('-a', action='store_true')
noab.add_argument('-b', action='store_true')
run(noab, ['--foo', '1'])
run(noab, ['-ab'])

mx = argparse.ArgumentParser(prog='mutex')
g = mx.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
g.add_argument('-c', type=int)
rg = mx.add_mutually_exclusive_group(required=True)
rg.add_argument('--on', action='store_true')
rg.add_argument('--off', action='store_true')
run(mx, ['--a', '--b', '--on'])
run(mx, ['--b', '-c', '1', '--on'])
run(mx, ['--a'])
run(mx, ['--on', '--off'])
run(mx, ['--off', '--a'])

def to_even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%d is not even' % n)
    return n

t = argparse.ArgumentParser(prog='types')
t.add_argument('--even', type=to_even)
t.add_argument('--file', type=argparse.FileType('r'))
t.add_argument('--hexa', type=lambda s: int(s, 16))
run(t, ['--even', '3'])
run(t, ['--even', 'q'])
run(t, ['--even', '4'])
run(t, ['--file', '/nonexistent/dir/file.txt'])
run(t, ['--hexa', 'zz'])
run(t, ['--hexa', 'ff'])

ne = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
ne.add_argument('--n', type=int)
ne.add_argument('--c', choices='ab')
ne.add_argument('pos', nargs='?')
run(ne, ['--n', 'x'])
run(ne, ['--c', 'z'])
run(ne, ['--n'])
run(ne, ['a', 'b'])

sub = argparse.ArgumentParser(prog='subs')
sp = sub.add_subparsers(dest='cmd', required=True)
sp.add_parser('go')
sp.add_parser('stop')
run(sub, [])
run(sub, ['fly'])
sub2 = argparse.ArgumentParser(prog='subs2')
sp2 = sub2.add_subparsers(required=True)
sp2.add_parser('go')
run(sub2, [])
sub3 = argparse.ArgumentParser(prog='subs3')
sp3 = sub3.add_subparsers(metavar='COMMAND', required=True)
sp3.add_parser('go').add_argument('--speed', type=int, required=True)
run(sub3, [])
run(sub3, ['go'])
run(sub3, ['go', '--speed', 'fast'])

# errors at definition time
build(lambda: argparse.ArgumentParser().add_argument('--x', nargs=0))
build(lambda: argparse.ArgumentParser().add_argument('--x', action='append', nargs=0))
build(lambda: argparse.ArgumentParser().add_argument('--x', const=1))
build(lambda: argparse.ArgumentParser().add_argument('x', required=True))
build(lambda: argparse.ArgumentParser().add_argument('x', dest='y'))
build(lambda: argparse.ArgumentParser().add_argument('--x', action='bogus'))
build(lambda: argparse.ArgumentParser().add_argument('--x', type='int'))
build(lambda: argparse.ArgumentParser().add_argument('--x', type=argparse.FileType))
build(lambda: argparse.ArgumentParser().add_argument('--x', nargs=2, metavar=('A', 'B', 'C')))
build(lambda: argparse.ArgumentParser().add_argument('x', nargs='*', metavar=('A', 'B', 'C')))
build(lambda: argparse.ArgumentParser().add_argument('--x', nargs='bad'))
build(lambda: argparse.ArgumentParser().add_argument('x', 'y'))
build(lambda: argparse.ArgumentParser().add_argument('--'))
build(lambda: argparse.ArgumentParser(conflict_handler='bogus'))
build(lambda: argparse.ArgumentParser().add_argument('-h'))
build(lambda: argparse.ArgumentParser(prog='p').add_mutually_exclusive_group().add_argument('--x', required=True))

def conflicts():
    c = argparse.ArgumentParser(prog='c')
    c.add_argument('-f', '--foo')
    c.add_argument('-f', '--foo')
build(conflicts)

def resolve():
    c = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
    c.add_argument('-f', '--foo', help='old foo')
    c.add_argument('--foo', help='new foo')
    c.add_argument('-h', '--halt', action='store_true', help='halt instead')
    print(c.format_help(), end='')
build(resolve)

def two_subparsers():
    c = argparse.ArgumentParser(prog='two')
    c.add_subparsers()
    c.add_subparsers()
try:
    with contextlib.redirect_stderr(io.StringIO()) as e:
        two_subparsers()
except SystemExit as ex:
    print('exit', ex.code, e.getvalue().splitlines()[-1])

def dup_parser():
    c = argparse.ArgumentParser(prog='dup')
    s = c.add_subparsers()
    s.add_parser('a')
    s.add_parser('a')
build(dup_parser)

def dup_alias():
    c = argparse.ArgumentParser(prog='dup')
    s = c.add_subparsers()
    s.add_parser('a')
    s.add_parser('b', aliases=['a'])
build(dup_alias)

err = argparse.ArgumentError(None, 'plain message')
print(str(err), err.argument_name)
print(isinstance(argparse.ArgumentTypeError('x'), Exception))

class NoCall(argparse.Action):
    pass
nc = argparse.ArgumentParser(prog='nocall')
nc.add_argument('--x', action=NoCall)
try:
    nc.parse_args(['--x', '1'])
except NotImplementedError as e:
    print('NotImplementedError', e)

# error() and exit() directly
e1 = argparse.ArgumentParser(prog='direct')
for call in (lambda: e1.error('custom problem'), lambda: e1.exit(3, 'bye\n'), lambda: e1.exit()):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stderr(buf):
            call()
    except SystemExit as e:
        print('exit', e.code, repr(buf.getvalue()))
