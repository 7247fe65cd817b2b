# Runs scripts/examples/argparse_cli.py with several command lines, as a user would.
import contextlib
import io
import os
os.environ.pop('COLUMNS', None)  # help is laid out for 80 columns
import sys

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, '..', '..', '..', 'scripts', 'examples', 'argparse_cli.py')
with open(path) as fh:
    source = fh.read()

for argv in [['--help'], ['sum', '1', '2', '3.5'], ['-v', 'sum', '10', '-2'],
             ['-vv', 'stats', '--precision', '3', '4', '8', '15', '16', '23', '42'],
             ['stats', '--only-median', '1', '5', '2'], ['stats', '--only-mean', '--only-median', '1'],
             ['stats', '-p', '0', '1'], ['scale', '--factor', '2', '--no-round', '1.25', '2.5'],
             ['scale', '-f', '3'], ['scale', '1'], ['stats', '-h'], ['--version'], [], ['divide', '1']]:
    sys.argv = ['argparse_cli.py'] + argv
    print('$ numtool', ' '.join(argv))
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            exec(source, {'__name__': '__main__'})
    except SystemExit as e:
        print('[exit %s]' % e.code)
    print(err.getvalue(), end='')
