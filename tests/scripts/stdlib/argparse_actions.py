# argparse: every action, nargs, types, defaults and the Namespace.
import argparse
import contextlib
import io
import os
os.environ.pop('COLUMNS', None)  # help is laid out for 80 columns


def run(parser, args, intermixed=False):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            if intermixed:
                ns = parser.parse_intermixed_args(args)
            else:
                ns = parser.parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, '-> exit', e.code)
    if out.getvalue():
        print('stdout:', out.getvalue(), end='')
    if err.getvalue():
        print('stderr:', err.getvalue(), end='')


p = argparse.ArgumentParser(prog='act')
p.add_argument('--store')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-t', '--true', action='store_true')
p.add_argument('--false', action='store_false')
p.add_argument('--append', action='append')
p.add_argument('--aconst', action='append_const', const='K', dest='consts')
p.add_argument('--aconst2', action='append_const', const='L', dest='consts')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('--extend', action='extend', nargs='+', type=int)
p.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True, help='a flag')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
for args in [[], ['--store', 'x'], ['--store=y'], ['--const'], ['-t'], ['--true', '--false'],
             ['--append', 'a', '--append', 'b'], ['--aconst', '--aconst2', '--aconst'],
             ['-vvv'], ['-v', '-v'], ['--verbose', '-vv'], ['--extend', '1', '2', '--extend', '3'],
             ['--no-bool'], ['--bool'], ['--version'], ['--stor', 'abbrev'], ['-tvv'],
             ['--ext', '4']]:
    run(p, args)

q = argparse.ArgumentParser(prog='nargs')
q.add_argument('one')
q.add_argument('opt', nargs='?', default='dflt')
q.add_argument('--two', nargs=2, metavar=('A', 'B'))
q.add_argument('--star', nargs='*')
q.add_argument('--plus', nargs='+')
q.add_argument('--maybe', nargs='?', const='C', default='D')
q.add_argument('--three', nargs=3, type=float)
for args in [['x'], ['x', 'y'], ['x', '--two', '1', '2'], ['--star', 'x'], ['x', '--star'],
             ['x', '--star', 'a', 'b', 'c'], ['x', '--plus', 'p'], ['x', '--maybe'],
             ['x', '--maybe', 'm'], ['x', '--three', '1', '2.5', '-3'], ['--', '-x'],
             ['x', '--', '-y'], ['x', '--maybe', '--', 'z']]:
    run(q, args)

r = argparse.ArgumentParser(prog='pos')
r.add_argument('first', type=int)
r.add_argument('rest', nargs='*', type=int)
r.add_argument('-n', type=int, default='7')
r.add_argument('--choice', choices=['a', 'b', 'c'])
r.add_argument('--num', type=int, choices=range(1, 4))
for args in [['1'], ['1', '2', '3'], ['-1', '-n', '-2'], ['5', '-n3'], ['1', '--choice', 'b'],
             ['1', '--num', '3']]:
    run(r, args)

s = argparse.ArgumentParser(prog='plus')
s.add_argument('items', nargs='+')
s.add_argument('last')
run(s, ['a', 'b', 'c'])
run(s, ['a', 'b'])

t = argparse.ArgumentParser(prog='rem')
t.add_argument('cmd')
t.add_argument('args', nargs=argparse.REMAINDER)
t.add_argument('--flag', action='store_true')
run(t, ['--flag', 'ls', '-l', '--flag', 'x'])
run(t, ['ls'])

u = argparse.ArgumentParser(prog='mixed')
u.add_argument('--foo')
u.add_argument('cmd')
u.add_argument('rest', nargs='*')
run(u, ['doit', '1', '--foo', 'bar', '2', '3'], intermixed=True)
print(u.parse_known_args(['doit', '1', '--foo', 'bar', '2', '3']))
print(u.parse_known_args(['a', '--zzz', 'b']))

# defaults
d = argparse.ArgumentParser(prog='dflt', argument_default=argparse.SUPPRESS)
d.add_argument('--x', type=int)
d.add_argument('--y', default=3)
run(d, [])
run(d, ['--x', '9'])
e = argparse.ArgumentParser(prog='sd')
e.add_argument('--a', default='1', type=int)
e.add_argument('--b', default=[1], type=int)
e.set_defaults(a='5', extra='yes')
run(e, [])
print(e.get_default('a'), e.get_default('extra'), e.get_default('nothing'))

# custom actions
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        setattr(namespace, 'seen_' + self.dest, option_string)


class Collect(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs='+', **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, list(reversed(values)))


c = argparse.ArgumentParser(prog='custom')
c.add_argument('--up', action=Upper)
c.add_argument('words', action=Collect)
run(c, ['--up', 'abc', 'x', 'y', 'z'])
print(repr(c._actions[1]))

# prefix chars, fromfile, dest
f = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
f.add_argument('+f', '++foo')
f.add_argument('/b', action='store_true')
run(f, ['+f', '1', '/b'])
run(f, ['++foo=2'])
run(f, ['-h'])

g = argparse.ArgumentParser(prog='dests')
g.add_argument('-x', '--long-name', dest='custom')
g.add_argument('--with-dash')
g.add_argument('-s')
run(g, ['-x', '1', '--with-dash', '2', '-s', '3'])
run(g, ['--long', '4'])

# negative numbers
h = argparse.ArgumentParser(prog='neg')
h.add_argument('-1', dest='one', action='store_true')
h.add_argument('vals', nargs='*')
run(h, ['-1'])
run(h, ['-1', 'a'])
k = argparse.ArgumentParser(prog='neg2')
k.add_argument('x', type=float)
k.add_argument('-y', type=float)
run(k, ['-2.5', '-y', '-.5'])

# Namespace
ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, 'c' in ns, ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace(a=2))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
print(vars(ns), argparse.Namespace() == argparse.Namespace(), ns == 3)
print(argparse.FileType('w'), argparse.FileType('rb', 0, encoding='utf-8'), argparse.FileType())
