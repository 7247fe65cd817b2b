# logging: LogRecord attributes, Formatter styles (%, {}, $), dates, validation, defaults.
import logging
import sys
import time

def record(msg='hello %s', args=('world',), level=logging.INFO, name='app.mod', **kw):
    r = logging.LogRecord(name, level, '/some/where/file_name.py', 42, msg, args, None, 'func', None)
    r.created = 1700000000.25
    r.msecs = 250.0
    r.relativeCreated = 1234.5
    r.thread = 1
    r.process = 99
    r.__dict__.update(kw)
    return r

r = record()
for attr in ('name', 'msg', 'args', 'levelname', 'levelno', 'pathname', 'filename', 'module',
             'exc_info', 'exc_text', 'stack_info', 'lineno', 'funcName', 'threadName', 'processName'):
    print(attr, repr(getattr(r, attr)))
print(r.getMessage(), repr(r))
print(hasattr(r, 'message'), hasattr(r, 'asctime'))

# A single dict argument is the mapping for %(name)s
r2 = logging.LogRecord('n', 20, 'p.py', 1, '%(a)s and %(b)d', ({'a': 'A', 'b': 2},), None)
print(r2.args, r2.getMessage())
r3 = logging.LogRecord('n', 20, 'p.py', 1, 'empty %s', ({},), None)
print(r3.args, r3.getMessage())
r4 = logging.LogRecord('n', 20, 'p.py', 1, 7, None, None)
print(repr(r4.getMessage()), r4.module, r4.filename)
r5 = logging.LogRecord('n', 20, 'noext', 1, 'm', (), None)
print(r5.module, r5.filename, r5.funcName)
try:
    logging.LogRecord('n', 20, 'p.py', 1, '%d', ('x',), None).getMessage()
except Exception as e:
    print(type(e).__name__, e)

# makeLogRecord and record factories
mr = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'custom': 1, 'levelno': 40})
print(mr.getMessage(), mr.custom, mr.levelno, mr.levelname, mr.name, mr.lineno, repr(mr.pathname))
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.custom_attribute = 0xdecafbad
    return rec
logging.setLogRecordFactory(factory)
print(hex(logging.makeLogRecord({}).custom_attribute))
logging.setLogRecordFactory(old)
print(logging.getLogRecordFactory() is logging.LogRecord)

# % style with every deterministic attribute
full = ('%(name)s|%(levelno)d|%(levelname)s|%(pathname)s|%(filename)s|%(module)s|%(lineno)d|'
        '%(funcName)s|%(created)f|%(msecs)d|%(relativeCreated)d|%(thread)d|%(threadName)s|'
        '%(processName)s|%(process)d|%(message)s')
print(logging.Formatter(full).format(record()))
print(logging.Formatter('%(levelname)-8s|%(name)10s|%(lineno)04d|%(message)r').format(record()))
print(logging.Formatter('(%(threadName)-10s) %(message)s').format(record()))
print(logging.Formatter().format(record()))
print(logging.Formatter(None).format(record(level=logging.ERROR)))

# dates: fixed converter and format
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H:%M:%S')
f.converter = time.gmtime
print(f.format(record()))
f2 = logging.Formatter('%(asctime)s - %(message)s')
f2.converter = time.gmtime
print(f2.format(record()), f2.usesTime(), logging.Formatter('%(message)s').usesTime())
class UTCFormatter(logging.Formatter):
    converter = time.gmtime
    default_time_format = '%H:%M:%S'
    default_msec_format = '%s.%03d'
print(UTCFormatter('[%(asctime)s] %(message)s').format(record()))
class NoMsec(UTCFormatter):
    default_msec_format = None
print(NoMsec('[%(asctime)s] %(message)s').format(record()))
print(f.formatTime(record(), '%d.%m.%Y'))
rr = record()
f.format(rr)
print(rr.asctime, rr.message)

# {} style
fb = logging.Formatter('{levelname:<8}|{name!r}|{lineno:>5}|{message}', style='{')
print(fb.format(record()))
fb2 = logging.Formatter('{asctime} {message}', datefmt='%H:%M', style='{')
fb2.converter = time.gmtime
print(fb2.format(record()), fb2.usesTime())
print(logging.Formatter(style='{').format(record()))
# $ style
fd = logging.Formatter('$levelname:${name}:$message $$', style='$')
print(fd.format(record()))
fd2 = logging.Formatter('${asctime} $message', datefmt='%Y', style='$')
fd2.converter = time.gmtime
print(fd2.format(record()), fd2.usesTime(), logging.Formatter('$asctime', style='$').usesTime())
print(logging.Formatter(style='$').format(record()))

# defaults
fdef = logging.Formatter('%(message)s [%(user)s]', defaults={'user': 'nobody'})
print(fdef.format(record()), fdef.format(record(user='alice')))
fdef2 = logging.Formatter('{message} {ip}', style='{', defaults={'ip': '0.0.0.0'})
print(fdef2.format(record()))

# validation errors
bad = [('%(message)', '%'), ('{message}', '%'), ('message', '%'), ('%s %d', '%'), ('', '%'),
       ('%(message)s', '{'), ('{}', '{'), ('{0}', '{'), ('{message!x}', '{'), ('{message:%%}', '{'),
       ('{message', '{'), ('message}', '{'), ('{a b}', '{'), ('{msg[}', '{'), ('{message!}', '{'),
       ('{message!r:>10}', '{'), ('{a.b[c]}', '{'), ('{message:{width}}', '{'),
       ('$message', '$'), ('${message}', '$'), ('$', '$'), ('$$', '$'), ('plain', '$'), ('$1x', '$'),
       ('${a b}', '$'), ('%(message)s', 'x')]
for fmt, style in bad:
    try:
        fm = logging.Formatter(fmt, style=style)
        print('ok', repr(fmt), style, repr(fm._fmt))
    except Exception as e:
        print(type(e).__name__, e)
print(logging.Formatter('no fields', validate=False).format(record()))
try:
    logging.Formatter('%(nothere)s').format(record())
except Exception as e:
    print(type(e).__name__, e)
try:
    logging.Formatter('{nothere}', style='{').format(record())
except Exception as e:
    print(type(e).__name__, e)

# BufferingFormatter
class Wrapped(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '<%d>' % len(records)
    def formatFooter(self, records):
        return '</>'
recs = [record(), record(msg='second', args=())]
print(repr(logging.BufferingFormatter().format(recs)))
print(repr(logging.BufferingFormatter().format([])))
print(Wrapped(logging.Formatter('[%(message)s]')).format(recs))

# formatStack / formatException hooks
class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()
    def formatStack(self, stack_info):
        return 'STACK:' + stack_info
print(Upper('%(levelname)s %(message)s').format(record(stack_info='s1\ns2')))
r6 = record()
r6.exc_text = 'cached traceback'
print(logging.Formatter().format(r6))
r7 = record(msg='ends with newline\n', args=())
r7.exc_text = 'tb'
print(repr(logging.Formatter().format(r7)))
print(logging.BASIC_FORMAT, sorted(logging._STYLES))
