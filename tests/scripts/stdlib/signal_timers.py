# signal.alarm, setitimer/getitimer, pause, and timers that interrupt waits. Every wait that a
# signal must end is ended by a repeating timer, so the output holds however late a signal
# comes (one that came before the wait began would leave a one-shot timer's wait hanging).
# Cancelling a repeating timer may leave one expiry on its way: handlers take late signals in
# their stride, and the program ends with SIGALRM ignored, not at its default (which kills).
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
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
signal.pause()
signal.setitimer(signal.ITIMER_REAL, 0)
print('after pause', hits[:1])

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

# time.sleep resumes after a handler that returns (a timer every 30 ms fires during the sleep
# of 100 ms, however late it starts)...
hits.clear()
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.03)
time.sleep(0.1)
signal.setitimer(signal.ITIMER_REAL, 0)
print('slept through', sorted(set(hits)), len(hits) >= 1, time.monotonic() - t0 >= 0.09)


# ...and ends with the handler's exception.
class Stop(Exception):
    pass


stopping = []


def stop(signum, frame):
    # Raises once, for the timer armed in the try below; a late signal of an earlier timer
    # (before it) or of this one (after it) is let go.
    if stopping == ['armed']:
        stopping[0] = 'fired'
        signal.setitimer(signal.ITIMER_REAL, 0)
        raise Stop(signum)


signal.signal(signal.SIGALRM, stop)
try:
    stopping.append('armed')
    signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
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
signal.signal(signal.SIGALRM, signal.SIG_IGN)
print('done')
