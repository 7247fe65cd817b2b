# logging: exc_info, exception(), stack_info, stacklevel, extra, funcName/lineno, handleError.
import helper_paths  # noqa: F401  (paths in the output relative to this folder)
import logging
import sys

log = logging.getLogger('exc')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(funcName)s:%(lineno)d %(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception('division failed for %s', 'one')

try:
    {}['missing']
except KeyError as e:
    log.error('lookup', exc_info=True)
    log.warning('with the exception object', exc_info=e)
    log.info('with a tuple', exc_info=sys.exc_info())

def chained():
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('wrapped') from e

try:
    chained()
except RuntimeError:
    log.critical('chained', exc_info=True)

log.error('no exception active', exc_info=True)
log.info('exc_info false', exc_info=False)
log.info('exc_info None', exc_info=None)

class Boom(Exception):
    pass

def raiser():
    raise Boom('deep')

def middle():
    raiser()

try:
    middle()
except Boom as e:
    log.exception('from a function')
    err = e
log.error('later, with the instance', exc_info=err)

# exc_text is computed once and reused by the next formatter
rec = log.makeRecord('exc', logging.ERROR, 'f.py', 1, 'm', (), (type(err), err, None))
plain = logging.Formatter('%(message)s')
print(rec.exc_text)
print(plain.format(rec).splitlines()[-1])
print(rec.exc_text.splitlines()[-1])

# funcName and lineno, stacklevel
def where():
    log.info('in where')

def wrapper(level):
    log.info('stacklevel %d', level, stacklevel=level)

def outer(level):
    wrapper(level)

where()
for level in (1, 2, 3, 50):
    outer(level)
log.info('at module level')

class Service:
    def method(self):
        log.debug('in a method')
    @staticmethod
    def static():
        log.debug('in a static method')
    @property
    def prop(self):
        log.debug('in a property')
        return 1

Service().method()
Service.static()
Service().prop
(lambda: log.debug('in a lambda'))()
def gen():
    log.debug('in a generator')
    yield 1
list(gen())
print([log.debug('in a comprehension') for _ in range(1)])

# stack_info
fmt_stack = logging.StreamHandler(sys.stdout)
fmt_stack.setFormatter(logging.Formatter('%(message)s'))
slog = logging.getLogger('stack')
slog.propagate = False
slog.addHandler(fmt_stack)
def level2():
    slog.warning('with stack', stack_info=True)
def level1():
    level2()
level1()
slog.warning('stack at module level', stack_info=True)
def via_stacklevel():
    slog.warning('stack one up', stack_info=True, stacklevel=2)
via_stacklevel()

# extra
ex = logging.getLogger('extra')
ex.propagate = False
eh = logging.StreamHandler(sys.stdout)
eh.setFormatter(logging.Formatter('%(user)s@%(ip)s %(message)s'))
ex.addHandler(eh)
ex.warning('login', extra={'user': 'ann', 'ip': '10.0.0.1'})
for key in ('message', 'asctime', 'name', 'lineno'):
    try:
        ex.warning('bad', extra={key: 1})
    except KeyError as e:
        print(type(e).__name__, e)
ex.warning('no extra: error in emit')
print('after the logging error')

# handleError with raiseExceptions off: nothing printed
logging.raiseExceptions = False
ex.warning('silent failure')
logging.raiseExceptions = True
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(type(e).__name__, e)
# A formatting error in the message arguments: reported on stderr, program goes on
log.error('bad args %d', 'not a number')
print('done')
