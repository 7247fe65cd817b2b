"""smtpd: an SMTP (RFC 5321) server on asyncore/asynchat. SMTPServer listens and gives each
connection an SMTPChannel, which runs the command dialogue (HELO/EHLO, MAIL, RCPT, DATA, ...)
and hands each finished message to the server's process_message. DebuggingServer prints the
messages, PureProxy relays them with smtplib. Also a command-line program."""

import collections
import errno
import getopt
import os
import socket
import sys
import time
import warnings

__all__ = ["SMTPChannel", "SMTPServer", "DebuggingServer", "PureProxy"]

warnings.warn("The smtpd module is deprecated and unmaintained and will be removed in Python 3.12.  "
              "Please see aiosmtpd (https://aiosmtpd.readthedocs.io/) for the recommended "
              "replacement.", DeprecationWarning, stacklevel=2)

# Imported after the warning above so that it is the first one a user sees.
import asyncore  # noqa: E402
import asynchat  # noqa: E402

program = sys.argv[0]
__version__ = "Python SMTP proxy version 0.3"


class Devnull:
    """A stream that drops what it is given (DEBUGSTREAM unless -d)."""

    def write(self, msg):
        pass

    def flush(self):
        pass


DEBUGSTREAM = Devnull()
NEWLINE = "\n"
COMMASPACE = ", "
DATA_SIZE_DEFAULT = 33554432

_COMMANDS = "EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY"
_HELP = {
    "EHLO": "EHLO hostname", "HELO": "HELO hostname", "MAIL": "MAIL FROM: <address>",
    "RCPT": "RCPT TO: <address>", "DATA": "DATA", "RSET": "RSET", "NOOP": "NOOP", "QUIT": "QUIT",
    "VRFY": "VRFY <address>",
}
_PARAMS_SYNTAX = " [SP <mail-parameters>]"


def usage(code, msg=""):
    print(__doc__ % globals() if "%" in (__doc__ or "") else __doc__, file=sys.stderr)
    if msg:
        print(msg, file=sys.stderr)
    sys.exit(code)


def _split_address(text):
    """(address, rest) of a MAIL/RCPT argument: an <angle> address or a bare one ending at space."""
    text = text.lstrip()
    if not text:
        return "", ""
    if text.startswith("<"):
        close = text.find(">")
        if close < 0:
            return text[1:].strip(), ""
        inner = text[1:close].strip()
        if ":" in inner and inner.startswith("@"):
            # A source route (@a,@b:user@host): only the mailbox counts.
            inner = inner.split(":", 1)[1]
        return (inner or "<>"), text[close + 1:]
    end = 0
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[:end], text[end:]


