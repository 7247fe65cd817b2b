"""telnetlib: a TELNET (RFC 854) client. Telnet keeps the bytes read from the socket in a raw
queue; process_rawq strips the IAC command sequences out of it (refusing every option unless a
callback is installed) and appends the plain data to the cooked queue the read_* methods serve."""

import selectors
import socket
import sys
import warnings
from time import monotonic as _clock

warnings._deprecated(__name__, remove=(3, 13))

__all__ = ["Telnet"]

DEBUGLEVEL = 0
TELNET_PORT = 23

# Command bytes (RFC 854).
IAC = bytes([255])
DONT = bytes([254])
DO = bytes([253])
WONT = bytes([252])
WILL = bytes([251])
theNULL = bytes([0])
SE = bytes([240])
NOP = bytes([241])
DM = bytes([242])
BRK = bytes([243])
IP = bytes([244])
AO = bytes([245])
AYT = bytes([246])
EC = bytes([247])
EL = bytes([248])
GA = bytes([249])
SB = bytes([250])

# Option codes, by the RFC that assigns each.
_OPTIONS = [
    ("BINARY", 0), ("ECHO", 1), ("RCP", 2), ("SGA", 3), ("NAMS", 4), ("STATUS", 5), ("TM", 6),
    ("RCTE", 7), ("NAOL", 8), ("NAOP", 9), ("NAOCRD", 10), ("NAOHTS", 11), ("NAOHTD", 12),
    ("NAOFFD", 13), ("NAOVTS", 14), ("NAOVTD", 15), ("NAOLFD", 16), ("XASCII", 17),
    ("LOGOUT", 18), ("BM", 19), ("DET", 20), ("SUPDUP", 21), ("SUPDUPOUTPUT", 22),
    ("SNDLOC", 23), ("TTYPE", 24), ("EOR", 25), ("TUID", 26), ("OUTMRK", 27), ("TTYLOC", 28),
    ("VT3270REGIME", 29), ("X3PAD", 30), ("NAWS", 31), ("TSPEED", 32), ("LFLOW", 33),
    ("LINEMODE", 34), ("XDISPLOC", 35), ("OLD_ENVIRON", 36), ("AUTHENTICATION", 37),
    ("ENCRYPT", 38), ("NEW_ENVIRON", 39), ("TN3270E", 40), ("XAUTH", 41), ("CHARSET", 42),
    ("RSP", 43), ("COM_PORT_OPTION", 44), ("SUPPRESS_LOCAL_ECHO", 45), ("TLS", 46),
    ("KERMIT", 47), ("SEND_URL", 48), ("FORWARD_X", 49), ("PRAGMA_LOGON", 138),
    ("SSPI_LOGON", 139), ("PRAGMA_HEARTBEAT", 140), ("EXOPL", 255),
]
for _name, _code in _OPTIONS:
    globals()[_name] = bytes([_code])
del _name, _code
NOOPT = bytes([0])

_TelnetSelector = getattr(selectors, "PollSelector", selectors.SelectSelector)


def _watching(*files):
    """A selector waiting for any of `files` to be readable (use it in a with statement)."""
    waiter = _TelnetSelector()
    for f in files:
        waiter.register(f, selectors.EVENT_READ)
    return waiter


