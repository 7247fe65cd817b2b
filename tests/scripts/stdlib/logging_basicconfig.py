# logging.basicConfig: its arguments, force, the module-level shortcuts and their errors.
import logging
import os
import sys
import time

root = logging.getLogger()

def show(tag):
    print(tag, [type(h).__name__ for h in root.handlers], logging.getLevelName(root.level),
          [h.formatter._fmt for h in root.handlers])

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='(%(threadName)-10s) %(message)s')
show('first')
logging.debug('debug message %d', 1)
logging.info('info %s', 'message')
logging.warning('warning')
logging.error('error')
logging.critical('critical')
logging.fatal('fatal')
logging.log(25, 'level 25')

# A second call does nothing: the root logger has a handler.
logging.basicConfig(stream=sys.stdout, format='IGNORED %(message)s', level=logging.ERROR)
show('second')
logging.info('still the first format')

# force replaces the handlers
logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(name)s:%(message)s', force=True)
show('forced')
logging.info('not shown: level is still DEBUG?')
logging.getLogger('child').warning('from child')

logging.basicConfig(stream=sys.stdout, force=True, style='{', format='{levelname}|{name}|{message}', level='INFO')
show('brace')
logging.info('brace style')
logging.debug('hidden')
logging.basicConfig(stream=sys.stdout, force=True, style='$', level=logging.WARNING)
show('dollar')
logging.warning('dollar default')
logging.basicConfig(stream=sys.stdout, force=True, style='{')
show('brace default')
logging.error('brace default')
logging.basicConfig(stream=sys.stdout, force=True)
show('default')
logging.error('percent default')

f = logging.Formatter('%(asctime)s %(message)s')
logging.basicConfig(stream=sys.stdout, force=True, format='%(asctime)s|%(message)s', datefmt='%Y')
print(root.handlers[0].formatter.datefmt, root.handlers[0].formatter.usesTime())

# handlers=: a formatter already set is kept
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('H2 %(message)s'))
logging.basicConfig(handlers=[h1, h2], force=True, format='H1 %(message)s', level=logging.INFO)
show('handlers')
logging.info('to both')

# filename=: a FileHandler
path = '/tmp/gilpy_logging_basic_%d.log' % os.getpid()
logging.basicConfig(filename=path, filemode='w', force=True, format='%(levelname)s %(message)s', encoding='utf-8')
show('file')
print(root.handlers[0].mode, root.handlers[0].encoding, root.handlers[0].baseFilename == path)
logging.warning('into the file')
logging.error('and again: %s', 'ünïcode')
logging.basicConfig(stream=sys.stdout, force=True, format='%(message)s')
with open(path, encoding='utf-8') as fh:
    print(repr(fh.read()))
logging.basicConfig(filename=path, force=True, format='%(message)s')
print(root.handlers[0].mode, root.handlers[0].encoding, root.handlers[0].errors)
logging.warning('appended')
logging.basicConfig(stream=sys.stdout, force=True, format='%(message)s')
with open(path) as fh:
    print(repr(fh.read()))
os.remove(path)

# Errors
for kwargs in [dict(stream=sys.stdout, filename='x.log', force=True),
               dict(handlers=[h1], stream=sys.stdout, force=True),
               dict(handlers=[h1], filename='x.log', force=True),
               dict(style='%%', force=True, stream=sys.stdout),
               dict(stream=sys.stdout, force=True, colour='blue', size=3),
               dict(stream=sys.stdout, force=True, level='LOUD'),
               dict(stream=sys.stdout, force=True, format='{message}'),
               dict(stream=sys.stdout, force=True, format='%(message)s', style='{')]:
    try:
        logging.basicConfig(**kwargs)
        print('ok', sorted(kwargs))
    except Exception as e:
        print(type(e).__name__, e)
    print(' ', [type(h).__name__ for h in root.handlers])

# No handler on root: the shortcuts call basicConfig() (a stream handler on stderr)
for h in root.handlers[:]:
    root.removeHandler(h)
print(root.handlers)
logging.getLogger('quiet').warning('through lastResort (stderr)')
print(root.handlers)
logging.info('this call configures the root logger')
print(root.handlers, root.handlers[0].stream is sys.stderr, root.handlers[0].formatter._fmt)