class SMTPChannel(asynchat.async_chat):
    """The server's side of one client connection."""

    COMMAND = 0
    DATA = 1

    command_size_limit = 512
    command_size_limits = collections.defaultdict(lambda x=command_size_limit: x)

    @property
    def max_command_size_limit(self):
        try:
            return max(self.command_size_limits.values())
        except ValueError:
            return self.command_size_limit

    def __init__(self, server, conn, addr, data_size_limit=DATA_SIZE_DEFAULT, map=None,
                 enable_SMTPUTF8=False, decode_data=False):
        asynchat.async_chat.__init__(self, conn, map=map)
        self.smtp_server = server
        self.conn = conn
        self.addr = addr
        self.data_size_limit = data_size_limit
        self.enable_SMTPUTF8 = enable_SMTPUTF8
        self._decode_data = decode_data
        if enable_SMTPUTF8 and decode_data:
            raise ValueError("decode_data and enable_SMTPUTF8 cannot be set to True at the same time")
        if decode_data:
            self._emptystring, self._linesep, self._dotsep, self._newline = "", "\r\n", ".", NEWLINE
        else:
            self._emptystring, self._linesep, self._dotsep, self._newline = b"", b"\r\n", ord(b"."), b"\n"
        self._set_rset_state()
        self.seen_greeting = ""
        self.extended_smtp = False
        self.command_size_limits.clear()
        self.fqdn = socket.getfqdn()
        try:
            self.peer = conn.getpeername()
        except OSError as err:
            # The client hung up before we got here.
            self.close()
            if err.errno != errno.ENOTCONN:
                raise
            return
        print("Peer:", repr(self.peer), file=DEBUGSTREAM)
        self.push("220 %s %s" % (self.fqdn, __version__))

    def _set_post_data_state(self):
        """Back to the command state after a message (or a reset)."""
        self.smtp_state = self.COMMAND
        self.mailfrom = None
        self.rcpttos = []
        self.require_SMTPUTF8 = False
        self.num_bytes = 0
        self.set_terminator(b"\r\n")

    def _set_rset_state(self):
        self._set_post_data_state()
        self.received_data = ""
        self.received_lines = []

    def push(self, msg):
        encoding = "utf-8" if self.require_SMTPUTF8 else "ascii"
        asynchat.async_chat.push(self, bytes(msg + "\r\n", encoding))

    def collect_incoming_data(self, data):
        if self.smtp_state == self.COMMAND:
            limit = self.max_command_size_limit
        elif self.smtp_state == self.DATA:
            limit = self.data_size_limit
        else:
            limit = None
        if limit and self.num_bytes > limit:
            return
        if limit:
            self.num_bytes += len(data)
        self.received_lines.append(str(data, "utf-8") if self._decode_data else data)

    def found_terminator(self):
        line = self._emptystring.join(self.received_lines)
        print("Data:", repr(line), file=DEBUGSTREAM)
        self.received_lines = []
        if self.smtp_state == self.COMMAND:
            self._run_command(line)
        elif self.smtp_state != self.DATA:
            self.push("451 Internal confusion")
            self.num_bytes = 0
        elif self.data_size_limit and self.num_bytes > self.data_size_limit:
            self.push("552 Error: Too much mail data")
            self.num_bytes = 0
        else:
            self._finish_data(line)

    def _run_command(self, line):
        size, self.num_bytes = self.num_bytes, 0
        if not line:
            self.push("500 Error: bad syntax")
            return
        if not self._decode_data:
            line = str(line, "utf-8")
        command, space, arg = line.partition(" ")
        command = command.upper()
        arg = arg.strip() if space else None
        limit = self.command_size_limits[command] if self.extended_smtp else self.command_size_limit
        if size > limit:
            self.push("500 Error: line too long")
            return
        handler = getattr(self, "smtp_" + command, None)
        if handler is None:
            self.push('500 Error: command "%s" not recognized' % command)
            return
        handler(arg)

    def _finish_data(self, text):
        # Undo the dot-stuffing of RFC 5321 4.5.2 and turn CRLF into LF.
        lines = []
        for piece in text.split(self._linesep):
            if piece and piece[0] == self._dotsep:
                piece = piece[1:]
            lines.append(piece)
        self.received_data = self._newline.join(lines)
        extra = {}
        if not self._decode_data:
            extra = {"mail_options": self.mail_options, "rcpt_options": self.rcpt_options}
        status = self.smtp_server.process_message(self.peer, self.mailfrom, self.rcpttos,
                                                  self.received_data, **extra)
        self._set_post_data_state()
        self.push(status if status else "250 OK")

    # The commands.
    def _greet(self, verb, arg):
        if not arg:
            self.push("501 Syntax: %s hostname" % verb)
            return False
        if self.seen_greeting:
            self.push("503 Duplicate HELO/EHLO")
            return False
        self._set_rset_state()
        self.seen_greeting = arg
        return True

    def smtp_HELO(self, arg):
        if self._greet("HELO", arg):
            self.push("250 %s" % self.fqdn)

    def smtp_EHLO(self, arg):
        if not self._greet("EHLO", arg):
            return
        self.extended_smtp = True
        self.push("250-%s" % self.fqdn)
        if self.data_size_limit:
            self.push("250-SIZE %s" % self.data_size_limit)
            self.command_size_limits["MAIL"] += 26
        if not self._decode_data:
            self.push("250-8BITMIME")
        if self.enable_SMTPUTF8:
            self.push("250-SMTPUTF8")
            self.command_size_limits["MAIL"] += 10
        self.push("250 HELP")

    def smtp_NOOP(self, arg):
        self.push("501 Syntax: NOOP" if arg else "250 OK")

    def smtp_QUIT(self, arg):
        self.push("221 Bye")
        self.close_when_done()

    def _strip_command_keyword(self, keyword, arg):
        if arg[:len(keyword)].upper() == keyword:
            return arg[len(keyword):].strip()
        return ""

    def _getaddr(self, arg):
        return _split_address(arg) if arg else ("", "")

    def _getparams(self, params):
        """{NAME: value or True} of the ESMTP parameters, or None when one is malformed."""
        found = {}
        for param in params:
            name, eq, value = param.partition("=")
            if not name.isalnum() or (eq and not value):
                return None
            found[name] = value if eq else True
        return found

    def smtp_HELP(self, arg):
        if not arg:
            self.push("250 Supported commands: " + _COMMANDS)
            return
        verb = arg.upper()
        if verb not in _HELP:
            self.push("501 Supported commands: " + _COMMANDS)
            return
        text = "250 Syntax: " + _HELP[verb]
        if verb in ("MAIL", "RCPT") and self.extended_smtp:
            text += _PARAMS_SYNTAX
        self.push(text)

    def smtp_VRFY(self, arg):
        if not arg:
            self.push("501 Syntax: VRFY <address>")
            return
        address, params = self._getaddr(arg)
        if address:
            self.push("252 Cannot VRFY user, but will accept message and attempt delivery")
        else:
            self.push("502 Could not VRFY %s" % arg)

    def _syntax(self, verb):
        text = "501 Syntax: " + _HELP[verb]
        return text + _PARAMS_SYNTAX if self.extended_smtp else text

    def smtp_MAIL(self, arg):
        if not self.seen_greeting:
            self.push("503 Error: send HELO first")
            return
        print("===> MAIL", arg, file=DEBUGSTREAM)
        syntaxerr = self._syntax("MAIL")
        if arg is None:
            self.push(syntaxerr)
            return
        address, params = self._getaddr(self._strip_command_keyword("FROM:", arg))
        if not address or (not self.extended_smtp and params):
            self.push(syntaxerr)
            return
        if self.mailfrom:
            self.push("503 Error: nested MAIL command")
            return
        self.mail_options = params.upper().split()
        params = self._getparams(self.mail_options)
        if params is None:
            self.push(syntaxerr)
            return
        if not self._decode_data:
            if params.pop("BODY", "7BIT") not in ("7BIT", "8BITMIME"):
                self.push("501 Error: BODY can only be one of 7BIT, 8BITMIME")
                return
        if self.enable_SMTPUTF8:
            smtputf8 = params.pop("SMTPUTF8", False)
            if smtputf8 is True:
                self.require_SMTPUTF8 = True
            elif smtputf8 is not False:
                self.push("501 Error: SMTPUTF8 takes no arguments")
                return
        size = params.pop("SIZE", None)
        if size:
            if not size.isdigit():
                self.push(syntaxerr)
                return
            if self.data_size_limit and int(size) > self.data_size_limit:
                self.push("552 Error: message size exceeds fixed maximum message size")
                return
        if params:
            self.push("555 MAIL FROM parameters not recognized or not implemented")
            return
        self.mailfrom = address
        print("sender:", self.mailfrom, file=DEBUGSTREAM)
        self.push("250 OK")

    def smtp_RCPT(self, arg):
        if not self.seen_greeting:
            self.push("503 Error: send HELO first")
            return
        print("===> RCPT", arg, file=DEBUGSTREAM)
        if not self.mailfrom:
            self.push("503 Error: need MAIL command")
            return
        syntaxerr = self._syntax("RCPT")
        if arg is None:
            self.push(syntaxerr)
            return
        address, params = self._getaddr(self._strip_command_keyword("TO:", arg))
        if not address or (not self.extended_smtp and params):
            self.push(syntaxerr)
            return
        self.rcpt_options = params.upper().split()
        params = self._getparams(self.rcpt_options)
        if params is None:
            self.push(syntaxerr)
            return
        if params:
            # No RCPT parameter is understood.
            self.push("555 RCPT TO parameters not recognized or not implemented")
            return
        self.rcpttos.append(address)
        print("recips:", self.rcpttos, file=DEBUGSTREAM)
        self.push("250 OK")

    def smtp_RSET(self, arg):
        if arg:
            self.push("501 Syntax: RSET")
            return
        self._set_rset_state()
        self.push("250 OK")

    def smtp_DATA(self, arg):
        if not self.seen_greeting:
            self.push("503 Error: send HELO first")
            return
        if not self.rcpttos:
            self.push("503 Error: need RCPT command")
            return
        if arg:
            self.push("501 Syntax: DATA")
            return
        self.smtp_state = self.DATA
        self.set_terminator(b"\r\n.\r\n")
        self.push("354 End data with <CR><LF>.<CR><LF>")

    def smtp_EXPN(self, arg):
        self.push("502 EXPN not implemented")


