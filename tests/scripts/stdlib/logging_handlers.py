# logging.handlers and file handlers: FileHandler (mode, delay, encoding), RotatingFileHandler,
# TimedRotatingFileHandler (forced rollovers), WatchedFileHandler, BufferingHandler,
# MemoryHandler, QueueHandler and QueueListener with threads.
import logging
import logging.handlers
import os
import queue
import sys
import threading

base = '/tmp/gilpy_logging_handlers_%d' % os.getpid()
# A run that stopped half-way (a mutant of this script in the fuzzer) may have left files
# under a process id that this run reuses.
for _stale in os.listdir('/tmp'):
    if _stale.startswith(os.path.basename(base)):
        os.remove(os.path.join('/tmp', _stale))

def read(path):
    with open(path) as f:
        return f.read()

def cleanup():
    d, prefix = os.path.split(base)
    for name in os.listdir(d):
        if name.startswith(prefix):
            os.remove(os.path.join(d, name))

def files():
    d, prefix = os.path.split(base)
    return sorted(name[len(prefix):] for name in os.listdir(d) if name.startswith(prefix))

def logger(name, handler, fmt='%(levelname)s %(message)s'):
    lg = logging.getLogger(name)
    lg.propagate = False
    lg.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter(fmt))
    lg.addHandler(handler)
    return lg

# FileHandler
path = base + '.log'
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
print(fh.mode, fh.encoding, fh.delay, fh.baseFilename == path, repr(fh) == '<FileHandler %s (NOTSET)>' % path)
lg = logger('file', fh)
lg.info('first line')
lg.warning('second line: %s', 'ünï')
fh.flush()
print(repr(read(path)))
fh.close()
print(fh.stream)
lg.removeHandler(fh)
fa = logging.FileHandler(path)
print(fa.mode, fa.encoding)
lg.addHandler(fa)
fa.setFormatter(logging.Formatter('%(message)s'))
lg.error('appended')
fa.close()
lg.removeHandler(fa)
print(repr(read(path)))

# delay: no file until the first record
dpath = base + '_delay.log'
fd = logging.FileHandler(dpath, delay=True)
print(fd.stream, os.path.exists(dpath))
lg.addHandler(fd)
lg.info('now the file exists')
print(os.path.exists(dpath), repr(read(dpath)))
fd.close()
lg.removeHandler(fd)
# A closed 'w' handler with delay does not reopen (and so does not empty) its file
fw = logging.FileHandler(dpath, mode='w', delay=True)
fw.close()
lg.addHandler(fw)
lg.info('dropped')
lg.removeHandler(fw)
print(repr(read(dpath)), fw.stream)
try:
    logging.FileHandler('/nonexistent_dir_gilpy/x.log')
except OSError as e:
    print(type(e).__name__, e.errno)

# RotatingFileHandler by size
rpath = base + '_rot.log'
rh = logging.handlers.RotatingFileHandler(rpath, maxBytes=40, backupCount=2)
print(rh.maxBytes, rh.backupCount, rh.mode)
rl = logger('rotating', rh, '%(message)s')
for i in range(8):
    rl.info('message number %d', i)
rh.close()
print(files())
for suffix in ('', '.1', '.2'):
    print(suffix or 'current', repr(read(rpath + suffix)))
# no maxBytes: never rolls over
rn = logging.handlers.RotatingFileHandler(base + '_norot.log', mode='w')
print(rn.shouldRollover(logging.makeLogRecord({'msg': 'x' * 1000})), rn.mode)
rn.close()
# namer and rotator
rn2 = logging.handlers.RotatingFileHandler(base + '_named.log', maxBytes=10, backupCount=3)
rn2.namer = lambda name: name + '.bak'
moved = []
def rotator(source, dest):
    moved.append(os.path.basename(dest)[len(os.path.basename(base)):])
    os.rename(source, dest)
rn2.rotator = rotator
nl = logger('named', rn2, '%(message)s')
for i in range(4):
    nl.info('entry %d', i)
rn2.close()
print(moved)
print(files())
cleanup()

# TimedRotatingFileHandler: periods, rollover times (UTC), a forced rollover
tpath = base + '_timed.log'
for when, interval in (('S', 1), ('M', 5), ('H', 2), ('D', 1), ('midnight', 1), ('W0', 1), ('w6', 1)):
    th = logging.handlers.TimedRotatingFileHandler(tpath, when=when, interval=interval, utc=True, delay=True)
    print(when, th.when, th.interval, th.suffix, th.computeRollover(1700000000) - 1700000000)
    th.close()
for bad in ('X', 'W', 'W7', 'W10'):
    try:
        logging.handlers.TimedRotatingFileHandler(tpath, when=bad, delay=True)
    except ValueError as e:
        print(type(e).__name__, e)
th = logging.handlers.TimedRotatingFileHandler(tpath, when='S', utc=True, backupCount=2)
tl = logger('timed', th, '%(message)s')
tl.info('before the rollover')
for i, when in enumerate((86400 * 365, 86400 * 366, 86400 * 367)):
    th.rolloverAt = when
    tl.info('after rollover %d', i)
