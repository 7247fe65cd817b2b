import termios, fcntl, mmap, select, os
for f, a, k in [(termios.tcgetattr, (), {}), (termios.tcgetattr, (0,), {'x':1}), (termios.tcsetattr, (1,), {}), (termios.tcsetattr, (1,2,3), {'x':1}),
                (termios.tcdrain, (1,2), {}), (fcntl.fcntl, (1,), {}), (fcntl.fcntl, (1,2,3,4), {}), (fcntl.flock, (1,), {}), (fcntl.fcntl, (1,2), {'a':1}), (fcntl.lockf, (1,), {}), (fcntl.ioctl, (1,2,3,4,5), {}),
                (termios.tcgetwinsize, (), {}), (termios.tcflow, (1,), {}), (termios.tcgetattr, ('x',), {}), (fcntl.flock, ('x', 1), {}), (fcntl.flock, (1, 2.0), {}), (termios.tcflush, (1, 2.0), {}),
                (termios.tcflush, (1, 2**40), {}), (fcntl.flock, (1, 2**40), {}), (fcntl.flock, (1, 'x'), {}), (termios.tcflush, (1, 'x'), {})]:
    try:
        f(*a, **k)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for m in (termios, fcntl, mmap, select):
    names = sorted(n for n in dir(m) if n.isupper())
    print(m.__name__, len(names), sum(getattr(m, n) for n in names if isinstance(getattr(m, n), int)))
r, w = os.pipe()
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
print(fcntl.fcntl(r, fcntl.F_GETFL, b'abc'))
try: fcntl.fcntl(r, fcntl.F_GETFL, b'x'*1025)
except ValueError as e: print(e)
try: fcntl.ioctl(r, termios.TIOCGWINSZ, b'x'*1025)
except ValueError as e: print(e)
try: fcntl.ioctl(r, termios.TIOCGWINSZ, b'x'*8)
except OSError as e: print(type(e).__name__, e.errno)
try: termios.tcgetattr(r)
except termios.error as e: print(e.args)
fcntl.flock(r, fcntl.LOCK_SH); print('ok')
