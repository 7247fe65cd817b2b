"""multiprocessing.util: the logger helpers, log_to_stderr's format, Finalize (repr, once-only,
cancel, exit order by priority) and their errors."""
import sys, logging
from multiprocessing import util
def e(f, *a, **k):
    try:
        print('ok', repr(f(*a, **k)))
    except Exception as ex:
        print(type(ex).__name__, ex)
util.info('dropped: no logger yet')
lg = util.get_logger(); print(lg.name, lg.propagate, lg is util.get_logger(), util.sub_debug.__name__, util.info.__name__)
r = util.log_to_stderr(logging.INFO); print(r is lg, lg.level)
sys.stderr = sys.stdout
lg.handlers[-1].stream = sys.stdout
util.info('hello %s', 'there'); util.debug('hidden'); util.sub_warning('sw %d', 5)
lg.setLevel(util.SUBDEBUG); util.sub_debug('deep'); util.debug('dbg')
lg.handlers.clear(); lg.setLevel(logging.NOTSET)
class Obj: pass
keep = Obj()
def cb(*a, **k):
    print('cb', a, k); return 'ret'
f = util.Finalize(keep, cb, args=(1, 2), kwargs={'k': 3}, exitpriority=5)
print(repr(f), f.still_active()); print(f()); print(f(), repr(f), f.still_active())
g = util.Finalize(keep, cb, exitpriority=None); print(repr(g)); g.cancel(); print(g.still_active(), repr(g))
e(util.Finalize, None, cb); e(util.Finalize, keep, cb, exitpriority='x')
order = []
for prio, tag in [(1, 'a'), (10, 'b'), (1, 'c'), (0, 'd'), (-5, 'e')]:
    util.Finalize(None, order.append, args=(tag,), exitpriority=prio)
util._run_finalizers(0); print(order); util._run_finalizers(); print(order)
print(util.is_exiting(), all(hasattr(util, n) for n in ('debug', 'info', 'get_logger', 'Finalize', 'is_exiting')))