class Telnet:
    """One TELNET connection; opened at once when a host is given."""

    def __init__(self, host=None, port=0, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.debuglevel = DEBUGLEVEL
        self.host = host
        self.port = port
        self.timeout = timeout
        self.sock = None
        self.rawq = b""
        self.irawq = 0
        self.cookedq = b""
        self.eof = 0
        self.iacseq = b""
        self.sb = 0
        self.sbdataq = b""
        self.option_callback = None
        if host is not None:
            self.open(host, port, timeout)

    def open(self, host, port=0, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Connect to host:port (port 23 when 0); closes nothing already open."""
        self.eof = 0
        if not port:
            port = TELNET_PORT
        self.host = host
        self.port = port
        self.timeout = timeout
        sys.audit("telnetlib.Telnet.open", self, host, port)
        self.sock = socket.create_connection((self.host, self.port), timeout)

    def __del__(self):
        self.close()

    def msg(self, msg, *args):
        """Print a debug message (when the debug level is above 0)."""
        if self.debuglevel > 0:
            print("Telnet(%s,%s):" % (self.host, self.port), end=" ")
            if args:
                print(msg % args)
            else:
                print(msg)

    def set_debuglevel(self, debuglevel):
        self.debuglevel = debuglevel

    def close(self):
        sock = self.sock
        self.sock = None
        self.eof = True
        self.iacseq = b""
        self.sb = 0
        if sock:
            sock.close()

    def get_socket(self):
        return self.sock

    def fileno(self):
        return self.sock.fileno()

    def write(self, buffer):
        """Send bytes, doubling each IAC so the server reads it as data."""
        if IAC in buffer:
            buffer = buffer.replace(IAC, IAC + IAC)
        sys.audit("telnetlib.Telnet.write", self, buffer)
        self.msg("send %r", buffer)
        self.sock.sendall(buffer)

    def read_until(self, match, timeout=None):
        """Read until `match` is seen (returned with it), EOF or the timeout (what came so far)."""
        n = len(match)
        self.process_rawq()
        i = self.cookedq.find(match)
        if i >= 0:
            return self._take(i + n)
        if timeout is not None:
            deadline = _clock() + timeout
        with _watching(self) as selector:
            while not self.eof:
                if selector.select(timeout):
                    start = max(0, len(self.cookedq) - n)
                    self.fill_rawq()
                    self.process_rawq()
                    i = self.cookedq.find(match, start)
                    if i >= 0:
                        return self._take(i + n)
                if timeout is not None:
                    timeout = deadline - _clock()
                    if timeout < 0:
                        break
        return self.read_very_lazy()

    def _take(self, end):
        data = self.cookedq[:end]
        self.cookedq = self.cookedq[end:]
        return data

    def read_all(self):
        """Read everything until EOF (blocking)."""
        self.process_rawq()
        while not self.eof:
            self.fill_rawq()
            self.process_rawq()
        return self._take(len(self.cookedq))

    def read_some(self):
        """At least one byte of cooked data unless EOF (then b''); blocks if nothing is queued."""
        self.process_rawq()
        while not (self.cookedq or self.eof):
            self.fill_rawq()
            self.process_rawq()
        return self._take(len(self.cookedq))

    def read_very_eager(self):
        """Everything readable without blocking; EOFError when closed and nothing is queued."""
        self.process_rawq()
        while self.sock_avail() and not self.eof:
            self.fill_rawq()
            self.process_rawq()
        return self.read_very_lazy()

    def read_eager(self):
        """Readily available cooked data, reading the socket only while none is queued."""
        self.process_rawq()
        while not (self.cookedq or self.eof) and self.sock_avail():
            self.fill_rawq()
            self.process_rawq()
        return self.read_very_lazy()

    def read_lazy(self):
        """Cook what is queued already, and return the cooked data; never reads the socket."""
        self.process_rawq()
        return self.read_very_lazy()

    def read_very_lazy(self):
        """The cooked data queued already; EOFError when closed and both queues are empty."""
        buf = self._take(len(self.cookedq))
        if self.eof and not (buf or self.rawq):
            raise EOFError("telnet connection closed")
        return buf

    def read_sb_data(self):
        """The data of the last SB ... SE subnegotiation (consumed)."""
        buf = self.sbdataq
        self.sbdataq = b""
        return buf

    def set_option_negotiation_callback(self, callback):
        """callback(sock, command, option) answers option negotiations instead of the default refusal."""
        self.option_callback = callback

    def process_rawq(self):
        """Move the raw queue into the cooked queue, handling the TELNET commands in it."""
        plain = bytearray()
        sub = bytearray()
        try:
            while self.rawq:
                byte = self.rawq_getchar()
                pending = self.iacseq
                target = sub if self.sb else plain
                if not pending:
                    if byte == IAC:
                        self.iacseq = byte
                    elif byte not in (theNULL, b"\021"):
                        target += byte
                elif len(pending) == 1:
                    self._command(byte, target, sub)
                else:
                    self.iacseq = b""
                    self._negotiate(pending[1:2], byte)
        except EOFError:
            self.iacseq = b""
            self.sb = 0
        self.cookedq += bytes(plain)
        self.sbdataq += bytes(sub)

    def _command(self, byte, target, sub):
        """The byte after an IAC."""
        if byte in (DO, DONT, WILL, WONT):
            # An option negotiation: its option byte comes next.
            self.iacseq += byte
            return
        self.iacseq = b""
        if byte == IAC:
            target += byte
            return
        if byte == SB:
            self.sb = 1
            self.sbdataq = b""
        elif byte == SE:
            self.sb = 0
            self.sbdataq += bytes(sub)
            del sub[:]
        if self.option_callback:
            self.option_callback(self.sock, byte, NOOPT)
        else:
            self.msg("IAC %d not recognized" % ord(byte))

    def _negotiate(self, verb, option):
        """IAC DO/DONT/WILL/WONT option: refused unless a callback answers it."""
        asks_us = verb in (DO, DONT)
        names = ("DO", "DONT") if asks_us else ("WILL", "WONT")
        self.msg("IAC %s %d", names[0] if verb in (DO, WILL) else names[1], ord(option))
        if self.option_callback:
            self.option_callback(self.sock, verb, option)
        else:
            self.sock.sendall(IAC + (WONT if asks_us else DONT) + option)

    def rawq_getchar(self):
        """The next raw byte, reading the socket when the raw queue is used up; EOFError at EOF."""
        if not self.rawq:
            self.fill_rawq()
            if self.eof:
                raise EOFError
        at = self.irawq
        byte = self.rawq[at:at + 1]
        self.irawq = at + 1
        if self.irawq == len(self.rawq):
            self.rawq, self.irawq = b"", 0
        return byte

    def fill_rawq(self):
        """Read once from the socket into the raw queue (blocking); an empty read sets eof."""
        if len(self.rawq) <= self.irawq:
            self.rawq, self.irawq = b"", 0
        got = self.sock.recv(50)
        self.msg("recv %r", got)
        self.eof = not got
        self.rawq += got

    def sock_avail(self):
        """Whether the socket can be read without blocking."""
        with _watching(self) as selector:
            return len(selector.select(0)) > 0

    def interact(self):
        """Copy the connection to stdout and stdin to the connection until EOF."""
        if sys.platform == "win32":
            self.mt_interact()
            return
        with _watching(self, sys.stdin) as selector:
            while True:
                for key, _ in selector.select():
                    if key.fileobj is self:
                        try:
                            text = self.read_eager()
                        except EOFError:
                            print("*** Connection closed by remote host ***")
                            return
                        if text:
                            sys.stdout.write(text.decode("ascii"))
                            sys.stdout.flush()
                    else:
                        line = sys.stdin.readline().encode("ascii")
                        if not line:
                            return
                        self.write(line)

    def mt_interact(self):
        """interact() with a thread copying the connection to stdout."""
        import _thread
        _thread.start_new_thread(self.listener, ())
        while 1:
            line = sys.stdin.readline()
            if not line:
                break
            self.write(line.encode("ascii"))

    def listener(self):
        """The reading half of mt_interact."""
        while 1:
            try:
                data = self.read_eager()
            except EOFError:
                print("*** Connection closed by remote host ***")
                return
            if data:
                sys.stdout.write(data.decode("ascii"))
            else:
                sys.stdout.flush()

    def expect(self, list, timeout=None):
        """Read until one of the regular expressions in `list` matches.

        Returns (index, match object, text read through the match); (-1, None, text so far) on
        timeout or EOF with data; EOFError at EOF with nothing read."""
        import re
        patterns = list[:]
        indices = range(len(patterns))
        for i in indices:
            if not hasattr(patterns[i], "search"):
                patterns[i] = re.compile(patterns[i])
        if timeout is not None:
            deadline = _clock() + timeout
        with _watching(self) as selector:
            while not self.eof:
                self.process_rawq()
                for i in indices:
                    m = patterns[i].search(self.cookedq)
                    if m:
                        return (i, m, self._take(m.end()))
                if timeout is not None:
                    ready = selector.select(timeout)
                    timeout = deadline - _clock()
                    if not ready:
                        if timeout < 0:
                            break
                        continue
                self.fill_rawq()
        text = self.read_very_lazy()
        if not text and self.eof:
            raise EOFError
        return (-1, None, text)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()


def test():
    """Command-line use: telnetlib [-d]... [host [port]]."""
    debuglevel = 0
    while sys.argv[1:] and sys.argv[1] == "-d":
        debuglevel = debuglevel + 1
        del sys.argv[1]
    host = "localhost"
    if sys.argv[1:]:
        host = sys.argv[1]
    port = 0
    if sys.argv[2:]:
        portstr = sys.argv[2]
        try:
            port = int(portstr)
        except ValueError:
            port = socket.getservbyname(portstr, "tcp")
    with Telnet() as tn:
        tn.set_debuglevel(debuglevel)
        tn.open(host, port, timeout=0.5)
        tn.interact()


if __name__ == "__main__":
    test()
