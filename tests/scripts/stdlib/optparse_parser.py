# optparse: actions, types, groups, callbacks, help and usage text, errors (to stderr, exit 2).
import contextlib
import io
import optparse


def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            options, rest = parser.parse_args(args)
        print('->', sorted(vars(options).items(), key=str), rest)
    except SystemExit as e:
        print('exit', e.code)
    if out.getvalue():
        print('OUT:' + out.getvalue())
    if err.getvalue():
        print('ERR:' + err.getvalue())


def make():
    p = optparse.OptionParser(usage='%prog [options] file...', version='%prog 1.0', prog='tool',
                              description='A tool that does things with files and reports. ' * 3,
                              epilog='See the manual for more information about everything.')
    p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
    p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
                 help="don't print status messages to stdout")
    p.add_option('-n', '--num', type='int', default=3, help='number of things [default: %default]')
    p.add_option('--ratio', type='float')
    p.add_option('-v', action='count', dest='verbosity')
    p.add_option('-I', '--include', action='append',
                 help='add a directory to the include path, may be repeated many many times to build up a long list')
    p.add_option('--mode', type='choice', choices=['fast', 'slow'], default='fast')
    p.add_option('--pair', nargs=2, type='int')
    p.add_option('--const', action='store_const', const=42)
    p.add_option('--a-very-long-option-name-indeed', action='store_true', help='long one')
    p.add_option('--secret', help=optparse.SUPPRESS_HELP)

    def callback(option, opt, value, parser, extra):
        print('callback', opt, value, extra, parser.largs, parser.rargs)
        parser.values.cbv = value
    p.add_option('-c', '--callback', action='callback', callback=callback, type='string', callback_args=('X',))
    group = optparse.OptionGroup(p, 'Dangerous Options',
                                 'Caution: use these options at your own risk.  It is believed that some of them bite.')
    group.add_option('-g', action='store_true', help='Group option.')
    p.add_option_group(group)
    return p


cases = [[], ['-f', 'out.txt', 'a', 'b'], ['--file=x', '-qv', '-vv'], ['-n', '7', '--num=0x10'], ['-n', 'abc'],
         ['--ratio', '1.5e3'], ['--ratio=x'], ['-Ia', '-I', 'b', '--include=c'], ['--mode', 'slow'], ['--mode=medium'],
         ['--pair', '1', '2'], ['--pair', '1'], ['--const'], ['--fi', 'z'], ['--x'], ['-z'], ['--a-very', 'p'],
         ['--quiet=3'], ['-c', 'val', 'rest', '--', '-f'], ['-h'], ['--help'], ['--version'], ['-n'], ['a', '-f', 'b', 'c'],
         ['-g', '--secret', 's'], ['-nfx'], ['-n010'], ['-n0b101'], ['-'], ['--']]
for case in cases:
    print(case)
    run(make(), case)
parser = make()
parser.disable_interspersed_args()
run(parser, ['a', '-f', 'x'])
print(parser.get_option('-f'), parser.has_option('--mode'), repr(parser.get_usage()), repr(parser.get_version()))
parser.remove_option('--mode')
print(parser.has_option('--mode'), parser.get_option_group('-g').title)

for bad in [dict(action='bogus'), dict(type='nope'), dict(action='store_true', type='int'), dict(type='choice'),
            dict(const=1), dict(action='count', nargs=2), dict(action='callback', callback=5), dict(foo=1),
            dict(choices='ab', type='choice'), dict(action='store', callback=len)]:
    try:
        optparse.Option('--x', **bad)
    except Exception as e:
        print(type(e).__name__, e)
for strings in [(), ('x',), ('-xy',), ('---x',), ('-',)]:
    try:
        optparse.Option(*strings)
    except Exception as e:
        print(type(e).__name__, e)
print(optparse.Option('-x', type=int).type, optparse.Option('-x', type=str).type, optparse.Option('--my-opt').dest)

conflicting = optparse.OptionParser()
conflicting.add_option('-x')
try:
    conflicting.add_option('-x', '--xx')
except optparse.OptionConflictError as e:
    print('OptionConflictError', e)
resolving = optparse.OptionParser(conflict_handler='resolve', add_help_option=False,
                                  formatter=optparse.TitledHelpFormatter(), prog='t2')
resolving.add_option('-x', '--ex', help='first')
resolving.add_option('-x', '--why', help='second')
resolving.print_help()
abbrev = optparse.OptionParser(prog='p3', usage=optparse.SUPPRESS_USAGE)
abbrev.add_option('--foo', dest='foo')
abbrev.add_option('--four')
run(abbrev, ['--fo', 'x'])
run(abbrev, ['--foo'])
run(abbrev, ['--fou', '4'])
values = optparse.Values({'a': 1})
print(values, values == {'a': 1}, values.ensure_value('b', []), values == optparse.Values({'a': 1, 'b': []}))
typed = optparse.OptionParser(prog='p4')
typed.add_option('-n', type='int', default='5')
typed.set_defaults(z=3)
run(typed, [])
narrow = optparse.OptionParser(prog='narrow', formatter=optparse.IndentedHelpFormatter(width=40, max_help_position=10))
narrow.add_option('-a', '--alpha', metavar='VALUE', help='the alpha value used for everything that needs one')
narrow.print_help()