def _old_name(short, current):
    """A property under an attribute's pre-3.3 private name that warns and forwards."""

    def get(self):
        warnings.warn("Access to __%s attribute on SMTPChannel is deprecated, use '%s' instead"
                      % (short, current), DeprecationWarning, 2)
        return getattr(self, current)

    def put(self, value):
        warnings.warn("Setting __%s attribute on SMTPChannel is deprecated, set '%s' instead"
                      % (short, current), DeprecationWarning, 2)
        setattr(self, current, value)

    return property(get, put)


for _short, _current in (("server", "smtp_server"), ("line", "received_lines"), ("state", "smtp_state"),
                         ("greeting", "seen_greeting"), ("mailfrom", "mailfrom"), ("rcpttos", "rcpttos"),
                         ("data", "received_data"), ("fqdn", "fqdn"), ("peer", "peer"), ("conn", "conn"),
                         ("addr", "addr")):
    setattr(SMTPChannel, "_SMTPChannel__" + _short, _old_name(_short, _current))
del _short, _current


class SMTPServer(asyncore.dispatcher):
    """Listens on localaddr and starts a channel_class for each connection."""

    channel_class = SMTPChannel

    def __init__(self, localaddr, remoteaddr, data_size_limit=DATA_SIZE_DEFAULT, map=None,
                 enable_SMTPUTF8=False, decode_data=False):
        self._localaddr = localaddr
        self._remoteaddr = remoteaddr
        self.data_size_limit = data_size_limit
        self.enable_SMTPUTF8 = enable_SMTPUTF8
        self._decode_data = decode_data
        if enable_SMTPUTF8 and decode_data:
            raise ValueError("decode_data and enable_SMTPUTF8 cannot be set to True at the same time")
        asyncore.dispatcher.__init__(self, map=map)
        try:
            family, kind = socket.getaddrinfo(*localaddr, type=socket.SOCK_STREAM)[0][:2]
            self.create_socket(family, kind)
            self.set_reuse_addr()
            self.bind(localaddr)
            self.listen(5)
        except BaseException:
            self.close()
            raise
        print("%s started at %s\n\tLocal addr: %s\n\tRemote addr:%s"
              % (self.__class__.__name__, time.ctime(time.time()), localaddr, remoteaddr),
              file=DEBUGSTREAM)

    def handle_accepted(self, conn, addr):
        print("Incoming connection from %s" % repr(addr), file=DEBUGSTREAM)
        self.channel_class(self, conn, addr, self.data_size_limit, self._map,
                           self.enable_SMTPUTF8, self._decode_data)

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        """Called with each message; return None for "250 OK" or a full reply line."""
        raise NotImplementedError


