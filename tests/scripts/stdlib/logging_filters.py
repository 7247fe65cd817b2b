# logging: Filter by name, filter objects and callables on loggers and handlers, LoggerAdapter,
# NullHandler, handler levels, names and reprs, setStream, the last resort.
import helper_paths  # noqa: F401  (paths in the output relative to this folder)
import logging
import sys

def rec(name):
    return logging.LogRecord(name, logging.INFO, 'f.py', 1, 'm', (), None)

for fname in ('', 'A.B', 'A'):
    f = logging.Filter(fname)
    print(repr(fname), [bool(f.filter(rec(n))) for n in ('A', 'A.B', 'A.B.C', 'A.BB', 'B', 'A.C', 'a.b')])

log = logging.getLogger('flt')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)

class OnlyOdd:
    def __init__(self):
        self.n = 0
    def filter(self, record):
        self.n += 1
        return self.n % 2

odd = OnlyOdd()
log.addFilter(odd)
log.addFilter(odd)
print(len(log.filters))
for i in range(4):
    log.info('odd filter %d', i)
log.removeFilter(odd)
log.removeFilter(odd)

def no_secrets(record):
    return 'secret' not in record.getMessage()
h.addFilter(no_secrets)
log.info('public')
log.info('a secret')
h.removeFilter(no_secrets)
log.info('a secret, now shown')

def add_context(record):
    record.user = 'bob'
    return True
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('[%(user)s] %(message)s'))
h2.addFilter(add_context)
ctx = logging.getLogger('ctx')
ctx.propagate = False
ctx.addHandler(h2)
ctx.warning('with context')

# A filter on a child logger applies only to records made there
parent = logging.getLogger('P')
parent.propagate = False
ph = logging.StreamHandler(sys.stdout)
ph.setFormatter(logging.Formatter('P got %(name)s: %(message)s'))
parent.addHandler(ph)
parent.addFilter(logging.Filter('nothing'))
logging.getLogger('P.child').warning('passes: the parent logger filter is not consulted')
parent.warning('blocked by the parent filter')
ph.addFilter(logging.Filter('P.child'))
logging.getLogger('P.child').warning('handler filter passes child')
logging.getLogger('P.other').warning('handler filter blocks other')
print(ph.filter(rec('P.child.x')), ph.filter(rec('P')))

# Handler levels
hl = logging.StreamHandler(sys.stdout)
hl.setLevel('ERROR')
hl.setFormatter(logging.Formatter('HL %(message)s'))
parent.removeFilter(parent.filters[0])
parent.addHandler(hl)
parent.warning('only P')
parent.error('P and HL')
print(hl.level, repr(hl), repr(ph))
try:
    hl.setLevel('NOISY')
except ValueError as e:
    print(type(e).__name__, e)

# Handler names and reprs
hn = logging.StreamHandler(sys.stdout)
print(hn.name, hn.get_name())
hn.name = 'console'
print(hn.name, logging._handlers['console'] is hn)
hn.set_name('renamed')
print('console' in logging._handlers, logging._handlers['renamed'] is hn)
hn.close()
print('renamed' in logging._handlers)
print(repr(logging.Handler()), repr(logging.NullHandler()), repr(logging.StreamHandler()))
class Named:
    name = 'mystream'
    def write(self, s):
        sys.stdout.write('Named got ' + s)
    def flush(self):
        pass
sh = logging.StreamHandler(Named())
sh.setLevel(logging.INFO)
print(repr(sh))
class NoName:
    def write(self, s):
        sys.stdout.write('NoName got ' + s)
print(repr(logging.StreamHandler(NoName())))

# setStream and terminator
s = logging.getLogger('stream')
s.propagate = False
s.addHandler(sh)
s.warning('to Named')
old = sh.setStream(NoName())
print(type(old).__name__, sh.setStream(sh.stream))
s.warning('to NoName')
sh.terminator = ' <end>\n'
s.warning('custom terminator')
sh.setStream(sys.stdout)
sh.terminator = '\n'

# NullHandler: nothing, and no last resort either
lib = logging.getLogger('library')
lib.addHandler(logging.NullHandler())
lib.error('not printed anywhere')
print(lib.hasHandlers())

# LoggerAdapter
class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs
adapter = Prefix(log, {'conn': 7})
adapter.info('via adapter %s', 'x')
adapter.debug('debug via adapter')
adapter.warning('warning via adapter')
adapter.error('error via adapter')
adapter.critical('critical via adapter')
adapter.log(logging.INFO, 'log via adapter')
try:
    1 / 0
except ZeroDivisionError:
    adapter.exception('exception via adapter')
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel(), adapter.hasHandlers(), adapter.name)
adapter.setLevel(logging.WARNING)
print(log.level, repr(adapter), adapter.manager is logging.Logger.manager)
adapter.info('filtered out')
log.setLevel(logging.DEBUG)

ah = logging.StreamHandler(sys.stdout)
ah.setFormatter(logging.Formatter('%(conn)s %(message)s'))
alog = logging.getLogger('adapted')
alog.propagate = False
alog.addHandler(ah)
plain = logging.LoggerAdapter(alog, {'conn': 'c1'})
plain.warning('extra from the adapter')
plain.warning('explicit extra is replaced', extra={'conn': 'ignored'})
print(plain.process('m', {'x': 1}))

# The last resort: no handler anywhere
print(logging.lastResort.level, repr(logging.lastResort))
orphan = logging.getLogger('orphan')
orphan.info('info is below WARNING: dropped')
orphan.warning('orphan warning goes to stderr')
logging.lastResort = None
orphan.warning('no last resort: a one-time notice on stderr')
orphan.warning('not repeated')
print(logging.root.manager.emittedNoHandlerWarning)
logging.lastResort = logging._defaultLastResort
orphan.error('last resort again, bare message on stderr')
