# argparse: explicit arguments (-x=1, -yx1, --long=), '--', and nested groups (deprecated: a
# DeprecationWarning on stderr).
import argparse, contextlib, io
p3 = argparse.ArgumentParser(prog='p3')
p3.add_argument('-x', nargs='?', const='C')
p3.add_argument('-y', action='store_true')
p3.add_argument('--long', nargs='?', const='L')
for a in [['-x=1'], ['-x='], ['-yx'], ['-yx1'], ['-xy'], ['-y=1'], ['-yy'], ['--long='], ['--long=v'], ['--lo=v'], ['-x', '--', 'q'], ['--', '-y']]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(a, p3.parse_args(a))
    except SystemExit as e:
        print(a, 'exit', err.getvalue().splitlines()[-1])
n = argparse.ArgumentParser(prog='n')
g = n.add_argument_group('g')
g2 = g.add_argument_group('inner')
g2.add_argument('--x')
m = g.add_mutually_exclusive_group()
m.add_argument('--y')
m2 = m.add_mutually_exclusive_group()
m2.add_argument('--z')
print(n.format_usage(), end='')
print(n.parse_args(['--x', '1', '--z', '2']))
