# fnmatch with bytes patterns and names (read as Latin-1), and the TypeErrors of mixed or wrong types.
import fnmatch
print(fnmatch.fnmatch(b'a.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h', b'\xff.c'], b'*.c'), fnmatch.fnmatchcase(b'AB', b'A?'))
print(fnmatch.filter([b'\xe9t\xe9', b'ete'], b'[\xe0-\xff]*'))
for bad in [('a', b'*'), (b'a', '*')]:
    try:
        print(fnmatch.fnmatch(*bad))
    except TypeError as e:
        print('TypeError', e)
try:
    fnmatch.filter(['a'], b'*')
except TypeError as e:
    print('TypeError', e)
for a in [(1, '*'), (None, 'x')]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase):
        try: f(*a)
        except TypeError as e: print(f.__name__, a, e)
for args in [([1], '*'), (['a'], 1)]:
    try: fnmatch.filter(*args)
    except TypeError as e: print('filter', e)
