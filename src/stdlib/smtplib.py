"""An SMTP (RFC 5321) and ESMTP client: connect to a mail server, greet it, log in, and send
messages; LMTP (RFC 2033) is the same conversation over a local socket."""

import base64
import copy
import datetime
import email.generator
import email.message
import email.utils
import hmac
import io
import re
import socket
import sys

__all__ = [
    "SMTPException", "SMTPNotSupportedError", "SMTPServerDisconnected", "SMTPResponseException",
    "SMTPSenderRefused", "SMTPRecipientsRefused", "SMTPDataError", "SMTPConnectError",
    "SMTPHeloError", "SMTPAuthenticationError", "quoteaddr", "quotedata", "SMTP", "LMTP",
]

SMTP_PORT = 25
SMTP_SSL_PORT = 465
LMTP_PORT = 2003
CRLF = "\r\n"
bCRLF = b"\r\n"
# The longest reply line accepted (RFC 5321 allows 512; servers send longer ones).
_MAXLINE = 8192
# How many continuation lines one reply may have before the client gives up.
_MAXCHALLENGE = 5

OLDSTYLE_AUTH = re.compile(r"auth=(.*)", re.I)


class SMTPException(OSError):
    """Base class of the errors this module raises."""


class SMTPNotSupportedError(SMTPException):
    """The server does not offer the command or option asked for."""


class SMTPServerDisconnected(SMTPException):
    """The server closed the connection, or the client was never connected."""


class SMTPResponseException(SMTPException):
    """An error reply from the server: smtp_code and smtp_error keep its number and text."""

    def __init__(self, code, msg):
        self.smtp_code = code
        self.smtp_error = msg
        self.args = (code, msg)


class SMTPSenderRefused(SMTPResponseException):
    """The server refused the sender address."""

    def __init__(self, code, msg, sender):
        self.smtp_code = code
        self.smtp_error = msg
        self.sender = sender
        self.args = (code, msg, sender)


class SMTPRecipientsRefused(SMTPException):
    """Every recipient was refused; `recipients` maps each to its (code, message)."""

    def __init__(self, recipients):
        self.recipients = recipients
        self.args = (recipients,)


class SMTPDataError(SMTPResponseException):
    """The server refused the message data."""


class SMTPConnectError(SMTPResponseException):
    """The server's greeting was an error."""


class SMTPHeloError(SMTPResponseException):
    """The server refused HELO/EHLO."""


class SMTPAuthenticationError(SMTPResponseException):
    """Login failed (the last mechanism's reply)."""


def quoteaddr(addrstring):
    """`addrstring` as an SMTP path: <user@host>."""
    display, addr = email.utils.parseaddr(addrstring)
    if (display, addr) == ("", ""):
        # Not an address parseaddr understands: quote it as it is.
        return addrstring if addrstring.strip().startswith("<") else f"<{addrstring}>"
    return f"<{addr}>"


def _addr_only(addrstring):
    display, addr = email.utils.parseaddr(addrstring)
    return addrstring if (display, addr) == ("", "") else addr


def quotedata(data):
    """Message text with every line ending made CRLF and leading dots doubled."""
    return re.sub(r"(?m)^\.", "..", re.sub(r"(?:\r\n|\n|\r(?!\n))", CRLF, data))


def _quote_periods(bindata):
    return re.sub(rb"(?m)^\.", b"..", bindata)


def _fix_eols(data):
    return re.sub(r"(?:\r\n|\n|\r(?!\n))", CRLF, data)


try:
    import ssl
except ImportError:
    _have_ssl = False
else:
    _have_ssl = True


