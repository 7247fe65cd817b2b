import signal
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


t(signal.signal, 2)
t(signal.alarm, 1.5)
t(signal.setitimer, signal.ITIMER_REAL, -1)
t(signal.pthread_sigmask, 99, [])
t(signal.pthread_sigmask, signal.SIG_BLOCK, [100])
t(signal.siginterrupt, signal.SIGUSR1, True)
t(signal.alarm, 2 ** 40)
t(signal.alarm, 0)
t(signal.siginterrupt, signal.SIGUSR1, False)
t(signal.getsignal, "2")
t(signal.raise_signal, 0)
t(signal.raise_signal, -1)
t(signal.raise_signal, 65)
