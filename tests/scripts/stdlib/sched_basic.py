# sched: events ordered by time, priority and entry order, on a fake clock; cancel, queue, run(blocking=False).
import sched

clock = [0.0]
log = []


def now():
    return clock[0]


def sleep(d):
    log.append(('sleep', d))
    clock[0] += d


s = sched.scheduler(now, sleep)
print(s.empty())
e1 = s.enter(5, 1, log.append, ('five',))
e2 = s.enter(2, 2, log.append, argument=('two-low',))
e3 = s.enter(2, 1, log.append, kwargs={}, argument=('two-high',))
e4 = s.enterabs(2, 1, lambda **kw: log.append(sorted(kw.items())), kwargs={'a': 1, 'b': 2})
e5 = s.enter(10, 0, log.append, ('ten',))
print(e1.time, e1.priority, e1.sequence, e1.argument, e1.kwargs, e1.action is log.append)
print(type(e1).__name__, sched.Event._fields, isinstance(e1, tuple))
print([(e.time, e.priority, e.sequence) for e in s.queue])
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as err:
    print('ValueError', err)
print(s.empty(), len(s.queue))
print(s.run(blocking=False))
s.run()
print(log)
print(s.empty(), s.run(), s.run(blocking=False))

# an action that schedules more work
clock[0] = 0.0
log.clear()


def chain(n):
    log.append(n)
    if n:
        s.enter(1, 0, chain, (n - 1,))


s.enter(0, 0, chain, (3,))
s.run()
print(log, clock[0])

# events compare as tuples
a = sched.Event(1, 2, 3, None, (), {})
b = sched.Event(1, 1, 4, None, (), {})
print(b < a, a == sched.Event(1, 2, 3, None, (), {}), a)
print(sched.__all__)
