import signal

print(repr(signal.SIGINT), signal.SIGINT, int(signal.SIGTERM), signal.SIGINT == 2)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(signal.NSIG, repr(signal.SIGRTMIN), repr(signal.SIGRTMAX))
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(signal.Signals.SIGUSR1.name, signal.Signals(15), signal.Signals['SIGHUP'].value)
print(len(signal.Signals), sorted(signal.Handlers.__members__), list(signal.Sigmasks))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGINT), signal.strsignal(1), signal.strsignal(signal.SIGRTMIN + 1))
vs = signal.valid_signals()
print(type(vs).__name__, len(vs), signal.SIGKILL in vs, 32 in vs, min(vs), max(vs))

for bad in (0, -1, 65, 1000):
    for f in (signal.getsignal, signal.strsignal):
        try:
            f(bad)
        except ValueError as e:
            print(f.__name__, bad, 'ValueError', e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print('SIGKILL', type(e).__name__, e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print(e)
try:
    signal.signal('x', signal.SIG_IGN)
except TypeError as e:
    print(e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))


def handler(signum, frame):
    print('handler got', repr(signal.Signals(signum)), type(frame).__name__, frame.f_code.co_name)


old = signal.signal(signal.SIGUSR1, handler)
print('old', repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)


def inner():
    signal.raise_signal(signal.SIGUSR1)
    print('after raise in inner')


inner()
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print('ignored SIGUSR1')
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))


class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom('from handler %d' % signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
    print('not reached')
except Boom as e:
    print('caught', e)

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from SIGINT')

calls = []
signal.signal(signal.SIGUSR1, lambda s, f: calls.append(s))
for _ in range(5):
    signal.raise_signal(signal.SIGUSR1)
print('calls', calls)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