class SMTP:
    """A connection to an SMTP server. SMTP(host, port) connects at once; every command method
    returns the server's (code, message) reply or raises the matching SMTPException."""

    debuglevel = 0
    sock = None
    file = None
    helo_resp = None
    ehlo_msg = "ehlo"
    ehlo_resp = None
    does_esmtp = False
    default_port = SMTP_PORT

    def __init__(self, host="", port=0, local_hostname=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None):
        self._host = host
        self.timeout = timeout
        self.esmtp_features = {}
        self.command_encoding = "ascii"
        self.source_address = source_address
        self._auth_challenge_count = 0
        if host:
            code, msg = self.connect(host, port)
            if code != 220:
                self.close()
                raise SMTPConnectError(code, msg)
        if local_hostname is not None:
            self.local_hostname = local_hostname
        else:
            # The fully qualified name if there is one, else the address in brackets.
            fqdn = socket.getfqdn()
            if "." in fqdn:
                self.local_hostname = fqdn
            else:
                try:
                    self.local_hostname = "[%s]" % socket.gethostbyname(socket.gethostname())
                except socket.gaierror:
                    self.local_hostname = "[127.0.0.1]"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        try:
            code, message = self.docmd("QUIT")
            if code != 221:
                raise SMTPResponseException(code, message)
        except SMTPServerDisconnected:
            pass
        finally:
            self.close()

    def set_debuglevel(self, debuglevel):
        """1 prints the conversation to stderr, 2 adds timestamps."""
        self.debuglevel = debuglevel

    def _print_debug(self, *args):
        if self.debuglevel > 1:
            print(datetime.datetime.now().time(), *args, file=sys.stderr)
        else:
            print(*args, file=sys.stderr)

    def _get_socket(self, host, port, timeout):
        if timeout is not None and not timeout:
            raise ValueError("Non-blocking socket (timeout=0) is not supported")
        if self.debuglevel > 0:
            self._print_debug("connect: to", (host, port), self.source_address)
        return socket.create_connection((host, port), timeout, self.source_address)

    def connect(self, host="localhost", port=0, source_address=None):
        """Connects to host:port ("host:port" in `host` works too); the greeting's reply."""
        if source_address:
            self.source_address = source_address
        if not port and host.find(":") == host.rfind(":"):
            name, sep, number = host.rpartition(":")
            if sep:
                try:
                    port = int(number)
                except ValueError:
                    raise OSError("nonnumeric port")
                host = name
        if not port:
            port = self.default_port
        sys.audit("smtplib.connect", self, host, port)
        self.sock = self._get_socket(host, port, self.timeout)
        self.file = None
        code, msg = self.getreply()
        if self.debuglevel > 0:
            self._print_debug("connect:", repr(msg))
        return code, msg

    def send(self, s):
        """Sends `s` (str or bytes) as it is."""
        if self.debuglevel > 0:
            self._print_debug("send:", repr(s))
        if not self.sock:
            raise SMTPServerDisconnected("please run connect() first")
        if isinstance(s, str):
            s = s.encode(self.command_encoding)
        sys.audit("smtplib.send", self, s)
        try:
            self.sock.sendall(s)
        except OSError:
            self.close()
            raise SMTPServerDisconnected("Server not connected")

    def putcmd(self, cmd, args=""):
        """Sends one command line."""
        line = f"{cmd} {args}" if args else cmd
        if "\r" in line or "\n" in line:
            line = line.replace("\n", "\\n").replace("\r", "\\r")
            raise ValueError(f"command and arguments contain prohibited newline characters: {line}")
        self.send(line + CRLF)

    def getreply(self):
        """(code, message) of the next reply, its lines joined with "\\n"; -1 for a code that is
        not a number."""
        lines = []
        if self.file is None:
            self.file = self.sock.makefile("rb")
        while True:
            try:
                line = self.file.readline(_MAXLINE + 1)
            except OSError as e:
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed: " + str(e))
            if not line:
                self.close()
                raise SMTPServerDisconnected("Connection unexpectedly closed")
            if self.debuglevel > 0:
                self._print_debug("reply:", repr(line))
            if len(line) > _MAXLINE:
                self.close()
                raise SMTPResponseException(500, "Line too long.")
            lines.append(line[4:].strip(b" \t\r\n"))
            code_text = line[:3]
            try:
                code = int(code_text)
            except ValueError:
                code = -1
                break
            # "250-..." continues the reply; "250 ..." ends it.
            if line[3:4] != b"-":
                break
        message = b"\n".join(lines)
        if self.debuglevel > 0:
            self._print_debug(f"reply: retcode ({code}); Msg: {message}")
        return code, message

    def docmd(self, cmd, args=""):
        """Sends a command and returns its reply."""
        self.putcmd(cmd, args)
        return self.getreply()

    def helo(self, name=""):
        """HELO: the plain SMTP greeting."""
        self.putcmd("helo", name or self.local_hostname)
        code, msg = self.getreply()
        self.helo_resp = msg
        return code, msg

    def ehlo(self, name=""):
        """EHLO: the ESMTP greeting; the server's extensions land in esmtp_features."""
        self.esmtp_features = {}
        self.putcmd(self.ehlo_msg, name or self.local_hostname)
        code, msg = self.getreply()
        if code == -1 and len(msg) == 0:
            self.close()
            raise SMTPServerDisconnected("Server not connected")
        self.ehlo_resp = msg
        if code != 250:
            return code, msg
        self.does_esmtp = True
        lines = self.ehlo_resp.decode("latin-1").split("\n")
        for line in lines[1:]:
            old_auth = OLDSTYLE_AUTH.match(line)
            if old_auth:
                self.esmtp_features["auth"] = self.esmtp_features.get("auth", "") + " " + old_auth.group(1)
                continue
            found = re.match(r"(?P<feature>[A-Za-z0-9][A-Za-z0-9\-]*) ?", line)
            if found:
                feature = found.group("feature").lower()
                params = found.string[found.end("feature"):].strip()
                if feature == "auth":
                    self.esmtp_features[feature] = self.esmtp_features.get(feature, "") + " " + params
                else:
                    self.esmtp_features[feature] = params
        return code, msg

    def has_extn(self, opt):
        """Whether the server announced extension `opt`."""
        return opt.lower() in self.esmtp_features

    def help(self, args=""):
        """HELP: the server's help text."""
        self.putcmd("help", args)
        return self.getreply()[1]

    def rset(self):
        """RSET: abandons the mail transaction."""
        self.command_encoding = "ascii"
        return self.docmd("rset")

    def _rset(self):
        # RSET when the connection may be gone already.
        try:
            self.rset()
        except SMTPServerDisconnected:
            pass

    def noop(self):
        return self.docmd("noop")

    def mail(self, sender, options=()):
        """MAIL FROM:<sender> with ESMTP options."""
        extra = ""
        if options and self.does_esmtp:
            if any(o.lower() == "smtputf8" for o in options):
                if self.has_extn("smtputf8"):
                    self.command_encoding = "utf-8"
                else:
                    raise SMTPNotSupportedError("SMTPUTF8 not supported by server")
            extra = " " + " ".join(options)
        self.putcmd("mail", f"FROM:{quoteaddr(sender)}{extra}")
        return self.getreply()

    def rcpt(self, recip, options=()):
        """RCPT TO:<recip> with ESMTP options."""
        extra = " " + " ".join(options) if options and self.does_esmtp else ""
        self.putcmd("rcpt", f"TO:{quoteaddr(recip)}{extra}")
        return self.getreply()

    def data(self, msg):
        """DATA: sends the message (dots quoted, ended by a lone "."); the final reply."""
        self.putcmd("data")
        code, repl = self.getreply()
        if self.debuglevel > 0:
            self._print_debug("data:", (code, repl))
        if code != 354:
            raise SMTPDataError(code, repl)
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode("ascii")
        body = _quote_periods(msg)
        if body[-2:] != bCRLF:
            body += bCRLF
        self.send(body + b"." + bCRLF)
        code, msg = self.getreply()
        if self.debuglevel > 0:
            self._print_debug("data:", (code, msg))
        return code, msg

    def verify(self, address):
        """VRFY: asks whether an address is valid."""
        self.putcmd("vrfy", _addr_only(address))
        return self.getreply()

    vrfy = verify

    def expn(self, address):
        """EXPN: expands a mailing list."""
        self.putcmd("expn", _addr_only(address))
        return self.getreply()

    def ehlo_or_helo_if_needed(self):
        """Greets the server unless that was done: EHLO, then HELO if EHLO is refused."""
        if self.helo_resp is None and self.ehlo_resp is None:
            if not 200 <= self.ehlo()[0] <= 299:
                code, resp = self.helo()
                if not 200 <= code <= 299:
                    raise SMTPHeloError(code, resp)

    def auth(self, mechanism, authobject, *, initial_response_ok=True):
        """AUTH with `mechanism`; authobject(challenge) answers each challenge (None first, for
        the initial response)."""
        name = mechanism.upper()
        first = authobject() if initial_response_ok else None
        if first is not None:
            encoded = base64.b64encode(first.encode("ascii")).decode("ascii")
            code, resp = self.docmd("AUTH", f"{name} {encoded}")
            self._auth_challenge_count = 1
        else:
            code, resp = self.docmd("AUTH", name)
            self._auth_challenge_count = 0
        while code == 334:
            self._auth_challenge_count += 1
            challenge = base64.decodebytes(resp)
            answer = base64.b64encode(authobject(challenge).encode("ascii")).decode("ascii")
            code, resp = self.docmd(answer)
            if self._auth_challenge_count > _MAXCHALLENGE:
                raise SMTPException(f"Server AUTH mechanism infinite loop. Last response: {(code, resp)!r}")
        if code in (235, 503):
            return code, resp
        raise SMTPAuthenticationError(code, resp)

    def auth_cram_md5(self, challenge=None):
        """CRAM-MD5: the user and the HMAC-MD5 of the challenge keyed by the password."""
        if challenge is None:
            return None
        return self.user + " " + hmac.HMAC(self.password.encode("ascii"), challenge, "md5").hexdigest()

    def auth_plain(self, challenge=None):
        """PLAIN: "\\0user\\0password"."""
        return f"\0{self.user}\0{self.password}"

    def auth_login(self, challenge=None):
        """LOGIN: the user first, then the password."""
        if challenge is None or self._auth_challenge_count < 2:
            return self.user
        return self.password

    def login(self, user, password, *, initial_response_ok=True):
        """Logs in with the first mechanism both sides support (CRAM-MD5, PLAIN, LOGIN)."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("auth"):
            raise SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
        offered = self.esmtp_features["auth"].split()
        ours = ["CRAM-MD5", "PLAIN", "LOGIN"]
        usable = [m for m in ours if m in offered]
        if not usable:
            raise SMTPException("No suitable authentication method found.")
        self.user, self.password = user, password
        last = None
        for mechanism in usable:
            method = getattr(self, "auth_" + mechanism.lower().replace("-", "_"))
            try:
                code, resp = self.auth(mechanism, method, initial_response_ok=initial_response_ok)
                if code in (235, 503):
                    return code, resp
            except SMTPAuthenticationError as e:
                last = e
        raise last

    def starttls(self, keyfile=None, certfile=None, context=None):
        """STARTTLS: switches the connection to TLS (needs the ssl module)."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("starttls"):
            raise SMTPNotSupportedError("STARTTLS extension not supported by server.")
        code, reply = self.docmd("STARTTLS")
        if code == 220:
            if not _have_ssl:
                raise RuntimeError("No SSL support included in this Python")
            if context is None:
                context = ssl._create_stdlib_context(certfile=certfile, keyfile=keyfile)
            self.sock = context.wrap_socket(self.sock, server_hostname=self._host)
            self.file = None
            self.helo_resp = self.ehlo_resp = None
            self.esmtp_features = {}
            self.does_esmtp = False
        else:
            raise SMTPResponseException(code, reply)
        return code, reply

    def sendmail(self, from_addr, to_addrs, msg, mail_options=(), rcpt_options=()):
        """Sends `msg` from `from_addr` to each of `to_addrs`; returns the refused recipients
        ({address: (code, message)}), raising when all are refused or the sender is."""
        self.ehlo_or_helo_if_needed()
        options = []
        if isinstance(msg, str):
            msg = _fix_eols(msg).encode("ascii")
        if self.does_esmtp:
            if self.has_extn("size"):
                options.append(f"size={len(msg)}")
            options.extend(mail_options)
        code, resp = self.mail(from_addr, options)
        if code != 250:
            if code == 421:
                self.close()
            else:
                self._rset()
            raise SMTPSenderRefused(code, resp, from_addr)
        refused = {}
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        for each in to_addrs:
            code, resp = self.rcpt(each, rcpt_options)
            if code not in (250, 251):
                refused[each] = (code, resp)
            if code == 421:
                self.close()
                raise SMTPRecipientsRefused(refused)
        if len(refused) == len(to_addrs):
            self._rset()
            raise SMTPRecipientsRefused(refused)
        code, resp = self.data(msg)
        if code != 250:
            if code == 421:
                self.close()
            else:
                self._rset()
            raise SMTPDataError(code, resp)
        return refused

    def send_message(self, msg, from_addr=None, to_addrs=None, mail_options=(), rcpt_options=()):
        """Sends an email.message.Message: sender and recipients from its headers unless given
        (Resent-* headers win when present); Bcc headers are not transmitted."""
        self.ehlo_or_helo_if_needed()
        resent = msg.get_all("Resent-Date")
        if resent is None:
            prefix = ""
        elif len(resent) == 1:
            prefix = "Resent-"
        else:
            raise ValueError("message has more than one 'Resent-' header block")
        if from_addr is None:
            from_addr = msg[prefix + "Sender"] if prefix + "Sender" in msg else msg[prefix + "From"]
            from_addr = email.utils.getaddresses([from_addr])[0][1]
        if to_addrs is None:
            fields = [f for f in (msg[prefix + "To"], msg[prefix + "Bcc"], msg[prefix + "Cc"]) if f is not None]
            to_addrs = [a[1] for a in email.utils.getaddresses(fields)]
        copied = copy.copy(msg)
        del copied["Bcc"]
        del copied["Resent-Bcc"]
        international = False
        try:
            "".join([from_addr, *to_addrs]).encode("ascii")
        except UnicodeEncodeError:
            if not self.has_extn("smtputf8"):
                raise SMTPNotSupportedError("One or more source or delivery addresses require internationalized email support, but the server does not advertise the required SMTPUTF8 capability")
            international = True
        with io.BytesIO() as out:
            if international:
                policy = copied.policy.clone(utf8=True)
                mail_options = (*mail_options, "SMTPUTF8", "BODY=8BITMIME")
            else:
                policy = None
            email.generator.BytesGenerator(out, policy=policy).flatten(copied, linesep="\r\n")
            flat = out.getvalue()
        return self.sendmail(from_addr, to_addrs, flat, mail_options, rcpt_options)

    def close(self):
        """Closes the connection (no QUIT)."""
        try:
            f = self.file
            self.file = None
            if f:
                f.close()
        finally:
            s = self.sock
            self.sock = None
            if s:
                s.close()

    def quit(self):
        """QUIT, then close."""
        reply = self.docmd("quit")
        self.ehlo_resp = self.helo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False
        self.close()
        return reply


