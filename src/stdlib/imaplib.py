"""imaplib: an IMAP4rev1 (RFC 3501) client.

Each command is sent with a fresh tag; replies are read until the tagged completion arrives.
Untagged replies ("* 3 EXISTS", "* FLAGS (...)", "* OK [UIDVALIDITY 1] ...") are kept by type
in `untagged_responses` and handed to the command that asked for them (a literal {n} is read as
a (line, bytes) pair). Every command returns (type, data): type is 'OK' or 'NO' (a BAD reply
raises IMAP4.error), data a list of bytes. IMAP4_SSL needs the ssl module, which this
interpreter does not have; IMAP4_stream talks to a command's stdin/stdout."""

import binascii
import calendar
import errno
import random
import re
import socket
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from io import DEFAULT_BUFFER_SIZE

__version__ = "2.58"
__all__ = ["IMAP4", "IMAP4_stream", "Internaldate2tuple", "Int2AP", "ParseFlags", "Time2Internaldate"]

CRLF = b"\r\n"
Debug = 0
IMAP4_PORT = 143
IMAP4_SSL_PORT = 993
AllowedVersions = ("IMAP4REV1", "IMAP4")
# The longest line accepted from a server.
_MAXLINE = 1000000

_ANY = ("NONAUTH", "AUTH", "SELECTED", "LOGOUT")
_OPEN = ("AUTH", "SELECTED")
_SEL = ("SELECTED",)

# The states each command may be sent in.
Commands = {
    "APPEND": _OPEN, "AUTHENTICATE": ("NONAUTH",), "CAPABILITY": _ANY, "CHECK": _SEL,
    "CLOSE": _SEL, "COPY": _SEL, "CREATE": _OPEN, "DELETE": _OPEN, "DELETEACL": _OPEN,
    "ENABLE": ("AUTH",), "EXAMINE": _OPEN, "EXPUNGE": _SEL, "FETCH": _SEL, "GETACL": _OPEN,
    "GETANNOTATION": _OPEN, "GETQUOTA": _OPEN, "GETQUOTAROOT": _OPEN, "MYRIGHTS": _OPEN,
    "LIST": _OPEN, "LOGIN": ("NONAUTH",), "LOGOUT": _ANY, "LSUB": _OPEN, "MOVE": _SEL,
    "NAMESPACE": _OPEN, "NOOP": _ANY, "PARTIAL": _SEL, "PROXYAUTH": ("AUTH",), "RENAME": _OPEN,
    "SEARCH": _SEL, "SELECT": _OPEN, "SETACL": _OPEN, "SETANNOTATION": _OPEN, "SETQUOTA": _OPEN,
    "SORT": _SEL, "STARTTLS": ("NONAUTH",), "STATUS": _OPEN, "STORE": _SEL, "SUBSCRIBE": _OPEN,
    "THREAD": _SEL, "UID": _SEL, "UNSUBSCRIBE": _OPEN, "UNSELECT": _SEL,
}

Continuation = re.compile(rb"\+( (?P<data>.*))?")
Flags = re.compile(rb".*FLAGS \((?P<flags>[^\)]*)\)")
InternalDate = re.compile(
    rb'.*INTERNALDATE "(?P<day>[ 0123][0-9])-(?P<mon>[A-Z][a-z][a-z])-(?P<year>[0-9][0-9][0-9][0-9])'
    rb" (?P<hour>[0-9][0-9]):(?P<min>[0-9][0-9]):(?P<sec>[0-9][0-9])"
    rb' (?P<zonen>[-+])(?P<zoneh>[0-9][0-9])(?P<zonem>[0-9][0-9])"')
Literal = re.compile(rb".*{(?P<size>\d+)}$", re.ASCII)
MapCRLF = re.compile(rb"\r\n|\r|\n")
Response_code = re.compile(rb"\[(?P<type>[A-Z-]+)( (?P<data>.*))?\]")
Untagged_response = re.compile(rb"\* (?P<type>[A-Z-]+)( (?P<data>.*))?")
Untagged_status = re.compile(rb"\* (?P<data>\d+) (?P<type>[A-Z-]+)( (?P<data2>.*))?", re.ASCII)
_Literal = rb".*{(?P<size>\d+)}$"
_Untagged_status = rb"\* (?P<data>\d+) (?P<type>[A-Z-]+)( (?P<data2>.*))?"


