"""sys.flags, sys.implementation and the other sys values made on first use (sys's module __getattr__ asks here,
for the names listed in modules/sys_extra.rs LAZY).

sys.flags is a tuple subclass as CPython's; its values come from the command line (the native
sys._flag_values, set by modules/sys_flags.rs)."""

import sys
import types

_FLAG_FIELDS = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
                'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
                'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits')


class flags(tuple):
    """Flags provided through command line arguments or environment vars."""
    __slots__ = ()
    n_fields = n_sequence_fields = len(_FLAG_FIELDS)
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'sys.flags(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FLAG_FIELDS, self)) + ')'

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __reduce__(self):
        return (flags, (tuple(self),))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


for _i, _n in enumerate(_FLAG_FIELDS):
    setattr(flags, _n, _field(_i))
flags.__module__ = 'sys'

FLAGS = flags(sys._flag_values)


class _version_info(tuple):
    __slots__ = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        names = ('major', 'minor', 'micro', 'releaselevel', 'serial')
        return 'sys.version_info(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'


for _i, _n in enumerate(('major', 'minor', 'micro', 'releaselevel', 'serial')):
    setattr(_version_info, _n, _field(_i))


def _gilpy_version():
    # sys.version reads "3.11.7 (gilpy X.Y.Z)".
    text = sys.version.split('gilpy ')[-1].rstrip(')')
    parts = [int(p) for p in text.split('.')[:3] if p.isdigit()]
    while len(parts) < 3:
        parts.append(0)
    return _version_info((parts[0], parts[1], parts[2], 'final', 0))


_v = _gilpy_version()
IMPLEMENTATION = types.SimpleNamespace(name='gilpy', cache_tag=None, version=_v,
                                       hexversion=(_v[0] << 24) | (_v[1] << 16) | (_v[2] << 8) | 0xf0,
                                       _multiarch='x86_64-linux-gnu')


class _int_info(tuple):
    """sys.int_info: how ints are stored, and the decimal text limit's default and threshold."""
    __slots__ = ()
    _names = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')
    n_fields = n_sequence_fields = len(_names)
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'sys.int_info(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self)) + ')'


for _i, _n in enumerate(_int_info._names):
    setattr(_int_info, _n, _field(_i))
_int_info.__name__ = _int_info.__qualname__ = 'int_info'
_int_info.__module__ = 'sys'

# 30-bit digits in 4 bytes, as CPython on 64-bit machines; 4300 and 640 are CPython 3.11's too.
INT_INFO = _int_info((30, 4, 4300, 640))


def _named_tuple_type(name, names, doc):
    """A struct-sequence type of sys (a tuple subclass with read-only named fields)."""
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return f'sys.{name}(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'

    body = {'__slots__': (), '__doc__': doc, '__new__': __new__, '__repr__': __repr__,
            'n_fields': len(names), 'n_sequence_fields': len(names), 'n_unnamed_fields': 0}
    for i, n in enumerate(names):
        body[n] = _field(i)
    made = type(name, (tuple,), body)
    made.__module__ = 'sys'
    return made


# The IEEE 754 double gilpy's floats are, described as CPython describes it.
FLOAT_INFO = _named_tuple_type(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon',
     'radix', 'rounds'),
    'A named tuple holding information about the float type.')(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))

# Hashing parameters: numbers hash modulo the Mersenne prime 2**61 - 1, as CPython on 64 bits.
HASH_INFO = _named_tuple_type(
    'hash_info',
    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
    'A named tuple providing parameters used for computing hashes.')(
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))


# The thread implementation: POSIX threads, with futex-backed semaphores for locks.
def _thread_version():
    try:
        import platform
        lib, version = platform.libc_ver()
    except Exception:
        return None
    return f'NPTL {version}' if lib == 'glibc' and version else None


THREAD_INFO = _named_tuple_type(
    'thread_info', ('name', 'lock', 'version'),
    'A named tuple holding information about the thread implementation.')(
    ('pthread', 'semaphore', _thread_version()))