if _have_ssl:
    class SMTP_SSL(SMTP):
        """SMTP over a TLS connection from the start (port 465)."""

        default_port = SMTP_SSL_PORT

        def __init__(self, host="", port=0, local_hostname=None, keyfile=None, certfile=None,
                     timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, context=None):
            if context is None:
                context = ssl._create_stdlib_context(certfile=certfile, keyfile=keyfile)
            self.keyfile, self.certfile, self.context = keyfile, certfile, context
            SMTP.__init__(self, host, port, local_hostname, timeout, source_address)

        def _get_socket(self, host, port, timeout):
            plain = super()._get_socket(host, port, timeout)
            return self.context.wrap_socket(plain, server_hostname=self._host)

    __all__.append("SMTP_SSL")


class LMTP(SMTP):
    """LMTP: SMTP's conversation with LHLO, over TCP or (host starting with "/") a Unix socket."""

    ehlo_msg = "lhlo"

    def __init__(self, host="", port=LMTP_PORT, local_hostname=None, source_address=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        super().__init__(host, port, local_hostname=local_hostname, source_address=source_address, timeout=timeout)

    def connect(self, host="localhost", port=0, source_address=None):
        if host[0] != "/":
            return super().connect(host, port, source_address=source_address)
        if self.timeout is not None and not self.timeout:
            raise ValueError("Non-blocking socket (timeout=0) is not supported")
        try:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            if self.timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                self.sock.settimeout(self.timeout)
            self.file = None
            self.sock.connect(host)
        except OSError:
            if self.debuglevel > 0:
                self._print_debug("connect fail:", host)
            if self.sock:
                self.sock.close()
            self.sock = None
            raise
        code, msg = self.getreply()
        if self.debuglevel > 0:
            self._print_debug("connect:", msg)
        return code, msg
