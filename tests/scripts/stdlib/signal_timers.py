import signal
import time

hits = []


def on_alarm(signum, frame):
    hits.append(signal.Signals(signum).name)


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(0))
print(signal.alarm(5) , signal.alarm(0) in (4, 5))
print(signal.getitimer(signal.ITIMER_REAL))

# pause() returns once a handler has run.
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print('after pause', hits)

# A repeating timer: its signals interrupt a wait, which resumes (PEP 475).
old = signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
print('old timer', old)
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < delay <= 0.02, 0 < interval <= 0.02)
while len(hits) < 4:
    signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print(signal.getitimer(signal.ITIMER_REAL))
print('hits', len(hits) >= 4)

# time.sleep resumes after a handler that returns...
hits.clear()
signal.setitimer(signal.ITIMER_REAL, 0.01)
t0 = time.monotonic()
time.sleep(0.1)
print('slept through', hits, time.monotonic() - t0 >= 0.09)


# ...and ends with the handler's exception.
class Stop(Exception):
    pass


def stop(signum, frame):
    raise Stop(signum)


signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.01)
try:
    time.sleep(30)
except Stop as e:
    print('sleep interrupted by', repr(e))

try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print('ItimerError', e)
try:
    signal.getitimer(-5)
except signal.ItimerError as e:
    print('ItimerError', e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print('done')
