import fcntl, os, termios, struct, tempfile, tty, array

r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
print(fl & os.O_NONBLOCK)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(r, fcntl.F_SETFD, 0)
print(fcntl.fcntl(r, fcntl.F_GETFD))
d = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 100)
print(d >= 100)
os.close(d)
os.write(w, b"abc")
buf = array.array("i", [0])
print(fcntl.ioctl(r, termios.FIONREAD, buf), buf[0])
print(struct.unpack("i", fcntl.ioctl(r, termios.FIONREAD, b"\0" * 4)))
ba = bytearray(4)
fcntl.ioctl(r, termios.FIONREAD, ba, False)
print(ba)
print(fcntl.fcntl(r, fcntl.F_GETPIPE_SZ) > 0)
for bad in [lambda: fcntl.fcntl(999, fcntl.F_GETFL), lambda: fcntl.fcntl(-1, 1), lambda: fcntl.fcntl("x", 1),
            lambda: fcntl.fcntl(r, 1.5), lambda: fcntl.fcntl(r, fcntl.F_GETFL, 1.5), lambda: fcntl.fcntl(r, fcntl.F_GETFL, b"x" * 1025),
            lambda: fcntl.fcntl(r), lambda: fcntl.ioctl(r, termios.TIOCGWINSZ, b"\0" * 8),
            lambda: fcntl.lockf(r, 99), lambda: fcntl.flock(999, fcntl.LOCK_EX), lambda: fcntl.fcntl(r, 2**40)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
os.close(r); os.close(w)

with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX)
    fcntl.lockf(f, fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 0, 0)
    # A second open file description cannot take the flock while the first holds it.
    fcntl.flock(f, fcntl.LOCK_EX)
    g = open(f.name if isinstance(f.name, str) else f"/proc/self/fd/{f.fileno()}", "rb")
    try:
        fcntl.flock(g, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        print("blocked", e.errno == 11)
    g.close()
    print("locks ok")

m, s = os.openpty()
attrs = termios.tcgetattr(s)
print(len(attrs), len(attrs[6]), type(attrs[6][0]).__name__, attrs[4] == attrs[5])
tty.setraw(s)
raw = termios.tcgetattr(s)
print(raw[3] & termios.ICANON, raw[3] & termios.ECHO, raw[6][termios.VMIN], raw[6][termios.VTIME], raw[1] & termios.OPOST)
termios.tcsetattr(s, termios.TCSANOW, attrs)
back = termios.tcgetattr(s)
print(back[:4] == attrs[:4], back[6][0])
tty.setcbreak(s)
cb = termios.tcgetattr(s)
print(cb[3] & termios.ICANON, cb[3] & termios.ISIG != 0)
termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s), termios.tcgetwinsize(m))
print(struct.unpack("HHHH", fcntl.ioctl(s, termios.TIOCGWINSZ, b"\0" * 8)))
attrs2 = termios.tcgetattr(s)
attrs2[4] = attrs2[5] = termios.B9600
termios.tcsetattr(s, termios.TCSADRAIN, attrs2)
print(termios.tcgetattr(s)[4] == termios.B9600, termios.tcgetattr(s)[2] & termios.CBAUD == termios.B9600)
termios.tcflush(s, termios.TCIOFLUSH)
termios.tcdrain(s)
for bad in [lambda: termios.tcgetattr(r), lambda: termios.tcsetattr(s, 99, attrs), lambda: termios.tcsetattr(s, 0, attrs[:3]),
            lambda: termios.tcsetattr(s, 0, 5), lambda: termios.tcflush(s, 99), lambda: termios.tcgetattr(),
            lambda: termios.tcgetwinsize(0 if False else os.open(os.devnull, os.O_RDONLY))]:
    try:
        print(bad())
    except termios.error as e:
        print("termios.error", e.args, type(e).__mro__[1].__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(termios.B38400, termios.TCSANOW, termios.NCCS, termios.VMIN, termios.TIOCGWINSZ, fcntl.LOCK_EX, fcntl.F_SETLKW)
print(tty.IFLAG, tty.CC, tty.setraw.__name__, tty.error is termios.error)
os.close(m); os.close(s)
