# getopt: short and long options, abbreviations, gnu_getopt ordering, every GetoptError.
import getopt
import os

print(getopt.getopt(['-a', '-bval', '-c', 'x', 'rest', '-d'], 'ab:c:d'))
print(getopt.getopt(['-abfoo', '--', '-a'], 'ab:'))
print(getopt.getopt(['--alpha', '--beta=2', '--gam', '3', 'file'], '', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['--al'], '', 'alpha'))
print(getopt.getopt(['-', '-a'], 'a'))
print(getopt.getopt([], 'a'))
print(getopt.getopt(('-a',), 'a'))
print(getopt.getopt(['--beta='], '', ['beta=']))
print(getopt.getopt(['--x', '--xy'], '', ['x', 'xy']))
os.environ.pop('POSIXLY_CORRECT', None)
print(getopt.gnu_getopt(['file1', '-a', 'file2', '--beta', 'v', '-', '--', '-c'], 'a', ['beta=']))
print(getopt.gnu_getopt(['file1', '-a'], '+a'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['file1', '-a'], 'a'))
del os.environ['POSIXLY_CORRECT']

cases = [
    (['-x'], 'a', []),
    (['-b'], 'ab:', []),
    (['--zzz'], '', ['alpha']),
    (['--alpha=3'], '', ['alpha']),
    (['--beta'], '', ['beta=']),
    (['--a'], '', ['alpha', 'apple']),
    (['-:'], 'a:', []),
]
for args, short, longs in cases:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print(repr(e.msg), repr(e.opt), str(e), e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message')
print(e.msg, repr(e.opt), e.args)
