"""nntplib: an NNTP (RFC 3977) client for reading and posting news. Short replies are text
lines (4xx raises NNTPTemporaryError, 5xx NNTPPermanentError); multi-line replies end with a
lone '.', dot-stuffing undone, and come back as lists of str (or of bytes for articles), or are
written to a file. NNTP_SSL needs the ssl module, which this interpreter does not have."""

import collections
import datetime
import re
import socket
import sys
import warnings
from email.header import decode_header as _email_decode_header
from socket import _GLOBAL_DEFAULT_TIMEOUT

__all__ = ["NNTP", "NNTPError", "NNTPReplyError", "NNTPTemporaryError", "NNTPPermanentError",
           "NNTPProtocolError", "NNTPDataError", "decode_header"]

warnings._deprecated(__name__, remove=(3, 13))

# The longest line accepted (RFC 3977 allows 512; servers send longer).
_MAXLINE = 2048


class NNTPError(Exception):
    """The root of nntplib's errors; `response` is the server's reply."""

    def __init__(self, *args):
        Exception.__init__(self, *args)
        self.response = args[0] if args else "No response given"


class NNTPReplyError(NNTPError):
    """Unexpected [123]xx reply"""


class NNTPTemporaryError(NNTPError):
    """4xx errors"""


class NNTPPermanentError(NNTPError):
    """5xx errors"""


class NNTPProtocolError(NNTPError):
    """Response does not begin with [1-5]"""


class NNTPDataError(NNTPError):
    """Error in response data"""


NNTP_PORT = 119
NNTP_SSL_PORT = 563

# Reply codes followed by a multi-line body.
_LONGRESP = {"100", "101", "211", "215", "220", "221", "222", "224", "225", "230", "231", "282"}

_DEFAULT_OVERVIEW_FMT = ["subject", "from", "date", "message-id", "references", ":bytes", ":lines"]
_OVERVIEW_FMT_ALTERNATIVES = {"bytes": ":bytes", "lines": ":lines"}
_CRLF = b"\r\n"

GroupInfo = collections.namedtuple("GroupInfo", ["group", "last", "first", "flag"])
ArticleInfo = collections.namedtuple("ArticleInfo", ["number", "message_id", "lines"])


def decode_header(header_str):
    """A header value with its RFC 2047 encoded words decoded."""
    return "".join(text.decode(charset or "ascii") if isinstance(text, bytes) else text
                   for text, charset in _email_decode_header(header_str))


def _parse_overview_fmt(lines):
    """The field names of a LIST OVERVIEW.FMT reply (':bytes' style for metadata)."""
    names = []
    for line in lines:
        if line.startswith(":"):
            name = ":" + line[1:].partition(":")[0]
        else:
            name = line.partition(":")[0]
        name = name.lower()
        names.append(_OVERVIEW_FMT_ALTERNATIVES.get(name, name))
    expected = _DEFAULT_OVERVIEW_FMT
    if len(names) < len(expected):
        raise NNTPDataError("LIST OVERVIEW.FMT response too short")
    if names[:len(expected)] != expected:
        raise NNTPDataError("LIST OVERVIEW.FMT redefines default fields")
    return names


def _parse_overview(lines, fmt, data_process_func=None):
    """[(article number, {field: value})] of OVER/XOVER lines; extra headers come as 'Name: value'."""
    standard = len(_DEFAULT_OVERVIEW_FMT)
    result = []
    for line in lines:
        number, *values = line.split("\t")
        fields = {}
        for index, value in enumerate(values):
            if index >= len(fmt):
                continue
            name = fmt[index]
            if index >= standard and not name.startswith(":"):
                prefix = name + ": "
                if value and value[:len(prefix)].lower() != prefix:
                    raise NNTPDataError("OVER/XOVER response doesn't include names of additional headers")
                value = value[len(prefix):] if value else None
            fields[name] = value
        result.append((int(number), fields))
    return result


def _parse_datetime(date_str, time_str=None):
    """A datetime of 'YYYYMMDD'/'YYMMDD' and 'HHMMSS' (or both run together)."""
    if time_str is None:
        date_str, time_str = date_str[:-6], date_str[-6:]
    year = int(date_str[:-4])
    if year < 70:
        year += 2000
    elif year < 100:
        year += 1900
    return datetime.datetime(year, int(date_str[-4:-2]), int(date_str[-2:]),
                             int(time_str[:2]), int(time_str[2:4]), int(time_str[4:]))


