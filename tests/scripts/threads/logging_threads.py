# logging from many threads at once: every line whole, thread names right, one logger object per
# name, QueueHandler + QueueListener; output sorted (threads interleave differently every run).
import io
import logging
import logging.handlers
import queue
import sys
import threading

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('(%(threadName)-9s) %(name)s %(levelname)s %(message)s'))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.DEBUG)

N_THREADS = 6
N_MESSAGES = 20
seen_loggers = []

def worker(n):
    lg = logging.getLogger('app.worker.%d' % (n % 3))
    seen_loggers.append((n % 3, lg))
    for i in range(N_MESSAGES):
        if i % 2:
            lg.info('message %d of worker %d', i, n)
        else:
            lg.debug('message %d of worker %d', i, n)

threads = [threading.Thread(target=worker, args=(n,), name='worker-%d' % n) for n in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = stream.getvalue().splitlines()
print(len(lines))
counts = {}
for line in lines:
    name = line[1:10].strip()
    counts[name] = counts.get(name, 0) + 1
    # Each line is whole: '(worker-N ) app.worker.K LEVEL message I of worker N'
    parts = line.split()
    assert parts[0] == '(' + name and parts[-1] == name.split('-')[1], line
print(sorted(counts.items()))
for line in sorted(lines)[:3] + sorted(lines)[-3:]:
    print(line)
by_name = {}
for k, lg in seen_loggers:
    by_name.setdefault(k, set()).add(id(lg))
print(sorted((k, len(v)) for k, v in by_name.items()))
print(logging.getLogger('app.worker').parent is logging.getLogger('app'), logging.getLogger('app.worker.0').parent.name)

# Threads that make loggers of one dotted family at the same time
def make(names):
    for name in names:
        logging.getLogger(name)
families = [['fam.a.b.c', 'fam.a'], ['fam.a.b', 'fam'], ['fam.a.b.c.d', 'fam.x']]
ts = [threading.Thread(target=make, args=(f,)) for f in families]
for t in ts:
    t.start()
for t in ts:
    t.join()
tree = sorted((name, logging.getLogger(name).parent.name) for name in ['fam', 'fam.a', 'fam.a.b', 'fam.a.b.c', 'fam.a.b.c.d', 'fam.x'])
print(tree)

# QueueHandler in the workers, one listener thread doing the output
root.removeHandler(handler)
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
root.addHandler(qh)
collected = []
class Collect(logging.Handler):
    def emit(self, record):
        collected.append('%s|%s' % (record.threadName, record.getMessage()))
listener = logging.handlers.QueueListener(q, Collect())
listener.start()
ts = [threading.Thread(target=lambda n=n: [logging.warning('q %d.%d', n, i) for i in range(5)], name='q%d' % n) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
listener.stop()
print(len(collected), sorted(collected)[:5])
print(sorted(set(c.split('|')[0] for c in collected)))