th.close()
print(files())
print(repr(read(tpath)))
print(th.rolloverAt > 1700000000)
cleanup()

# WatchedFileHandler: the file is moved away, the handler writes a new one
wpath = base + '_watched.log'
wh = logging.handlers.WatchedFileHandler(wpath)
wl = logger('watched', wh, '%(message)s')
wl.info('one')
os.rename(wpath, wpath + '.old')
wl.info('two')
os.remove(wpath)
wl.info('three')
wh.close()
print(files(), repr(read(wpath)), repr(read(wpath + '.old')))
cleanup()

# BufferingHandler and MemoryHandler
class Collect(logging.handlers.BufferingHandler):
    def flush(self):
        if self.buffer:
            print('flush', [r.getMessage() for r in self.buffer])
        logging.handlers.BufferingHandler.flush(self)
bh = Collect(3)
bl = logger('buffering', bh)
for i in range(7):
    bl.info('b%d', i)
print('left', len(bh.buffer))
bh.close()
print('left', len(bh.buffer))

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target: %(levelname)s %(message)s'))
mh = logging.handlers.MemoryHandler(10, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('memory')
ml.propagate = False
ml.setLevel(logging.DEBUG)
ml.addHandler(mh)
ml.info('buffered 1')
ml.debug('buffered 2')
print('buffered', len(mh.buffer))
ml.error('an error flushes')
print('buffered', len(mh.buffer))
for i in range(12):
    ml.info('fill %d', i)
print('buffered', len(mh.buffer))
mh.close()
print(mh.target, len(mh.buffer))
mh2 = logging.handlers.MemoryHandler(5, target=target, flushOnClose=False)
ml.addHandler(mh2)
ml.removeHandler(mh)
ml.info('kept at close')
mh2.close()
print('not flushed', len(mh2.buffer))
mh3 = logging.handlers.MemoryHandler(5)
ml.removeHandler(mh2)
ml.addHandler(mh3)
ml.critical('no target')
print('no target', len(mh3.buffer))
mh3.setTarget(target)
mh3.flush()
ml.removeHandler(mh3)

# QueueHandler: records arrive formatted, with no arguments and no exception
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('queued')
ql.propagate = False
ql.setLevel(logging.DEBUG)
ql.addHandler(qh)
ql.info('hello %s', 'queue')
try:
    1 / 0
except ZeroDivisionError:
    ql.exception('oops')
r1 = q.get_nowait()
r2 = q.get_nowait()
print(r1.msg, r1.args, r1.message, r1.exc_info, r1.exc_text, r1.levelname, r1.name)
print(r2.msg.splitlines()[0], r2.msg.splitlines()[-1], r2.exc_info, r2.exc_text)
qh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
ql.warning('formatted %d', 3)
print(q.get_nowait().msg)
qh.setFormatter(None)

# QueueListener with worker threads
results = []
class Collector(logging.Handler):
    def emit(self, record):
        results.append((record.threadName, self.format(record)))
collector = Collector()
collector.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
listener = logging.handlers.QueueListener(q, collector)
listener.start()
def worker(n):
    for i in range(3):
        ql.info('worker %d item %d', n, i)
threads = [threading.Thread(target=worker, args=(n,), name='W%d' % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
listener.stop()
print(len(results))
for item in sorted(results):
    print(item)

# respect_handler_level
q2 = queue.Queue()
low = []
high = []
class To(logging.Handler):
    def __init__(self, sink, level):
        logging.Handler.__init__(self, level)
        self.sink = sink
    def emit(self, record):
        self.sink.append(record.getMessage())
for respect in (False, True):
    del low[:], high[:]
    lst = logging.handlers.QueueListener(q2, To(low, logging.DEBUG), To(high, logging.ERROR), respect_handler_level=respect)
    lst.start()
    for level in (logging.INFO, logging.ERROR):
        q2.put(logging.makeLogRecord({'msg': logging.getLevelName(level), 'levelno': level}))
    lst.stop()
    print(respect, low, high)
# A queue with task_done is joined
jq = queue.Queue()
lst = logging.handlers.QueueListener(jq, To(low, 0))
lst.start()
jq.put(logging.makeLogRecord({'msg': 'joined'}))
jq.join()
lst.stop()
print(low[-1], jq.unfinished_tasks)

# QueueHandler.prepare: the stack goes into the message too
sq = queue.Queue()
sl = logging.getLogger('stackq')
sl.propagate = False
sl.addHandler(logging.handlers.QueueHandler(sq))
sl.warning('x %s', 1, stack_info=True)
sr = sq.get_nowait()
print(sr.stack_info, sr.msg.splitlines()[0], sr.msg.splitlines()[1], sr.args)
print(repr(logging.handlers.QueueHandler(sq)), repr(logging.handlers.MemoryHandler(3)))
lst = logging.handlers.QueueListener(sq)
print(lst.handlers, lst._thread, lst.respect_handler_level)