def _unparse_datetime(dt, legacy=False):
    """(date, time) strings for NEWNEWS/NEWGROUPS; legacy writes a two-digit year."""
    if isinstance(dt, datetime.datetime):
        clock = "%02d%02d%02d" % (dt.hour, dt.minute, dt.second)
    else:
        clock = "000000"
    if legacy:
        day = "%02d%02d%02d" % (dt.year % 100, dt.month, dt.day)
    else:
        day = "%04d%02d%02d" % (dt.year, dt.month, dt.day)
    return day, clock


class NNTP:
    """A connection to a news server, opened (and the welcome read) by the constructor."""

    encoding = "utf-8"
    errors = "surrogateescape"

    def __init__(self, host, port=NNTP_PORT, user=None, password=None, readermode=None,
                 usenetrc=False, timeout=_GLOBAL_DEFAULT_TIMEOUT):
        self.host = host
        self.port = port
        self.sock = self._create_socket(timeout)
        self.file = None
        try:
            self.file = self.sock.makefile("rwb")
            self._base_init(readermode)
            if user or usenetrc:
                self.login(user, password, usenetrc)
        except:
            if self.file:
                self.file.close()
            self.sock.close()
            raise

    def _base_init(self, readermode):
        self.debugging = 0
        self.welcome = self._getresp()
        self._caps = None
        self.getcapabilities()
        # MODE READER may have to wait until after authentication.
        self.readermode_afterauth = False
        if readermode and "READER" not in self._caps:
            self._setreadermode()
            if not self.readermode_afterauth:
                self._caps = None
                self.getcapabilities()
        self.tls_on = False
        self.authenticated = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not hasattr(self, "file"):
            return
        try:
            self.quit()
        except (OSError, EOFError):
            pass
        finally:
            if hasattr(self, "file"):
                self._close()

    def _create_socket(self, timeout):
        if timeout is not None and not timeout:
            raise ValueError("Non-blocking socket (timeout=0) is not supported")
        sys.audit("nntplib.connect", self, self.host, self.port)
        return socket.create_connection((self.host, self.port), timeout)

    def getwelcome(self):
        if self.debugging:
            print("*welcome*", repr(self.welcome))
        return self.welcome

    def getcapabilities(self):
        """{capability: [arguments]} from CAPABILITIES ({} when the server lacks the command)."""
        if self._caps is None:
            self.nntp_version = 1
            self.nntp_implementation = None
            try:
                _, caps = self.capabilities()
            except (NNTPPermanentError, NNTPTemporaryError):
                self._caps = {}
            else:
                self._caps = caps
                if "VERSION" in caps:
                    self.nntp_version = max(int(v) for v in caps["VERSION"])
                if "IMPLEMENTATION" in caps:
                    self.nntp_implementation = " ".join(caps["IMPLEMENTATION"])
        return self._caps

    def set_debuglevel(self, level):
        """0: quiet; 1: commands and replies; 2: raw lines too."""
        self.debugging = level

    debug = set_debuglevel

    # ---- lines ----
    def _putline(self, line):
        sys.audit("nntplib.putline", self, line)
        line += _CRLF
        if self.debugging > 1:
            print("*put*", repr(line))
        self.file.write(line)
        self.file.flush()

    def _putcmd(self, line):
        if self.debugging:
            print("*cmd*", repr(line))
        self._putline(line.encode(self.encoding, self.errors))

    def _getline(self, strip_crlf=True):
        line = self.file.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise NNTPDataError("line too long")
        if self.debugging > 1:
            print("*get*", repr(line))
        if not line:
            raise EOFError
        if strip_crlf:
            if line.endswith(_CRLF):
                line = line[:-2]
            elif line[-1:] in (b"\r", b"\n"):
                line = line[:-1]
        return line

    def _getresp(self):
        reply = self._getline()
        if self.debugging:
            print("*resp*", repr(reply))
        reply = reply.decode(self.encoding, self.errors)
        kind = reply[:1]
        if kind == "4":
            raise NNTPTemporaryError(reply)
        if kind == "5":
            raise NNTPPermanentError(reply)
        if not kind or kind not in "123":
            raise NNTPProtocolError(reply)
        return reply

    def _getlongresp(self, file=None):
        """(reply, [bytes lines]) of a multi-line reply; with `file` (a name or a binary file)
        the lines are written there instead, line ends kept."""
        opened = None
        try:
            if isinstance(file, (str, bytes)):
                opened = file = open(file, "wb")
            reply = self._getresp()
            if reply[:3] not in _LONGRESP:
                raise NNTPReplyError(reply)
            lines = []
            if file is None:
                while True:
                    line = self._getline()
                    if line == b".":
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
            else:
                while True:
                    line = self._getline(False)
                    if line in (b"." + _CRLF, b".\n"):
                        break
                    file.write(line[1:] if line.startswith(b"..") else line)
        finally:
            if opened:
                opened.close()
        return reply, lines

    def _shortcmd(self, line):
        self._putcmd(line)
        return self._getresp()

    def _longcmd(self, line, file=None):
        self._putcmd(line)
        return self._getlongresp(file)

    def _longcmdstring(self, line, file=None):
        self._putcmd(line)
        reply, lines = self._getlongresp(file)
        return reply, [raw.decode(self.encoding, self.errors) for raw in lines]

    def _getoverviewfmt(self):
        try:
            return self._cachedoverviewfmt
        except AttributeError:
            pass
        try:
            _, lines = self._longcmdstring("LIST OVERVIEW.FMT")
        except NNTPPermanentError:
            names = _DEFAULT_OVERVIEW_FMT[:]
        else:
            names = _parse_overview_fmt(lines)
        self._cachedoverviewfmt = names
        return names

    def _grouplist(self, lines):
        return [GroupInfo(*line.split()) for line in lines]

    # ---- commands ----
    def capabilities(self):
        caps = {}
        reply, lines = self._longcmdstring("CAPABILITIES")
        for line in lines:
            name, *args = line.split()
            caps[name] = args
        return reply, caps

    def _dated(self, verb, prefix, date, file):
        if not isinstance(date, (datetime.date, datetime.date)):
            raise TypeError("the date parameter must be a date or datetime object, not '{:40}'"
                            .format(date.__class__.__name__))
        day, clock = _unparse_datetime(date, self.nntp_version < 2)
        return self._longcmdstring(" ".join([verb] + prefix + [day, clock]), file)

    def newgroups(self, date, *, file=None):
        """Groups created since `date`: (reply, [GroupInfo])."""
        reply, lines = self._dated("NEWGROUPS", [], date, file)
        return reply, self._grouplist(lines)

    def newnews(self, group, date, *, file=None):
        """Message ids posted to `group` since `date`."""
        return self._dated("NEWNEWS", [group], date, file)

    def list(self, group_pattern=None, *, file=None):
        """(reply, [GroupInfo]) of LIST (or LIST ACTIVE pattern)."""
        command = "LIST" if group_pattern is None else "LIST ACTIVE " + group_pattern
        reply, lines = self._longcmdstring(command, file)
        return reply, self._grouplist(lines)

    def _getdescriptions(self, group_pattern, return_all):
        pattern = re.compile("^(?P<group>[^ \t]+)[ \t]+(.*)$")
        reply, lines = self._longcmdstring("LIST NEWSGROUPS " + group_pattern)
        if not reply.startswith("215"):
            # The older XGTITLE gives the same lines.
            reply, lines = self._longcmdstring("XGTITLE " + group_pattern)
        found = {}
        for line in lines:
            m = pattern.search(line.strip())
            if m:
                name, text = m.group(1, 2)
                if not return_all:
                    return text
                found[name] = text
        return (reply, found) if return_all else ""

    def description(self, group):
        """The description of one group ('' if there is none)."""
        return self._getdescriptions(group, False)

    def descriptions(self, group_pattern):
        """(reply, {group: description}) of the groups matching a pattern."""
        return self._getdescriptions(group_pattern, True)

    def group(self, name):
        """Select a group: (reply, count, first, last, name)."""
        reply = self._shortcmd("GROUP " + name)
        if not reply.startswith("211"):
            raise NNTPReplyError(reply)
        words = reply.split()
        numbers = (words[1:4] + ["0", "0", "0"])[:3]
        if len(words) > 4:
            name = words[4].lower()
        count, first, last = numbers
        return reply, int(count), int(first), int(last), name

    def help(self, *, file=None):
        return self._longcmdstring("HELP", file)

    def _statparse(self, reply):
        if not reply.startswith("22"):
            raise NNTPReplyError(reply)
        words = reply.split()
        return reply, int(words[1]), words[2]

    def _statcmd(self, line):
        return self._statparse(self._shortcmd(line))

    def stat(self, message_spec=None):
        """(reply, number, message id) of an article (the current one by default)."""
        return self._statcmd("STAT {0}".format(message_spec) if message_spec else "STAT")

    def next(self):
        return self._statcmd("NEXT")

    def last(self):
        return self._statcmd("LAST")

    def _artcmd(self, line, file=None):
        reply, lines = self._longcmd(line, file)
        reply, number, message_id = self._statparse(reply)
        return reply, ArticleInfo(number, message_id, lines)

    def head(self, message_spec=None, *, file=None):
        """(reply, ArticleInfo) with the header lines (bytes)."""
        return self._artcmd("HEAD" if message_spec is None else "HEAD {0}".format(message_spec), file)

    def body(self, message_spec=None, *, file=None):
        """(reply, ArticleInfo) with the body lines (bytes)."""
        return self._artcmd("BODY" if message_spec is None else "BODY {0}".format(message_spec), file)

    def article(self, message_spec=None, *, file=None):
        """(reply, ArticleInfo) with the whole article's lines (bytes)."""
        return self._artcmd("ARTICLE" if message_spec is None else "ARTICLE {0}".format(message_spec), file)

    def slave(self):
        return self._shortcmd("SLAVE")

    def xhdr(self, hdr, str, *, file=None):
        """(reply, [(number, value)]) of one header over a range."""
        numbered = re.compile("^([0-9]+) ?(.*)\n?")
        reply, lines = self._longcmdstring("XHDR {0} {1}".format(hdr, str), file)
        pairs = []
        for line in lines:
            m = numbered.match(line)
            pairs.append(m.group(1, 2) if m else line)
        return reply, pairs

    def xover(self, start, end, *, file=None):
        """(reply, [(number, {field: value})]) for articles start..end."""
        reply, lines = self._longcmdstring("XOVER {0}-{1}".format(start, end), file)
        return reply, _parse_overview(lines, self._getoverviewfmt())

    def over(self, message_spec, *, file=None):
        """OVER (or XOVER) for a (start, end) range, a spec string, or the current article."""
        command = "OVER" if "OVER" in self._caps else "XOVER"
        if isinstance(message_spec, (tuple, list)):
            start, end = message_spec
            command += " {0}-{1}".format(start, end or "")
        elif message_spec is not None:
            command += " " + message_spec
        reply, lines = self._longcmdstring(command, file)
        return reply, _parse_overview(lines, self._getoverviewfmt())

    def date(self):
        """(reply, datetime) of the server's clock."""
        reply = self._shortcmd("DATE")
        if not reply.startswith("111"):
            raise NNTPReplyError(reply)
        words = reply.split()
        if len(words) != 2 or len(words[1]) != 14:
            raise NNTPDataError(reply)
        return reply, _parse_datetime(words[1], None)

    def _post(self, command, f):
        reply = self._shortcmd(command)
        if not reply.startswith("3"):
            raise NNTPReplyError(reply)
        if isinstance(f, (bytes, bytearray)):
            f = f.splitlines()
        # Written directly: lines already ending in CRLF are sent as they are.
        for line in f:
            if not line.endswith(_CRLF):
                line = line.rstrip(b"\r\n") + _CRLF
            if line.startswith(b"."):
                line = b"." + line
            self.file.write(line)
        self.file.write(b".\r\n")
        self.file.flush()
        return self._getresp()

    def post(self, data):
        """Post an article (bytes, or an iterable of bytes lines)."""
        return self._post("POST", data)

    def ihave(self, message_id, data):
        return self._post("IHAVE {0}".format(message_id), data)

    def _close(self):
        try:
            if self.file:
                self.file.close()
                del self.file
        finally:
            self.sock.close()

    def quit(self):
        try:
            reply = self._shortcmd("QUIT")
        finally:
            self._close()
        return reply

    def login(self, user=None, password=None, usenetrc=True):
        """AUTHINFO USER/PASS (credentials from ~/.netrc when usenetrc and no user)."""
        if self.authenticated:
            raise ValueError("Already logged in.")
        if not user and not usenetrc:
            raise ValueError("At least one of `user` and `usenetrc` must be specified")
        try:
            if usenetrc and not user:
                import netrc
                found = netrc.netrc().authenticators(self.host)
                if found:
                    user, password = found[0], found[2]
        except OSError:
            pass
        if not user:
            return
        reply = self._shortcmd("authinfo user " + user)
        if reply.startswith("381"):
            if not password:
                raise NNTPReplyError(reply)
            reply = self._shortcmd("authinfo pass " + password)
            if not reply.startswith("281"):
                raise NNTPPermanentError(reply)
        self._caps = None
        self.getcapabilities()
        if self.readermode_afterauth and "READER" not in self._caps:
            self._setreadermode()
            self._caps = None
            self.getcapabilities()

    def _setreadermode(self):
        try:
            self.welcome = self._shortcmd("mode reader")
        except NNTPPermanentError:
            pass
        except NNTPTemporaryError as e:
            if e.response.startswith("480"):
                self.readermode_afterauth = True
            else:
                raise
