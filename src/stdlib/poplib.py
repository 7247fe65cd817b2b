"""A POP3 (RFC 1939) client: log in to a mailbox, list, fetch and delete messages. Replies
are bytes; an "-ERR" reply raises error_proto."""

import errno
import re
import socket
import sys

__all__ = ["POP3", "error_proto"]

POP3_PORT = 110
POP3_SSL_PORT = 995
CR = b"\r"
LF = b"\n"
CRLF = CR + LF
# RFC 1939 caps lines at 512 bytes; real servers send longer ones.
_MAXLINE = 2048


class error_proto(Exception):
    """A reply the client cannot accept (an -ERR, or a broken line)."""


class POP3:
    """A connection to a POP3 server, opened by the constructor."""

    encoding = "UTF-8"

    def __init__(self, host, port=POP3_PORT, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.host = host
        self.port = port
        self._tls_established = False
        sys.audit("poplib.connect", self, host, port)
        self.sock = self._create_socket(timeout)
        self.file = self.sock.makefile("rb")
        self._debugging = 0
        self.welcome = self._getresp()

    def _create_socket(self, timeout):
        if timeout is not None and not timeout:
            raise ValueError("Non-blocking socket (timeout=0) is not supported")
        return socket.create_connection((self.host, self.port), timeout)

    def _putline(self, line):
        if self._debugging > 1:
            print("*put*", repr(line))
        sys.audit("poplib.putline", self, line)
        self.sock.sendall(line + CRLF)

    def _putcmd(self, line):
        if self._debugging:
            print("*cmd*", repr(line))
        self._putline(line.encode(self.encoding))

    def _getline(self):
        """(line without its end, bytes read)."""
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise error_proto("line too long")
        if self._debugging > 1:
            print("*get*", repr(line))
        if not line:
            raise error_proto("-ERR EOF")
        size = len(line)
        if line.endswith(CRLF):
            return line[:-2], size
        if line.startswith(CR):
            return line[1:-1], size
        return line[:-1], size

    def _getresp(self):
        """The status line, which must start with "+"."""
        resp, _ = self._getline()
        if self._debugging > 1:
            print("*resp*", repr(resp))
        if not resp.startswith(b"+"):
            raise error_proto(resp)
        return resp

    def _getlongresp(self):
        """(status, lines, octets) of a multi-line reply, ended by a lone "."."""
        resp = self._getresp()
        lines = []
        octets = 0
        while True:
            line, size = self._getline()
            if line == b".":
                break
            if line.startswith(b".."):
                # A leading dot was doubled by the server.
                size -= 1
                line = line[1:]
            octets += size
            lines.append(line)
        return resp, lines, octets

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line):
        self._putcmd(line)
        return self._getlongresp()

    def getwelcome(self):
        """The server's greeting."""
        return self.welcome

    def set_debuglevel(self, level):
        self._debugging = level

    def user(self, user):
        """USER name."""
        return self._shortcmd(f"USER {user}")

    def pass_(self, pswd):
        """PASS password (locks the mailbox until quit)."""
        return self._shortcmd(f"PASS {pswd}")

    def stat(self):
        """(message count, mailbox size)."""
        fields = self._shortcmd("STAT").split()
        if self._debugging:
            print("*stat*", repr(fields))
        return int(fields[1]), int(fields[2])

    def list(self, which=None):
        """LIST: one message's "+OK n size", or (status, ["n size", ...], octets)."""
        if which is not None:
            return self._shortcmd(f"LIST {which}")
        return self._longcmd("LIST")

    def retr(self, which):
        """(status, lines, octets) of message `which`."""
        return self._longcmd(f"RETR {which}")

    def dele(self, which):
        """Marks message `which` for deletion."""
        return self._shortcmd(f"DELE {which}")

    def noop(self):
        return self._shortcmd("NOOP")

    def rset(self):
        """Unmarks every message marked for deletion."""
        return self._shortcmd("RSET")

    def quit(self):
        """QUIT (deletions take effect), then close."""
        resp = self._shortcmd("QUIT")
        self.close()
        return resp

    def close(self):
        """Closes the connection without QUIT."""
        try:
            f = self.file
            self.file = None
            if f is not None:
                f.close()
        finally:
            s = self.sock
            self.sock = None
            if s is not None:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError as exc:
                    # The peer may have gone already.
                    if exc.errno != errno.ENOTCONN and getattr(exc, "winerror", 0) != 10022:
                        raise
                finally:
                    s.close()

    def rpop(self, user):
        return self._shortcmd(f"RPOP {user}")

    timestamp = re.compile(rb"\+OK.[^<]*(<.*>)")

    def apop(self, user, password):
        """APOP: logs in with the MD5 of the greeting's timestamp and the secret."""
        import hashlib
        secret = bytes(password, self.encoding)
        found = self.timestamp.match(self.welcome)
        if not found:
            raise error_proto("-ERR APOP not supported by server")
        digest = hashlib.md5(found.group(1) + secret).hexdigest()
        return self._shortcmd(f"APOP {user} {digest}")

    def top(self, which, howmuch):
        """The headers and the first `howmuch` body lines of message `which`."""
        return self._longcmd(f"TOP {which} {howmuch}")

    def uidl(self, which=None):
        """UIDL: unique ids, of one message or of all."""
        if which is not None:
            return self._shortcmd(f"UIDL {which}")
        return self._longcmd("UIDL")

    def utf8(self):
        """UTF8: asks the server to accept UTF-8 (RFC 6856)."""
        return self._shortcmd("UTF8")

    def capa(self):
        """CAPA: {capability: [arguments]}."""
        try:
            _, lines, _ = self._longcmd("CAPA")
        except error_proto as exc:
            raise error_proto("-ERR CAPA not supported by server") from exc
        caps = {}
        for line in lines:
            name, *args = line.decode("ascii").split()
            caps[name] = args
        return caps

    def stls(self, context=None):
        """STLS: switches to TLS (needs the ssl module)."""
        raise error_proto("-ERR TLS support missing")