class IMAP4:
    """A connection to an IMAP4 server (port 143), opened by the constructor."""

    class error(Exception):
        """A command failed (BAD reply, wrong state, ...)."""

    class abort(error):
        """The connection is broken: close it and start again."""

    class readonly(abort):
        """The mailbox became read-only."""

    def __init__(self, host="", port=IMAP4_PORT, timeout=None):
        self.debug = Debug
        self.state = "LOGOUT"
        self.literal = None
        self.tagged_commands = {}
        self.untagged_responses = {}
        self.continuation_response = ""
        self.is_readonly = False
        self.tagnum = 0
        self._tls_established = False
        self._mode_ascii()
        self.open(host, port, timeout)
        try:
            self._connect()
        except Exception:
            try:
                self.shutdown()
            except OSError:
                pass
            raise

    def _mode_ascii(self):
        self.utf8_enabled = False
        self._encoding = "ascii"
        self.Literal = re.compile(_Literal, re.ASCII)
        self.Untagged_status = re.compile(_Untagged_status, re.ASCII)

    def _mode_utf8(self):
        self.utf8_enabled = True
        self._encoding = "utf-8"
        self.Literal = re.compile(_Literal)
        self.Untagged_status = re.compile(_Untagged_status)

    def _connect(self):
        # A tag prefix of letters unique to this session; replies to our commands carry it.
        self.tagpre = Int2AP(random.randint(4096, 65535))
        self.tagre = re.compile(rb"(?P<tag>" + self.tagpre + rb"\d+) (?P<type>[A-Z]+) (?P<data>.*)", re.ASCII)
        self._cmd_log_len = 10
        self._cmd_log_idx = 0
        self._cmd_log = {}
        if self.debug >= 1:
            self._mesg("imaplib version %s" % __version__)
            self._mesg("new IMAP4 connection, tag=%s" % self.tagpre)
        self.welcome = self._get_response()
        if "PREAUTH" in self.untagged_responses:
            self.state = "AUTH"
        elif "OK" in self.untagged_responses:
            self.state = "NONAUTH"
        else:
            raise self.error(self.welcome)
        self._get_capabilities()
        if self.debug >= 3:
            self._mesg("CAPABILITIES: %r" % (self.capabilities,))
        for version in AllowedVersions:
            if version in self.capabilities:
                self.PROTOCOL_VERSION = version
                return
        raise self.error("server not IMAP4 compliant")

    def __getattr__(self, attr):
        # The commands are also reachable in capitals (imap.SELECT(...)).
        if attr in Commands:
            return getattr(self, attr.lower())
        raise AttributeError("Unknown IMAP4 command: '%s'" % attr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if self.state == "LOGOUT":
            return
        try:
            self.logout()
        except OSError:
            pass

    # ---- the connection (overridden by IMAP4_stream) ----
    def _create_socket(self, timeout):
        host = self.host or None
        sys.audit("imaplib.open", self, self.host, self.port)
        if timeout is not None:
            return socket.create_connection((host, self.port), timeout)
        return socket.create_connection((host, self.port))

    def open(self, host="", port=IMAP4_PORT, timeout=None):
        self.host = host
        self.port = port
        self.sock = self._create_socket(timeout)
        self.file = self.sock.makefile("rb")

    def read(self, size):
        return self.file.read(size)

    def readline(self):
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise self.error("got more than %d bytes" % _MAXLINE)
        return line

    def send(self, data):
        sys.audit("imaplib.send", self, data)
        self.sock.sendall(data)

    def shutdown(self):
        self.file.close()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError as exc:
            # The peer may have closed first.
            if exc.errno != errno.ENOTCONN and getattr(exc, "winerror", 0) != 10022:
                raise
        finally:
            self.sock.close()

    def socket(self):
        return self.sock

    # ---- responses kept from earlier commands ----
    def recent(self):
        """(typ, [RECENT count]) from the last replies, asking with NOOP if none came."""
        typ, dat = self._untagged_response("OK", [None], "RECENT")
        if dat[-1]:
            return typ, dat
        typ, dat = self.noop()
        return self._untagged_response(typ, dat, "RECENT")

    def response(self, code):
        """(code, [data]) of the untagged replies of that type (consumed)."""
        return self._untagged_response(code, [None], code.upper())

    # ---- commands ----
    def append(self, mailbox, flags, date_time, message):
        """Add a message (bytes) to a mailbox."""
        if not mailbox:
            mailbox = "INBOX"
        if flags:
            if (flags[0], flags[-1]) != ("(", ")"):
                flags = "(%s)" % flags
        else:
            flags = None
        date_time = Time2Internaldate(date_time) if date_time else None
        body = MapCRLF.sub(CRLF, message)
        if self.utf8_enabled:
            body = b"UTF8 (" + body + b")"
        self.literal = body
        return self._simple_command("APPEND", mailbox, flags, date_time)

    def authenticate(self, mechanism, authobject):
        """SASL authentication: authobject(challenge bytes) answers each challenge."""
        self.literal = _Authenticator(authobject).process
        typ, dat = self._simple_command("AUTHENTICATE", mechanism.upper())
        if typ != "OK":
            raise self.error(dat[-1].decode("utf-8", "replace"))
        self.state = "AUTH"
        return typ, dat

    def capability(self):
        typ, dat = self._simple_command("CAPABILITY")
        return self._untagged_response(typ, dat, "CAPABILITY")

    def check(self):
        return self._simple_command("CHECK")

    def close(self):
        """Close the selected mailbox (deleted messages are expunged)."""
        try:
            typ, dat = self._simple_command("CLOSE")
        finally:
            self.state = "AUTH"
        return typ, dat

    def copy(self, message_set, new_mailbox):
        return self._simple_command("COPY", message_set, new_mailbox)

    def create(self, mailbox):
        return self._simple_command("CREATE", mailbox)

    def delete(self, mailbox):
        return self._simple_command("DELETE", mailbox)

    def deleteacl(self, mailbox, who):
        return self._simple_command("DELETEACL", mailbox, who)

    def enable(self, capability):
        """ENABLE an extension (RFC 5161); UTF8=ACCEPT switches to UTF-8."""
        if "ENABLE" not in self.capabilities:
            raise IMAP4.error("Server does not support ENABLE")
        typ, data = self._simple_command("ENABLE", capability)
        if typ == "OK" and "UTF8=ACCEPT" in capability.upper():
            self._mode_utf8()
        return typ, data

    def expunge(self):
        typ, dat = self._simple_command("EXPUNGE")
        return self._untagged_response(typ, dat, "EXPUNGE")

    def fetch(self, message_set, message_parts):
        """(typ, [data, ...]): a literal part comes as a (header line, bytes) tuple."""
        typ, dat = self._simple_command("FETCH", message_set, message_parts)
        return self._untagged_response(typ, dat, "FETCH")

    def getacl(self, mailbox):
        typ, dat = self._simple_command("GETACL", mailbox)
        return self._untagged_response(typ, dat, "ACL")

    def getannotation(self, mailbox, entry, attribute):
        typ, dat = self._simple_command("GETANNOTATION", mailbox, entry, attribute)
        return self._untagged_response(typ, dat, "ANNOTATION")

    def getquota(self, root):
        typ, dat = self._simple_command("GETQUOTA", root)
        return self._untagged_response(typ, dat, "QUOTA")

    def getquotaroot(self, mailbox):
        typ, dat = self._simple_command("GETQUOTAROOT", mailbox)
        typ, quota = self._untagged_response(typ, dat, "QUOTA")
        typ, quotaroot = self._untagged_response(typ, dat, "QUOTAROOT")
        return typ, [quotaroot, quota]

    def list(self, directory='""', pattern="*"):
        typ, dat = self._simple_command("LIST", directory, pattern)
        return self._untagged_response(typ, dat, "LIST")

    def login(self, user, password):
        """Plain-text LOGIN (the password is quoted)."""
        typ, dat = self._simple_command("LOGIN", user, self._quote(password))
        if typ != "OK":
            raise self.error(dat[-1])
        self.state = "AUTH"
        return typ, dat

    def login_cram_md5(self, user, password):
        self.user, self.password = user, password
        return self.authenticate("CRAM-MD5", self._CRAM_MD5_AUTH)

    def _CRAM_MD5_AUTH(self, challenge):
        import hmac
        key = self.password.encode("utf-8") if isinstance(self.password, str) else self.password
        return self.user + " " + hmac.HMAC(key, challenge, "md5").hexdigest()

    def logout(self):
        """LOGOUT and close the connection; returns the server's BYE."""
        self.state = "LOGOUT"
        typ, dat = self._simple_command("LOGOUT")
        self.shutdown()
        return typ, dat

    def lsub(self, directory='""', pattern="*"):
        typ, dat = self._simple_command("LSUB", directory, pattern)
        return self._untagged_response(typ, dat, "LSUB")

    def myrights(self, mailbox):
        typ, dat = self._simple_command("MYRIGHTS", mailbox)
        return self._untagged_response(typ, dat, "MYRIGHTS")

    def namespace(self):
        typ, dat = self._simple_command("NAMESPACE")
        return self._untagged_response(typ, dat, "NAMESPACE")

    def noop(self):
        if self.debug >= 3:
            self._dump_ur(self.untagged_responses)
        return self._simple_command("NOOP")

    def partial(self, message_num, message_part, start, length):
        typ, dat = self._simple_command("PARTIAL", message_num, message_part, start, length)
        return self._untagged_response(typ, dat, "FETCH")

    def proxyauth(self, user):
        return self._simple_command("PROXYAUTH", user)

    def rename(self, oldmailbox, newmailbox):
        return self._simple_command("RENAME", oldmailbox, newmailbox)

    def search(self, charset, *criteria):
        """(typ, [b'1 2 3']): the matching message numbers."""
        if charset:
            if self.utf8_enabled:
                raise IMAP4.error("Non-None charset not valid in UTF8 mode")
            typ, dat = self._simple_command("SEARCH", "CHARSET", charset, *criteria)
        else:
            typ, dat = self._simple_command("SEARCH", *criteria)
        return self._untagged_response(typ, dat, "SEARCH")

    def select(self, mailbox="INBOX", readonly=False):
        """SELECT (or EXAMINE when readonly) a mailbox; data is its EXISTS count."""
        self.untagged_responses = {}
        self.is_readonly = readonly
        typ, dat = self._simple_command("EXAMINE" if readonly else "SELECT", mailbox)
        if typ != "OK":
            self.state = "AUTH"
            return typ, dat
        self.state = "SELECTED"
        if "READ-ONLY" in self.untagged_responses and not readonly:
            if self.debug >= 1:
                self._dump_ur(self.untagged_responses)
            raise self.readonly("%s is not writable" % mailbox)
        return typ, self.untagged_responses.get("EXISTS", [None])

    def setacl(self, mailbox, who, what):
        return self._simple_command("SETACL", mailbox, who, what)

    def setannotation(self, *args):
        typ, dat = self._simple_command("SETANNOTATION", *args)
        return self._untagged_response(typ, dat, "ANNOTATION")

    def setquota(self, root, limits):
        typ, dat = self._simple_command("SETQUOTA", root, limits)
        return self._untagged_response(typ, dat, "QUOTA")

    def sort(self, sort_criteria, charset, *search_criteria):
        if (sort_criteria[0], sort_criteria[-1]) != ("(", ")"):
            sort_criteria = "(%s)" % sort_criteria
        typ, dat = self._simple_command("SORT", sort_criteria, charset, *search_criteria)
        return self._untagged_response(typ, dat, "SORT")

    def starttls(self, ssl_context=None):
        raise self.error("SSL support missing")

    def status(self, mailbox, names):
        typ, dat = self._simple_command("STATUS", mailbox, names)
        return self._untagged_response(typ, dat, "STATUS")

    def store(self, message_set, command, flags):
        if (flags[0], flags[-1]) != ("(", ")"):
            flags = "(%s)" % flags
        typ, dat = self._simple_command("STORE", message_set, command, flags)
        return self._untagged_response(typ, dat, "FETCH")

    def subscribe(self, mailbox):
        return self._simple_command("SUBSCRIBE", mailbox)

    def thread(self, threading_algorithm, charset, *search_criteria):
        typ, dat = self._simple_command("THREAD", threading_algorithm, charset, *search_criteria)
        return self._untagged_response(typ, dat, "THREAD")

    def uid(self, command, *args):
        """A command (FETCH, SEARCH, STORE, COPY, ...) on UIDs instead of message numbers."""
        command = command.upper()
        if command not in Commands:
            raise self.error("Unknown IMAP4 UID command: %s" % command)
        self._check_state(command)
        typ, dat = self._simple_command("UID", command, *args)
        wanted = command if command in ("SEARCH", "SORT", "THREAD") else "FETCH"
        return self._untagged_response(typ, dat, wanted)

    def unsubscribe(self, mailbox):
        return self._simple_command("UNSUBSCRIBE", mailbox)

    def unselect(self):
        """Leave the selected mailbox without expunging (RFC 3691)."""
        try:
            typ, data = self._simple_command("UNSELECT")
        finally:
            self.state = "AUTH"
        return typ, data

    def xatom(self, name, *args):
        """An extension command the server announced; allowed in the current state."""
        name = name.upper()
        if name not in Commands:
            Commands[name] = (self.state,)
        return self._simple_command(name, *args)

    # ---- the protocol ----
    def _append_untagged(self, typ, dat):
        if dat is None:
            dat = b""
        kept = self.untagged_responses
        if self.debug >= 5:
            self._mesg('untagged_responses[%s] %s += ["%r"]' % (typ, len(kept.get(typ, "")), dat))
        kept.setdefault(typ, []).append(dat)

    def _check_bye(self):
        bye = self.untagged_responses.get("BYE")
        if bye:
            raise self.abort(bye[-1].decode(self._encoding, "replace"))

    def _check_state(self, name):
        allowed = Commands[name]
        if self.state not in allowed:
            raise self.error("command %s illegal in state %s, only allowed in states %s"
                             % (name, self.state, ", ".join(allowed)))

    def _command(self, name, *args):
        """Send a command (and its literal, if self.literal is set); returns its tag."""
        try:
            self._check_state(name)
        except self.error:
            self.literal = None
            raise
        for typ in ("OK", "NO", "BAD"):
            self.untagged_responses.pop(typ, None)
        if "READ-ONLY" in self.untagged_responses and not self.is_readonly:
            raise self.readonly("mailbox status changed to READ-ONLY")
        tag = self._new_tag()
        line = tag + b" " + name.encode(self._encoding)
        for arg in args:
            if arg is None:
                continue
            if isinstance(arg, str):
                arg = arg.encode(self._encoding)
            line += b" " + arg
        literal, self.literal = self.literal, None
        producer = None
        if literal is not None:
            if callable(literal) and not isinstance(literal, (bytes, bytearray)):
                producer = literal
            else:
                line += (" {%s}" % len(literal)).encode(self._encoding)
        if self.debug >= 4:
            self._mesg("> %r" % line)
        else:
            self._log("> %r" % line)
        try:
            self.send(line + CRLF)
        except OSError as exc:
            raise self.abort("socket error: %s" % exc)
        if literal is None:
            return tag
        while True:
            # Wait for the server's go-ahead ("+ ..."); a tagged NO/BAD ends the command instead.
            while self._get_response():
                if self.tagged_commands[tag]:
                    return tag
            if producer:
                literal = producer(self.continuation_response)
            if self.debug >= 4:
                self._mesg("write literal size %s" % len(literal))
            try:
                self.send(literal)
                self.send(CRLF)
            except OSError as exc:
                raise self.abort("socket error: %s" % exc)
            if not producer:
                return tag

    def _command_complete(self, name, tag):
        logging_out = name == "LOGOUT"
        if not logging_out:
            self._check_bye()
        try:
            typ, data = self._get_tagged_response(tag, expect_bye=logging_out)
        except self.abort as exc:
            raise self.abort("command: %s => %s" % (name, exc))
        except self.error as exc:
            raise self.error("command: %s => %s" % (name, exc))
        if not logging_out:
            self._check_bye()
        if typ == "BAD":
            raise self.error("%s command error: %s %s" % (name, typ, data))
        return typ, data

    def _get_capabilities(self):
        typ, dat = self.capability()
        if dat == [None]:
            raise self.error("no CAPABILITY response from server")
        self.capabilities = tuple(str(dat[-1], self._encoding).upper().split())

    def _get_response(self):
        """Read one reply; None when it is a continuation request, else the line."""
        line = self._get_line()
        if self._match(self.tagre, line):
            tag = self.mo.group("tag")
            if tag not in self.tagged_commands:
                raise self.abort("unexpected tagged response: %r" % line)
            typ = self.mo.group("type").decode(self._encoding)
            dat = self.mo.group("data")
            self.tagged_commands[tag] = (typ, [dat])
        else:
            extra = None
            if not self._match(Untagged_response, line):
                if self._match(self.Untagged_status, line):
                    extra = self.mo.group("data2")
            if self.mo is None:
                if self._match(Continuation, line):
                    self.continuation_response = self.mo.group("data")
                    return None
                raise self.abort("unexpected response: %r" % line)
            typ = self.mo.group("type").decode(self._encoding)
            dat = self.mo.group("data") or b""
            if extra:
                dat = dat + b" " + extra
            # A line ending in {n} is followed by n bytes, then the rest of the reply.
            while self._match(self.Literal, dat):
                size = int(self.mo.group("size"))
                if self.debug >= 4:
                    self._mesg("read literal size %s" % size)
                self._append_untagged(typ, (dat, self.read(size)))
                dat = self._get_line()
            self._append_untagged(typ, dat)
        if typ in ("OK", "NO", "BAD") and self._match(Response_code, dat):
            self._append_untagged(self.mo.group("type").decode(self._encoding), self.mo.group("data"))
        if self.debug >= 1 and typ in ("NO", "BAD", "BYE"):
            self._mesg("%s response: %r" % (typ, dat))
        return line

    def _get_tagged_response(self, tag, expect_bye=False):
        while True:
            result = self.tagged_commands[tag]
            if result is not None:
                del self.tagged_commands[tag]
                return result
            if expect_bye:
                bye = self.untagged_responses.pop("BYE", None)
                if bye is not None:
                    return ("BYE", bye)
            self._check_bye()
            try:
                self._get_response()
            except self.abort:
                if self.debug >= 1:
                    self.print_log()
                raise

    def _get_line(self):
        line = self.readline()
        if not line:
            raise self.abort("socket error: EOF")
        if not line.endswith(CRLF):
            raise self.abort("socket error: unterminated line: %r" % line)
        line = line[:-2]
        if self.debug >= 4:
            self._mesg("< %r" % line)
        else:
            self._log("< %r" % line)
        return line

    def _match(self, cre, s):
        self.mo = cre.match(s)
        if self.mo is not None and self.debug >= 5:
            self._mesg("\tmatched %r => %r" % (cre.pattern, self.mo.groups()))
        return self.mo is not None

    def _new_tag(self):
        tag = self.tagpre + str(self.tagnum).encode(self._encoding)
        self.tagnum += 1
        self.tagged_commands[tag] = None
        return tag

    def _quote(self, arg):
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def _simple_command(self, name, *args):
        return self._command_complete(name, self._command(name, *args))

    def _untagged_response(self, typ, dat, name):
        if typ == "NO":
            return typ, dat
        if name not in self.untagged_responses:
            return typ, [None]
        found = self.untagged_responses.pop(name)
        if self.debug >= 5:
            self._mesg("untagged_responses[%s] => %s" % (name, found))
        return typ, found

    # ---- debugging output (stderr) ----
    def _mesg(self, s, secs=None):
        if secs is None:
            secs = time.time()
        stamp = time.strftime("%M:%S", time.localtime(secs))
        sys.stderr.write("  %s.%02d %s\n" % (stamp, (secs * 100) % 100, s))
        sys.stderr.flush()

    def _dump_ur(self, untagged_resp_dict):
        if not untagged_resp_dict:
            return
        items = ("%s: %r" % (key, value) for key, value in untagged_resp_dict.items())
        self._mesg("untagged responses dump:" + "\n\t\t".join(items))

    def _log(self, line):
        # The last few lines sent and received, for print_log after a failure.
        self._cmd_log[self._cmd_log_idx] = (line, time.time())
        self._cmd_log_idx = (self._cmd_log_idx + 1) % self._cmd_log_len

    def print_log(self):
        self._mesg("last %d IMAP4 interactions:" % len(self._cmd_log))
        index, count = self._cmd_log_idx, len(self._cmd_log)
        while count:
            try:
                self._mesg(*self._cmd_log[index])
            except Exception:
                pass
            index = (index + 1) % self._cmd_log_len
            count -= 1


class IMAP4_stream(IMAP4):
    """IMAP4 over a command's standard input and output (IMAP4_stream('ssh host imapd'))."""

    def __init__(self, command):
        self.command = command
        IMAP4.__init__(self)

    def open(self, host=None, port=None, timeout=None):
        self.host = None
        self.port = None
        self.sock = None
        self.file = None
        self.process = subprocess.Popen(self.command, bufsize=DEFAULT_BUFFER_SIZE, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, shell=True, close_fds=True)
        self.writefile = self.process.stdin
        self.readfile = self.process.stdout

    def read(self, size):
        return self.readfile.read(size)

    def readline(self):
        return self.readfile.readline()

    def send(self, data):
        self.writefile.write(data)
        self.writefile.flush()

    def shutdown(self):
        self.readfile.close()
        self.writefile.close()
        self.process.wait()


class _Authenticator:
    """Runs an AUTHENTICATE exchange: challenges arrive base64-encoded, answers leave so."""

    def __init__(self, mechinst):
        self.mech = mechinst

    def process(self, data):
        answer = self.mech(self.decode(data))
        return b"*" if answer is None else self.encode(answer)

    def encode(self, inp):
        if isinstance(inp, str):
            inp = inp.encode("utf-8")
        # Encoded in 48-byte pieces so no piece needs padding but the last.
        return b"".join(binascii.b2a_base64(inp[at:at + 48])[:-1] for at in range(0, len(inp), 48))

    def decode(self, inp):
        return binascii.a2b_base64(inp) if inp else b""


Months = " Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ")
Mon2num = {name.encode(): number for number, name in enumerate(Months) if name}


