"""ftplib: an FTP (RFC 959) client. FTP speaks the command connection line by line (replies are
decoded text; a 4xx reply raises error_temp, 5xx error_perm, anything unexpected error_reply or
error_proto) and opens a data connection per transfer, passive (PASV/EPSV, the default) or active
(PORT/EPRT). FTP_TLS needs the ssl module, which this interpreter does not have."""

import re
import socket
import sys
from socket import _GLOBAL_DEFAULT_TIMEOUT

__all__ = ["FTP", "error_reply", "error_temp", "error_perm", "error_proto", "all_errors"]

MSG_OOB = 0x1
FTP_PORT = 21
# Longest reply line accepted (a defence against endless lines).
MAXLINE = 8192
CRLF = "\r\n"
B_CRLF = b"\r\n"


class Error(Exception):
    pass


class error_reply(Error):
    """A reply other than the one the command expects."""


class error_temp(Error):
    """A 4xx reply."""


class error_perm(Error):
    """A 5xx reply."""


class error_proto(Error):
    """A reply that does not start with a digit 1-5, or is malformed."""


all_errors = (Error, OSError, EOFError)


class FTP:
    """A client connection: FTP(host) connects, FTP(host, user, passwd) logs in too."""

    debugging = 0
    host = ""
    port = FTP_PORT
    maxline = MAXLINE
    sock = None
    file = None
    welcome = None
    passiveserver = True
    # Connect to the peer's address in passive mode, whatever address PASV reports.
    trust_server_pasv_ipv4_address = False

    def __init__(self, host="", user="", passwd="", acct="", timeout=_GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, *, encoding="utf-8"):
        self.encoding = encoding
        self.source_address = source_address
        self.timeout = timeout
        if host:
            self.connect(host)
            if user:
                self.login(user, passwd, acct)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if self.sock is None:
            return
        try:
            self.quit()
        except (OSError, EOFError):
            pass
        finally:
            if self.sock is not None:
                self.close()

    def connect(self, host="", port=0, timeout=-999, source_address=None):
        """Open the command connection and read the welcome; returns the welcome."""
        if host != "":
            self.host = host
        if port > 0:
            self.port = port
        if timeout != -999:
            self.timeout = timeout
        if self.timeout is not None and not self.timeout:
            raise ValueError("Non-blocking socket (timeout=0) is not supported")
        if source_address is not None:
            self.source_address = source_address
        sys.audit("ftplib.connect", self, self.host, self.port)
        self.sock = socket.create_connection((self.host, self.port), self.timeout,
                                             source_address=self.source_address)
        self.af = self.sock.family
        self.file = self.sock.makefile("r", encoding=self.encoding)
        self.welcome = self.getresp()
        return self.welcome

    def getwelcome(self):
        if self.debugging:
            print("*welcome*", self.sanitize(self.welcome))
        return self.welcome

    def set_debuglevel(self, level):
        """0: quiet; 1: replies and commands; 2: every line; 3: data lines too."""
        self.debugging = level

    debug = set_debuglevel

    def set_pasv(self, val):
        self.passiveserver = val

    def sanitize(self, s):
        """repr(s) with a PASS argument starred out."""
        if s[:5] in ("pass ", "PASS "):
            end = len(s.rstrip("\r\n"))
            s = s[:5] + "*" * (end - 5) + s[end:]
        return repr(s)

    # ---- the command connection ----
    def putline(self, line):
        if "\r" in line or "\n" in line:
            raise ValueError("an illegal newline character should not be contained")
        sys.audit("ftplib.sendcmd", self, line)
        line += CRLF
        if self.debugging > 1:
            print("*put*", self.sanitize(line))
        self.sock.sendall(line.encode(self.encoding))

    def putcmd(self, line):
        if self.debugging:
            print("*cmd*", self.sanitize(line))
        self.putline(line)

    def getline(self):
        line = self.file.readline(self.maxline + 1)
        if len(line) > self.maxline:
            raise Error("got more than %d bytes" % self.maxline)
        if self.debugging > 1:
            print("*get*", self.sanitize(line))
        if not line:
            raise EOFError
        if line.endswith(CRLF):
            return line[:-2]
        if line[-1:] in CRLF:
            return line[:-1]
        return line

    def getmultiline(self):
        """One reply; a multi-line one (code followed by '-') joined with newlines."""
        first = self.getline()
        if first[3:4] != "-":
            return first
        code = first[:3]
        lines = [first]
        while True:
            line = self.getline()
            lines.append(line)
            if line[:3] == code and line[3:4] != "-":
                return "\n".join(lines)

    def getresp(self):
        reply = self.getmultiline()
        if self.debugging:
            print("*resp*", self.sanitize(reply))
        self.lastresp = reply[:3]
        kind = reply[:1]
        if kind in ("1", "2", "3"):
            return reply
        if kind == "4":
            raise error_temp(reply)
        if kind == "5":
            raise error_perm(reply)
        raise error_proto(reply)

    def voidresp(self):
        """A reply that must be 2xx (error_reply otherwise)."""
        reply = self.getresp()
        if reply[:1] != "2":
            raise error_reply(reply)
        return reply

    def abort(self):
        """Abort a transfer in progress (sent as urgent data)."""
        line = b"ABOR" + B_CRLF
        if self.debugging > 1:
            print("*put urgent*", self.sanitize(line))
        self.sock.sendall(line, MSG_OOB)
        reply = self.getmultiline()
        if reply[:3] not in ("426", "225", "226"):
            raise error_proto(reply)
        return reply

    def sendcmd(self, cmd):
        self.putcmd(cmd)
        return self.getresp()

    def voidcmd(self, cmd):
        self.putcmd(cmd)
        return self.voidresp()

    # ---- data connections ----
    def sendport(self, host, port):
        """PORT h1,h2,h3,h4,p1,p2 for an IPv4 address."""
        numbers = host.split(".") + [repr(port // 256), repr(port % 256)]
        return self.voidcmd("PORT " + ",".join(numbers))

    def sendeprt(self, host, port):
        """EPRT |family|host|port| (RFC 2428)."""
        family = {socket.AF_INET: 1, socket.AF_INET6: 2}.get(self.af, 0)
        if not family:
            raise error_proto("unsupported address family")
        return self.voidcmd("EPRT " + "|".join(["", repr(family), host, repr(port), ""]))

    def makeport(self):
        """A listening socket for an active transfer, announced with PORT or EPRT."""
        listener = socket.create_server(("", 0), family=self.af, backlog=1)
        port = listener.getsockname()[1]
        host = self.sock.getsockname()[0]
        if self.af == socket.AF_INET:
            self.sendport(host, port)
        else:
            self.sendeprt(host, port)
        if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            listener.settimeout(self.timeout)
        return listener

    def makepasv(self):
        """(host, port) the server listens on for a passive transfer."""
        if self.af == socket.AF_INET:
            told_host, port = parse227(self.sendcmd("PASV"))
            host = told_host if self.trust_server_pasv_ipv4_address else self.sock.getpeername()[0]
        else:
            host, port = parse229(self.sendcmd("EPSV"), self.sock.getpeername())
        return host, port

    def _expect_preliminary(self, cmd, rest):
        if rest is not None:
            self.sendcmd("REST %s" % rest)
        reply = self.sendcmd(cmd)
        # Some servers answer 2xx first and the 1xx after.
        if reply[0] == "2":
            reply = self.getresp()
        if reply[0] != "1":
            raise error_reply(reply)
        return reply

    def ntransfercmd(self, cmd, rest=None):
        """(data connection, expected size or None) for a transfer command such as RETR."""
        if self.passiveserver:
            host, port = self.makepasv()
            conn = socket.create_connection((host, port), self.timeout, source_address=self.source_address)
            try:
                reply = self._expect_preliminary(cmd, rest)
            except:
                conn.close()
                raise
        else:
            with self.makeport() as listener:
                reply = self._expect_preliminary(cmd, rest)
                conn, _ = listener.accept()
                if self.timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                    conn.settimeout(self.timeout)
        size = parse150(reply) if reply[:3] == "150" else None
        return conn, size

    def transfercmd(self, cmd, rest=None):
        return self.ntransfercmd(cmd, rest)[0]

    # ---- commands ----
    def login(self, user="", passwd="", acct=""):
        """USER/PASS/ACCT as the server asks; anonymous with 'anonymous@' by default."""
        user = user or "anonymous"
        passwd = passwd or ""
        acct = acct or ""
        if user == "anonymous" and passwd in ("", "-"):
            # A '-' password asks the server for terse replies.
            passwd += "anonymous@"
        reply = self.sendcmd("USER " + user)
        if reply[0] == "3":
            reply = self.sendcmd("PASS " + passwd)
        if reply[0] == "3":
            reply = self.sendcmd("ACCT " + acct)
        if reply[0] != "2":
            raise error_reply(reply)
        return reply

    def retrbinary(self, cmd, callback, blocksize=8192, rest=None):
        """Binary retrieval: callback(bytes) for each block."""
        self.voidcmd("TYPE I")
        with self.transfercmd(cmd, rest) as conn:
            while True:
                block = conn.recv(blocksize)
                if not block:
                    break
                callback(block)
        return self.voidresp()

    def retrlines(self, cmd, callback=None):
        """ASCII retrieval (LIST, NLST, RETR ...): callback(line) without its line end; print by default."""
        if callback is None:
            callback = print_line
        self.sendcmd("TYPE A")
        with self.transfercmd(cmd) as conn, conn.makefile("r", encoding=self.encoding) as fp:
            while True:
                line = fp.readline(self.maxline + 1)
                if len(line) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if self.debugging > 2:
                    print("*retr*", repr(line))
                if not line:
                    break
                if line.endswith(CRLF):
                    line = line[:-2]
                elif line.endswith("\n"):
                    line = line[:-1]
                callback(line)
        return self.voidresp()

    def storbinary(self, cmd, fp, blocksize=8192, callback=None, rest=None):
        """Binary upload of a file object's contents."""
        self.voidcmd("TYPE I")
        with self.transfercmd(cmd, rest) as conn:
            while True:
                block = fp.read(blocksize)
                if not block:
                    break
                conn.sendall(block)
                if callback:
                    callback(block)
        return self.voidresp()

    def storlines(self, cmd, fp, callback=None):
        """ASCII upload of a binary file object's lines, each sent with CRLF."""
        self.voidcmd("TYPE A")
        with self.transfercmd(cmd) as conn:
            while True:
                line = fp.readline(self.maxline + 1)
                if len(line) > self.maxline:
                    raise Error("got more than %d bytes" % self.maxline)
                if not line:
                    break
                if not line.endswith(B_CRLF):
                    if line[-1:] in (b"\r", b"\n"):
                        line = line[:-1]
                    line += B_CRLF
                conn.sendall(line)
                if callback:
                    callback(line)
        return self.voidresp()

    def acct(self, password):
        return self.voidcmd("ACCT " + password)

    def nlst(self, *args):
        """The names NLST lists."""
        names = []
        self.retrlines(" ".join(("NLST",) + args), names.append)
        return names

    def dir(self, *args):
        """LIST, printed or given line by line to a callable last argument."""
        func = None
        if args and not isinstance(args[-1], str):
            args, func = args[:-1], args[-1]
        cmd = "LIST"
        for arg in args:
            if arg:
                cmd += " " + arg
        self.retrlines(cmd, func)

    def mlsd(self, path="", facts=[]):
        """(name, {fact: value}) for each entry MLSD lists (RFC 3659)."""
        if facts:
            self.sendcmd("OPTS MLST " + ";".join(facts) + ";")
        lines = []
        self.retrlines("MLSD %s" % path if path else "MLSD", lines.append)
        for line in lines:
            found, _, name = line.rstrip(CRLF).partition(" ")
            entry = {}
            for fact in found[:-1].split(";"):
                key, _, value = fact.partition("=")
                entry[key.lower()] = value
            yield (name, entry)

    def rename(self, fromname, toname):
        reply = self.sendcmd("RNFR " + fromname)
        if reply[0] != "3":
            raise error_reply(reply)
        return self.voidcmd("RNTO " + toname)

    def delete(self, filename):
        reply = self.sendcmd("DELE " + filename)
        if reply[:3] in ("250", "200"):
            return reply
        raise error_reply(reply)

    def cwd(self, dirname):
        """Change directory; '..' tries CDUP first."""
        if dirname == "..":
            try:
                return self.voidcmd("CDUP")
            except error_perm as e:
                if e.args[0][:3] != "500":
                    raise
        elif dirname == "":
            dirname = "."
        return self.voidcmd("CWD " + dirname)

    def size(self, filename):
        """The size SIZE reports (None unless the reply is 213)."""
        reply = self.sendcmd("SIZE " + filename)
        if reply[:3] == "213":
            return int(reply[3:].strip())
        return None

    def mkd(self, dirname):
        reply = self.voidcmd("MKD " + dirname)
        return parse257(reply) if reply.startswith("257") else ""

    def rmd(self, dirname):
        return self.voidcmd("RMD " + dirname)

    def pwd(self):
        reply = self.voidcmd("PWD")
        return parse257(reply) if reply.startswith("257") else ""

    def quit(self):
        reply = self.voidcmd("QUIT")
        self.close()
        return reply

    def close(self):
        """Close the connection without telling the server."""
        try:
            stream, self.file = self.file, None
            if stream is not None:
                stream.close()
        finally:
            sock, self.sock = self.sock, None
            if sock is not None:
                sock.close()


_150_RE = re.compile(r"150 .* \((\d+) bytes\)", re.IGNORECASE | re.ASCII)
_227_RE = re.compile(r"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", re.ASCII)


def parse150(resp):
    """The size a 150 reply announces ('... (123 bytes)'), or None."""
    if resp[:3] != "150":
        raise error_reply(resp)
    m = _150_RE.match(resp)
    return int(m.group(1)) if m else None


def parse227(resp):
    """(host, port) of a 227 (PASV) reply."""
    if resp[:3] != "227":
        raise error_reply(resp)
    m = _227_RE.search(resp)
    if not m:
        raise error_proto(resp)
    numbers = m.groups()
    return ".".join(numbers[:4]), (int(numbers[4]) << 8) + int(numbers[5])


def parse229(resp, peer):
    """(peer host, port) of a 229 (EPSV) reply: '(|||port|)'."""
    if resp[:3] != "229":
        raise error_reply(resp)
    left = resp.find("(")
    if left < 0:
        raise error_proto(resp)
    right = resp.find(")", left + 1)
    if right < 0:
        raise error_proto(resp)
    inside = resp[left + 1:right]
    if not inside or inside[0] != inside[-1]:
        raise error_proto(resp)
    parts = inside.split(inside[0])
    if len(parts) != 5:
        raise error_proto(resp)
    return peer[0], int(parts[3])


def parse257(resp):
    """The directory name of a 257 reply ('257 "name" ...', "" doubled inside)."""
    if resp[:3] != "257":
        raise error_reply(resp)
    if resp[3:5] != ' "':
        return ""
    name = []
    i = 5
    while i < len(resp):
        ch = resp[i]
        i += 1
        if ch == '"':
            if i >= len(resp) or resp[i] != '"':
                break
            i += 1
        name.append(ch)
    return "".join(name)


def print_line(line):
    print(line)


def ftpcp(source, sourcename, target, targetname="", type="I"):
    """Copy a file between two servers (the target connects to the source)."""
    targetname = targetname or sourcename
    mode = "TYPE " + type
    source.voidcmd(mode)
    target.voidcmd(mode)
    host, port = parse227(source.sendcmd("PASV"))
    target.sendport(host, port)
    reply = target.sendcmd("STOR " + targetname)
    if reply[:3] not in ("125", "150"):
        raise error_proto
    reply = source.sendcmd("RETR " + sourcename)
    if reply[:3] not in ("125", "150"):
        raise error_proto
    source.voidresp()
    target.voidresp()


def test():
    """ftplib [-d] [-r[file]] host [-l[dir]] [-d[dir]] [-p] [file] ..."""
    if len(sys.argv) < 2:
        print(test.__doc__)
        sys.exit(0)
    import netrc
    debugging = 0
    rcfile = None
    while sys.argv[1] == "-d":
        debugging = debugging + 1
        del sys.argv[1]
    if sys.argv[1][:2] == "-r":
        rcfile = sys.argv[1][2:]
        del sys.argv[1]
    host = sys.argv[1]
    ftp = FTP(host)
    ftp.set_debuglevel(debugging)
    userid = passwd = acct = ""
    try:
        netrcobj = netrc.netrc(rcfile)
    except OSError:
        if rcfile is not None:
            sys.stderr.write("Could not open account file -- using anonymous login.")
    else:
        try:
            userid, acct, passwd = netrcobj.authenticators(host)
        except KeyError:
            sys.stderr.write("No account -- using anonymous login.")
    ftp.login(userid, passwd, acct)
    for file in sys.argv[2:]:
        if file[:2] == "-l":
            ftp.dir(file[2:])
        elif file[:2] == "-d":
            cmd = "CWD"
            if file[2:]:
                cmd = cmd + " " + file[2:]
            ftp.sendcmd(cmd)
        elif file == "-p":
            ftp.set_pasv(not ftp.passiveserver)
        else:
            ftp.retrbinary("RETR " + file, sys.stdout.buffer.write, 1024)
            sys.stdout.buffer.flush()
        sys.stdout.flush()
    ftp.quit()


if __name__ == "__main__":
    test()
