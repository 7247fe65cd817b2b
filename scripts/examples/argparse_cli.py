"""A small command-line tool in the style of the argparse tutorial: statistics over numbers.

    gilpy scripts/examples/argparse_cli.py --help
    gilpy scripts/examples/argparse_cli.py sum 1 2 3.5
    gilpy scripts/examples/argparse_cli.py -vv stats --precision 3 4 8 15 16 23 42
    gilpy scripts/examples/argparse_cli.py scale --factor 2 --no-round 1.25 2.5
"""
import argparse
import statistics
import sys
import textwrap


def positive_int(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive integer' % text)
    return value


def build_parser():
    parser = argparse.ArgumentParser(
        prog='numtool',
        description='Compute simple things from a list of numbers.',
        epilog=textwrap.dedent('''\
            examples:
              numtool sum 1 2 3
              numtool -v stats --precision 2 1 2 3 4
            '''),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('-v', '--verbose', action='count', default=0,
                        help='increase output verbosity (repeat for more)')
    parser.add_argument('--version', action='version', version='%(prog)s 1.0')
    commands = parser.add_subparsers(dest='command', required=True, metavar='COMMAND',
                                     title='commands')

    total = commands.add_parser('sum', help='add the numbers up')
    total.add_argument('numbers', nargs='+', type=float, help='the numbers to add')

    stats = commands.add_parser('stats', help='mean, median and spread')
    stats.add_argument('numbers', nargs='+', type=float, metavar='N')
    stats.add_argument('-p', '--precision', type=positive_int, default=2,
                       help='digits after the point (default: %(default)s)')
    which = stats.add_mutually_exclusive_group()
    which.add_argument('--only-mean', action='store_true', help='print the mean only')
    which.add_argument('--only-median', action='store_true', help='print the median only')

    scale = commands.add_parser('scale', help='multiply every number')
    scale.add_argument('numbers', nargs='*', type=float, default=[1.0])
    scale.add_argument('-f', '--factor', type=float, required=True)
    scale.add_argument('--round', action=argparse.BooleanOptionalAction, default=True,
                       help='round the results')
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.verbose >= 2:
        print('arguments:', args)
    if args.command == 'sum':
        result = sum(args.numbers)
        if args.verbose:
            print('the sum of %d numbers is %s' % (len(args.numbers), result))
        else:
            print(result)
    elif args.command == 'stats':
        fmt = '%.' + str(args.precision) + 'f'
        mean = statistics.mean(args.numbers)
        median = statistics.median(args.numbers)
        if args.only_mean:
            print(fmt % mean)
        elif args.only_median:
            print(fmt % median)
        else:
            print('mean  ', fmt % mean)
            print('median', fmt % median)
            if len(args.numbers) > 1:
                print('stdev ', fmt % statistics.stdev(args.numbers))
    else:
        for n in args.numbers:
            value = n * args.factor
            print(round(value) if args.round else value)
    return 0


if __name__ == '__main__':
    sys.exit(main())
