# argparse: help and usage text for several parsers, formatters and terminal widths.
import argparse
import os

os.environ.pop('COLUMNS', None)


def show(parser):
    print('=' * 20, parser.prog)
    print(parser.format_usage(), end='')
    print('-' * 10)
    print(parser.format_help(), end='')


p = argparse.ArgumentParser(prog='tool', description='A tool that does things. '
                            'It has a long description that needs wrapping across several '
                            'lines of the help output.', epilog='See the manual for more.')
p.add_argument('source', help='the source file')
p.add_argument('dest', nargs='?', default='out.txt', help='where to write (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output; may be repeated')
p.add_argument('-q', '--quiet', action='store_true', help='less output')
p.add_argument('--level', type=int, choices=[1, 2, 3], default=2, help='level %(choices)s, default %(default)s, type %(type)s')
p.add_argument('--name', metavar='NAME', help='a name for %(prog)s')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a key and a value')
p.add_argument('--files', nargs='*', help='any number of files')
p.add_argument('--more', nargs='+', help='at least one')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--a-very-long-option-name-indeed', help='an option whose name is longer than the help position')
p.add_argument('--nohelp')
show(p)

g = argparse.ArgumentParser(prog='groups', add_help=False)
grp = g.add_argument_group('input', 'Options about input.')
grp.add_argument('--in', dest='inp', help='input file')
grp2 = g.add_argument_group('output')
grp2.add_argument('--out', help='output file')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--fast', action='store_true', help='go fast')
mx.add_argument('--slow', action='store_true', help='go slow')
rmx = g.add_mutually_exclusive_group(required=True)
rmx.add_argument('--red', action='store_true')
rmx.add_argument('--blue', action='store_true')
g.add_argument('x', nargs='+')
show(g)

for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog=cls.__name__, formatter_class=cls,
                                description='Keep\n  this   layout\n\nplease.',
                                epilog='  indented epilog\nline two')
    f.add_argument('--count', type=int, default=3, help='how many\n  (indented line)')
    f.add_argument('--ratio', type=float, default=0.5, help='a ratio')
    f.add_argument('word', type=str, help='a word')
    f.add_argument('opt', type=str, nargs='?', default='z', help='optional word')
    show(f)

b = argparse.ArgumentParser(prog='bool')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=False, help='use color')
b.add_argument('--feature', action=argparse.BooleanOptionalAction)
b.add_argument('--version', action='version', version='1.0')
show(b)

# a long usage that must wrap, at several widths
w = argparse.ArgumentParser(prog='wrapping-program')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    w.add_argument('--' + name, help='the %s option, which has a fairly long help text that wraps' % name)
w.add_argument('input')
w.add_argument('outputs', nargs='*')
for cols in ['80', '60', '40', '120', '25']:
    os.environ['COLUMNS'] = cols
    print('COLUMNS', cols)
    show(w)
os.environ['COLUMNS'] = 'junk'
print(w.format_usage(), end='')
del os.environ['COLUMNS']

lp = argparse.ArgumentParser(prog='a-program-with-a-really-long-name-that-takes-most-of-the-line')
lp.add_argument('--one')
lp.add_argument('--two')
lp.add_argument('pos1')
lp.add_argument('pos2')
show(lp)
lp2 = argparse.ArgumentParser(prog='a-program-with-a-really-long-name-that-takes-most-of-the-line', add_help=False)
lp2.add_argument('pos1')
show(lp2)

u = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE', description='%(prog)s does it')
u.add_argument('file')
show(u)
n = argparse.ArgumentParser(prog='empty', add_help=False)
show(n)
n2 = argparse.ArgumentParser(prog='suppressed', usage=argparse.SUPPRESS, description='no usage line')
show(n2)

# subparsers in help
s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='command', help='sub-command help')
c1 = sub.add_parser('commit', help='record changes', aliases=['ci'])
c1.add_argument('-m', '--message', required=True, help='the message')
c2 = sub.add_parser('push', help='send changes')
c2.add_argument('remote', nargs='?', default='origin')
sub.add_parser('status')
show(s)
show(c1)
show(c2)
s2 = argparse.ArgumentParser(prog='titled')
sub2 = s2.add_subparsers(title='commands', description='available commands', metavar='CMD')
sub2.add_parser('run', help='run it')
sub2.add_parser('stop', help='stop it')
show(s2)

# positional metavars and nargs in usage
m = argparse.ArgumentParser(prog='metas')
m.add_argument('a', nargs=2)
m.add_argument('--b', nargs='*', metavar=('X', 'Y'))
m.add_argument('c', nargs=argparse.REMAINDER)
m.add_argument('--d', nargs=argparse.REMAINDER)
m.add_argument('--e', nargs=0 if False else 1)
m.add_argument('--choice', choices=['red', 'green'], help='pick %(choices)s')
show(m)

# mutually exclusive group in the middle, with suppressed member
mm = argparse.ArgumentParser(prog='mutex')
mm.add_argument('--before')
gg = mm.add_mutually_exclusive_group()
gg.add_argument('--one', action='store_true')
gg.add_argument('--two', help=argparse.SUPPRESS)
gg.add_argument('--three', nargs='?')
mm.add_argument('--after')
gp = mm.add_mutually_exclusive_group(required=True)
gp.add_argument('--p1')
gp.add_argument('--p2', action='store_const', const=1)
show(mm)

# HelpFormatter options through a lambda
fm = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=50, indent_increment=4))
fm.add_argument('--option-one', help='the first option with some words to wrap around')
fm.add_argument('positional', help='a positional argument')
show(fm)
print(repr(p.format_help().splitlines()[0]))
p.print_usage()
p.print_help()
