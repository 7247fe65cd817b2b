# genericpath, posix and the deprecated sre_* shims against python3.
import genericpath, os, posix, warnings
print(genericpath.commonprefix(['/usr/lib', '/usr/local']), genericpath.commonprefix([]), genericpath.commonprefix([[1,2,3],[1,2,4]]))
print(genericpath.exists('/tmp'), genericpath.exists('/nope'), genericpath.exists('a\0b'), genericpath.isdir(b'/tmp'), genericpath.isfile(os.open(__file__, os.O_RDONLY)))
print(genericpath._splitext('a/.b.c', '/', None, '.'), genericpath._splitext('...', '/', None, '.'), genericpath._splitext('a..', '/', None, '.'))
try: genericpath.getsize('/nope')
except OSError as e: print(type(e).__name__, e.errno)
print(genericpath.samefile('/tmp', '/tmp/.'), genericpath.__all__)
print(posix.getcwd() == os.getcwd(), posix.stat is os.stat, posix.error is OSError, type(posix.environ), b'PATH' in posix.environ)
print(hasattr(posix, 'walk'), hasattr(posix, 'path'), hasattr(posix, 'sep'), posix.O_RDONLY, posix.WNOHANG, posix._path_normpath('a//b/../c/'), repr(posix._path_normpath('')))
print(posix.__name__, callable(posix._exit), 'fork' in dir(posix), 'listdir' in dir(posix))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    import sre_constants, sre_parse, sre_compile
print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(sre_constants.MAXREPEAT, int(sre_constants.MAXREPEAT), sre_constants.MAXGROUPS, sre_constants.error is __import__('re').error)
print(sre_constants.OPCODES[:5], len(sre_constants.OPCODES), sre_constants.AT_END + 0, sre_constants.SRE_FLAG_VERBOSE, sre_constants.CH_UNICODE[sre_constants.CATEGORY_WORD])
print(sre_parse.FLAGS, sre_parse.fix_flags('a', 0), sre_parse.fix_flags(b'a', 0), sre_parse.CATEGORIES['\\w'])
for src, fl in [('a', 4), ('a', 256|32), (b'a', 32), (b'a', 256|4)]:
    try: sre_parse.fix_flags(src, fl)
    except ValueError as e: print(e)
p = sre_compile.compile('a+b', 2); print(p.match('AAB'), sre_compile.isstring(b''), sre_compile.MAXCODE)