def Internaldate2tuple(resp):
    """The local time.struct_time of an INTERNALDATE in a FETCH reply, or None."""
    mo = InternalDate.match(resp)
    if not mo:
        return None
    fields = [int(mo.group(key)) for key in ("year", "day", "hour", "min", "sec", "zoneh", "zonem")]
    year, day, hour, minute, sec, zoneh, zonem = fields
    offset = (zoneh * 60 + zonem) * 60
    if mo.group("zonen") == b"-":
        offset = -offset
    stamp = calendar.timegm((year, Mon2num[mo.group("mon")], day, hour, minute, sec, -1, -1, -1))
    return time.localtime(stamp - offset)


def Int2AP(num):
    """num in base 16 written with the letters A-P (bytes)."""
    digits = b"ABCDEFGHIJKLMNOP"
    num = int(abs(num))
    out = b""
    while num:
        num, low = divmod(num, 16)
        out = digits[low:low + 1] + out
    return out


def ParseFlags(resp):
    """The flags of a 'FLAGS (...)' reply as a tuple of bytes."""
    mo = Flags.match(resp)
    return tuple(mo.group("flags").split()) if mo else ()


def Time2Internaldate(date_time):
    """'"DD-Mmm-YYYY HH:MM:SS +HHMM"' of seconds since the epoch, a local time tuple, an aware
    datetime, or a string already in that form (quotes included)."""
    if isinstance(date_time, (int, float)):
        when = datetime.fromtimestamp(date_time, timezone.utc).astimezone()
    elif isinstance(date_time, tuple):
        try:
            offset = date_time.tm_gmtoff
        except AttributeError:
            if time.daylight:
                dst = date_time[8]
                if dst == -1:
                    dst = time.localtime(time.mktime(date_time))[8]
                offset = -(time.timezone, time.altzone)[dst]
            else:
                offset = -time.timezone
        when = datetime(*date_time[:6], tzinfo=timezone(timedelta(seconds=offset)))
    elif isinstance(date_time, datetime):
        if date_time.tzinfo is None:
            raise ValueError("date_time must be aware")
        when = date_time
    elif isinstance(date_time, str) and (date_time[0], date_time[-1]) == ('"', '"'):
        return date_time
    else:
        raise ValueError("date_time not of a known type")
    return when.strftime('"%d-{}-%Y %H:%M:%S %z"'.format(Months[when.month]))