class DebuggingServer(SMTPServer):
    """Prints every message to stdout instead of delivering it."""

    def _print_message_content(self, peer, data):
        as_text = isinstance(data, str)
        in_headers = True
        for line in data.splitlines():
            if in_headers and not line:
                peerheader = "X-Peer: " + peer[0]
                print(peerheader if as_text else repr(peerheader.encode("utf-8")))
                in_headers = False
            print(line if as_text else repr(line))

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        print("---------- MESSAGE FOLLOWS ----------")
        if kwargs:
            if kwargs.get("mail_options"):
                print("mail options: %s" % kwargs["mail_options"])
            if kwargs.get("rcpt_options"):
                print("rcpt options: %s\n" % kwargs["rcpt_options"])
        self._print_message_content(peer, data)
        print("------------ END MESSAGE ------------")


class PureProxy(SMTPServer):
    """Relays every message to the server at remoteaddr, with an X-Peer header added."""

    def __init__(self, *args, **kwargs):
        if kwargs.get("enable_SMTPUTF8"):
            raise ValueError("PureProxy does not support SMTPUTF8.")
        super().__init__(*args, **kwargs)

    def process_message(self, peer, mailfrom, rcpttos, data):
        lines = data.split("\n")
        end = 0
        while end < len(lines) and lines[end]:
            end += 1
        lines.insert(end, "X-Peer: %s" % peer[0])
        refused = self._deliver(mailfrom, rcpttos, NEWLINE.join(lines))
        print("we got some refusals:", refused, file=DEBUGSTREAM)

    def _deliver(self, mailfrom, rcpttos, data):
        import smtplib
        refused = {}
        try:
            client = smtplib.SMTP()
            client.connect(self._remoteaddr[0], self._remoteaddr[1])
            try:
                refused = client.sendmail(mailfrom, rcpttos, data)
            finally:
                client.quit()
        except smtplib.SMTPRecipientsRefused as e:
            print("got SMTPRecipientsRefused", file=DEBUGSTREAM)
            refused = e.recipients
        except (OSError, smtplib.SMTPException) as e:
            print("got", e.__class__, file=DEBUGSTREAM)
            code = getattr(e, "smtp_code", -1)
            text = getattr(e, "smtp_error", "ignore")
            for rcpt in rcpttos:
                refused[rcpt] = (code, text)
        return refused