# The names of CPython 3.11's standard library modules (the list is part of its behaviour:
# programs use it to tell standard modules from third-party ones), whether gilpy has them or not.
STDLIB_MODULE_NAMES = frozenset((
    '__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2', '_bootsubprocess', '_bz2',
    '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022', '_codecs_jp', '_codecs_kr', '_codecs_tw',
    '_collections', '_collections_abc', '_compat_pickle', '_compression', '_contextvars', '_crypt', '_csv',
    '_ctypes', '_curses', '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree',
    '_frozen_importlib', '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib', '_heapq', '_imp',
    '_io', '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5', '_msi', '_multibytecodec',
    '_multiprocessing', '_opcode', '_operator', '_osx_support', '_overlapped', '_pickle', '_posixshmem',
    '_posixsubprocess', '_py_abc', '_pydecimal', '_pyio', '_queue', '_random', '_scproxy', '_sha1', '_sha256',
    '_sha3', '_sha512', '_signal', '_sitebuiltins', '_socket', '_sqlite3', '_sre', '_ssl', '_stat',
    '_statistics', '_string', '_strptime', '_struct', '_symtable', '_thread', '_threading_local', '_tkinter',
    '_tokenize', '_tracemalloc', '_typing', '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi',
    '_zoneinfo', 'abc', 'aifc', 'antigravity', 'argparse', 'array', 'ast', 'asynchat', 'asyncio', 'asyncore',
    'atexit', 'audioop', 'base64', 'bdb', 'binascii', 'bisect', 'builtins', 'bz2', 'cProfile', 'calendar',
    'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs', 'codeop', 'collections', 'colorsys',
    'compileall', 'concurrent', 'configparser', 'contextlib', 'contextvars', 'copy', 'copyreg', 'crypt',
    'csv', 'ctypes', 'curses', 'dataclasses', 'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'distutils',
    'doctest', 'email', 'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp',
    'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath', 'getopt', 'getpass',
    'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac', 'html', 'http', 'idlelib',
    'imaplib', 'imghdr', 'imp', 'importlib', 'inspect', 'io', 'ipaddress', 'itertools', 'json', 'keyword',
    'lib2to3', 'linecache', 'locale', 'logging', 'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes',
    'mmap', 'modulefinder', 'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib', 'nt', 'ntpath',
    'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os', 'ossaudiodev', 'pathlib', 'pdb',
    'pickle', 'pickletools', 'pipes', 'pkgutil', 'platform', 'plistlib', 'poplib', 'posix', 'posixpath',
    'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat',
    'queue', 'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rlcompleter', 'runpy', 'sched',
    'secrets', 'select', 'selectors', 'shelve', 'shlex', 'shutil', 'signal', 'site', 'smtpd', 'smtplib',
    'sndhdr', 'socket', 'socketserver', 'spwd', 'sqlite3', 'sre_compile', 'sre_constants', 'sre_parse', 'ssl',
    'stat', 'statistics', 'string', 'stringprep', 'struct', 'subprocess', 'sunau', 'symtable', 'sys',
    'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios', 'textwrap', 'this',
    'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize', 'tomllib', 'trace', 'traceback',
    'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types', 'typing', 'unicodedata', 'unittest', 'urllib',
    'uu', 'uuid', 'venv', 'warnings', 'wave', 'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref',
    'xdrlib', 'xml', 'xmlrpc', 'zipapp', 'zipfile', 'zipimport', 'zlib', 'zoneinfo'
))

# Audit hooks (PEP 578). Events are raised by programs through sys.audit; gilpy's own operations
# (open, exec, import...) raise none.
_audit_hooks = []


_NO_HOOK = object()


def addaudithook(hook=_NO_HOOK):
    """Adds hook to the audit hooks; existing hooks may refuse it by raising RuntimeError."""
    if hook is _NO_HOOK:
        raise TypeError("addaudithook() missing required argument 'hook' (pos 1)")
    try:
        audit('sys.addaudithook')
    except RuntimeError:
        return None
    _audit_hooks.append(hook)
    return None


def audit(event, *args):
    """Passes the event and its arguments to every audit hook, in the order they were added."""
    if not _audit_hooks:
        return None
    if not isinstance(event, str):
        raise TypeError(f'expected str for argument \'event\', not {type(event).__name__}')
    for hook in list(_audit_hooks):
        hook(event, args)
    return None


addaudithook.__module__ = audit.__module__ = 'sys'


def breakpointhook(*args, **kws):
    """sys.breakpointhook: what breakpoint() calls. PYTHONBREAKPOINT (unless -E) names the callable
    as 'module.attr' (a bare name is looked up in builtins); '0' turns breakpoints off; unset or
    empty means pdb.set_trace."""
    target = '' if sys.flags.ignore_environment else __import__('os').environ.get('PYTHONBREAKPOINT', '')
    if target == '0':
        return None
    if not target:
        target = 'pdb.set_trace'
    where, dot, attr = target.rpartition('.')
    if not dot:
        where = 'builtins'
    try:
        module = __import__(where, fromlist=['_'])
        hook = getattr(module, attr)
    except (ImportError, AttributeError):
        import warnings
        warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{target}"', RuntimeWarning, stacklevel=2)
        return None
    return hook(*args, **kws)
