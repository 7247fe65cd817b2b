# logging: stack_info, LoggerAdapter, handler reprs, FileHandler with delay, setStream and
# terminator, extra clashing with record attributes, makeLogRecord defaults, Filter prefixes,
# lastResort None ("No handlers could be found" once).
import helper_paths  # noqa: F401  (paths in the output relative to this folder)
import logging, sys, io, os, tempfile
log = logging.getLogger('p1')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s %(levelname)s %(funcName)s %(message)s'))
log.addHandler(h)
log.setLevel(1)
def f():
    log.info('with stack', stack_info=True)
f()
ad = logging.LoggerAdapter(log, {'k': 1})
print(repr(ad), ad.name, ad.manager is logging.Logger.manager)
ad.info('adapter %s', 'x')
ad.warning('w', extra={'zz': 1})
print(repr(h), repr(logging.StreamHandler(io.StringIO())), repr(logging.NullHandler()))
d = tempfile.mkdtemp()
fh = logging.FileHandler(os.path.join(d, 'x.log'), delay=True)
print(fh.stream, fh.mode, fh.encoding, fh.delay, repr(fh).replace(d, 'D'))
fh.emit(logging.makeLogRecord({'msg': 'hello'}))
fh.close()
print(open(os.path.join(d, 'x.log')).read())
s2 = io.StringIO()
print(h.setStream(sys.stdout), h.setStream(s2) is sys.stdout)
log.info('to s2'); print(repr(s2.getvalue()))
h.setStream(sys.stdout)
h.terminator = '!\n'
log.info('term')
try:
    log.info('x', extra={'msg': 1})
except KeyError as e: print('KeyError', e)
try:
    log.info('x', extra={'message': 1})
except KeyError as e: print('KeyError', e)
print(logging.getLevelName('Level 5'), logging.root.manager.disable)
print(logging.Logger('free').getChild('x').name)
r = logging.makeLogRecord({'name': 'n', 'levelno': 20})
print(r.name, r.levelname, r.msg, r.args, r.pathname, r.filename, r.module)
print(logging.getLogger('p1.q').getEffectiveLevel(), repr(logging.getLogger('p1.q')))
lg = logging.getLogger('p2'); lg.propagate = False
class Bad(logging.Handler):
    def emit(self, r):
        raise RuntimeError('in emit')
lg.addHandler(Bad())
try:
    Bad().emit(None)
except RuntimeError as e: print(e)
try:
    logging.Handler().emit(None)
except NotImplementedError as e: print(e)
#
#.loads(pickle.dumps(log)) is log, pickle.loads(pickle.dumps(logging.root)) is logging.root)
print(logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.bc'})), logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.b.c'})))
print(logging.StreamHandler[int], logging.LoggerAdapter[int])
print(sorted(logging.__all__) == sorted(set(logging.__all__)), len(logging.__all__))
print(logging.BufferingFormatter().linefmt is logging._defaultFormatter)
ex = logging.Formatter()
try:
    raise ValueError('v')
except ValueError:
    print(ex.formatException(sys.exc_info()).splitlines()[-1])
print(repr(logging.lastResort), logging.raiseExceptions)
logging.lastResort = None
logging.getLogger('nohandler').error('x')
logging.getLogger('nohandler').error('x')