class Options:
    setuid = True
    classname = "PureProxy"
    size_limit = None
    enable_SMTPUTF8 = False


def parseargs():
    global DEBUGSTREAM
    try:
        opts, args = getopt.getopt(sys.argv[1:], "nVhc:s:du",
                                   ["class=", "nosetuid", "version", "help", "size=", "debug",
                                    "smtputf8"])
    except getopt.error as e:
        usage(1, e)
    options = Options()
    for opt, arg in opts:
        if opt in ("-h", "--help"):
            usage(0)
        elif opt in ("-V", "--version"):
            print(__version__)
            sys.exit(0)
        elif opt in ("-n", "--nosetuid"):
            options.setuid = False
        elif opt in ("-c", "--class"):
            options.classname = arg
        elif opt in ("-d", "--debug"):
            DEBUGSTREAM = sys.stderr
        elif opt in ("-u", "--smtputf8"):
            options.enable_SMTPUTF8 = True
        elif opt in ("-s", "--size"):
            try:
                options.size_limit = int(arg)
            except ValueError:
                print("Invalid size: " + arg, file=sys.stderr)
                sys.exit(1)
    if len(args) < 1:
        localspec, remotespec = "localhost:8025", "localhost:25"
    elif len(args) < 2:
        localspec, remotespec = args[0], "localhost:25"
    elif len(args) < 3:
        localspec, remotespec = args[0], args[1]
    else:
        usage(1, "Invalid arguments: %s" % COMMASPACE.join(args))
    for which, spec in (("local", localspec), ("remote", remotespec)):
        host, colon, port = spec.partition(":")
        if not colon:
            usage(1, "Bad %s spec: %s" % (which, spec))
        try:
            port = int(port)
        except ValueError:
            usage(1, "Bad %s port: %s" % (which, port))
        setattr(options, which + "host", host)
        setattr(options, which + "port", port)
    return options


def main():
    options = parseargs()
    classname = options.classname
    if "." in classname:
        module_name, classname = classname.rsplit(".", 1)
        module = __import__(module_name, globals(), locals(), [classname])
    else:
        module = sys.modules[__name__]
    class_ = getattr(module, classname)
    proxy = class_((options.localhost, options.localport), (options.remotehost, options.remoteport),
                   options.size_limit, enable_SMTPUTF8=options.enable_SMTPUTF8)
    if options.setuid:
        try:
            import pwd
        except ImportError:
            print("Cannot import module \"pwd\"; try running with -n option.", file=sys.stderr)
            sys.exit(1)
        nobody = pwd.getpwnam("nobody")[2]
        try:
            os.setuid(nobody)
        except PermissionError:
            print("Cannot setuid \"nobody\"; try running with -n option.", file=sys.stderr)
            sys.exit(1)
    try:
        asyncore.loop()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
