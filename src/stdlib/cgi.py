"""Support for CGI scripts (CPython 3.11's cgi, deprecated since 3.11).

parse() and FieldStorage read a request's form (the query string for GET and HEAD, the body
for POST: urlencoded or multipart/form-data, whose parts are FieldStorage objects of their
own, uploads kept in temporary files); parse_header splits a Content-Type style header;
print_* write the debugging pages of test()."""

__version__ = "2.6"

from io import StringIO, BytesIO, TextIOWrapper
from collections.abc import Mapping
import sys
import os
import urllib.parse
from email.parser import FeedParser
from email.message import Message
import html
import locale
import tempfile
import warnings

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_multipart",
           "parse_header", "test", "print_exception", "print_environ",
           "print_form", "print_directory", "print_arguments",
           "print_environ_usage"]

warnings._deprecated(__name__, remove=(3, 13))


# Logging, deprecated since 3.10: log() is initlog until the first call decides whether
# there is a log file (logfp, or logfile opened for appending) and becomes dolog or nolog.
logfile = ""
logfp = None


def initlog(*allargs):
    """Open the log if one is configured, then log this message (see log)."""
    global log, logfp
    warnings.warn("cgi.log() is deprecated as of 3.10. Use logging instead",
                  DeprecationWarning, stacklevel=2)
    if logfile and not logfp:
        try:
            logfp = open(logfile, "a", encoding="locale")
        except OSError:
            pass
    log = dolog if logfp else nolog
    log(*allargs)


def dolog(fmt, *args):
    """Write fmt % args and a newline to the log file."""
    logfp.write(fmt % args + "\n")


def nolog(*allargs):
    """Logging is off: do nothing."""


def closelog():
    """Close the log file; the next log() call decides afresh."""
    global log, logfile, logfp
    logfile = ''
    if logfp:
        logfp.close()
        logfp = None
    log = initlog


log = initlog

# The largest POST body accepted; 0 accepts any size.
maxlen = 0


def _query_from_argv():
    return sys.argv[1] if sys.argv[1:] else ""


def parse(fp=None, environ=os.environ, keep_blank_values=0,
          strict_parsing=0, separator='&'):
    """The request's fields as {name: [values]}: the query string (from the environment,
    or the first command-line argument), plus the body of a POST read from fp (standard
    input by default)."""
    if fp is None:
        fp = sys.stdin
    encoding = getattr(fp, 'encoding', 'latin-1')
    if isinstance(fp, TextIOWrapper):
        fp = fp.buffer
    # Run by hand, a script is treated as answering a GET.
    environ.setdefault('REQUEST_METHOD', 'GET')
    if environ['REQUEST_METHOD'] == 'POST':
        ctype, pdict = parse_header(environ['CONTENT_TYPE'])
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, pdict, separator=separator)
        body = ''
        if ctype == 'application/x-www-form-urlencoded':
            size = int(environ['CONTENT_LENGTH'])
            if maxlen and size > maxlen:
                raise ValueError('Maximum content length exceeded')
            body = fp.read(size).decode(encoding)
        extra = environ['QUERY_STRING'] if 'QUERY_STRING' in environ else (
            sys.argv[1] if sys.argv[1:] else None)
        if extra is not None:
            body = body + '&' + extra if body else extra
        qs = environ['QUERY_STRING'] = body
    elif 'QUERY_STRING' in environ:
        qs = environ['QUERY_STRING']
    else:
        qs = environ['QUERY_STRING'] = _query_from_argv()
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, separator=separator)


def parse_multipart(fp, pdict, encoding="utf-8", errors="replace", separator='&'):
    """The fields of a multipart/form-data body as {name: [values]} (str for plain
    fields, bytes for uploads). pdict holds the Content-Type's parameters: 'boundary'
    (bytes) and optionally 'CONTENT-LENGTH'."""
    # Boundaries are always 7-bit ASCII (RFC 2046 5.1).
    boundary = pdict['boundary'].decode('ascii')
    headers = Message()
    headers.set_type("multipart/form-data; boundary={}".format(boundary))
    if 'CONTENT-LENGTH' in pdict:
        headers['Content-Length'] = pdict['CONTENT-LENGTH']
    fs = FieldStorage(fp, headers=headers, encoding=encoding, errors=errors,
                      environ={'REQUEST_METHOD': 'POST'}, separator=separator)
    return {name: fs.getlist(name) for name in fs}


def _parseparam(s):
    # The ';'-separated pieces after each ';' of s; a ';' inside a quoted string (an odd
    # number of unescaped quotes before it) does not separate.
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        yield s[:end].strip()
        s = s[end:]


def parse_header(line):
    """Split a Content-Type like header into its value and a dict of its parameters
    (names lowercased, quoted values unquoted)."""
    pieces = _parseparam(';' + line)
    key = next(pieces)
    params = {}
    for piece in pieces:
        name, eq, value = piece.partition('=')
        if not eq:
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        params[name.strip().lower()] = value
    return key, params


class MiniFieldStorage:
    """A plain name=value field (from a query string): FieldStorage's attributes with
    nothing but a name and a value."""

    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """A form, or one part of a multipart form.

    At the top level it maps field names to their fields (a list when a name is given
    more than once; None can be a name). A single field has name, filename (the client's
    name of an upload), value (str, or bytes for an upload, read from the file each time),
    file (the data as a file, or None), type and type_options, disposition and
    disposition_options, and headers. Subclasses may override make_file to choose where
    uploads are kept."""

    # The class of the parts of a multipart form (None: this class).
    FieldStorageClass = None
    # How much of a part is copied at a time.
    bufsize = 8 * 1024

    def __init__(self, fp=None, headers=None, outerboundary=b'',
                 environ=os.environ, keep_blank_values=0, strict_parsing=0,
                 limit=None, encoding='utf-8', errors='replace',
                 max_num_fields=None, separator='&'):
        """Read the form (for multipart/*, up to its last part).

        fp: where the body is read (standard input's bytes by default; a text stream's
        buffer is used; anything else must read() and readline() bytes). headers: the
        request's headers (a mapping or email Message; from the CGI environment when None).
        outerboundary and limit: for the parts of a multipart form. keep_blank_values,
        strict_parsing, max_num_fields and separator: as for urllib.parse.parse_qsl.
        encoding and errors: how text fields are decoded."""
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.separator = separator
        method = environ['REQUEST_METHOD'].upper() if 'REQUEST_METHOD' in environ else 'GET'
        self.qs_on_post = None
        if method in ('GET', 'HEAD'):
            qs = environ['QUERY_STRING'] if 'QUERY_STRING' in environ else _query_from_argv()
            fp = BytesIO(qs.encode(locale.getpreferredencoding(), 'surrogateescape'))
            if headers is None:
                headers = {'content-type': "application/x-www-form-urlencoded"}
        if headers is None:
            headers = {}
            if method == 'POST':
                headers['content-type'] = "application/x-www-form-urlencoded"
            if 'CONTENT_TYPE' in environ:
                headers['content-type'] = environ['CONTENT_TYPE']
            if 'QUERY_STRING' in environ:
                self.qs_on_post = environ['QUERY_STRING']
            if 'CONTENT_LENGTH' in environ:
                headers['content-length'] = environ['CONTENT_LENGTH']
        elif not isinstance(headers, (Mapping, Message)):
            raise TypeError("headers must be mapping or an instance of "
                            "email.message.Message")
        self.headers = headers

        if fp is None:
            fp = sys.stdin.buffer
        elif isinstance(fp, TextIOWrapper):
            fp = fp.buffer
        elif not (hasattr(fp, 'read') and hasattr(fp, 'readline')):
            raise TypeError("fp must be file pointer")
        self.fp = fp
        self.encoding = encoding
        self.errors = errors

        if not isinstance(outerboundary, bytes):
            raise TypeError('outerboundary must be bytes, not %s' % type(outerboundary).__name__)
        self.outerboundary = outerboundary
        self.bytes_read = 0
        self.limit = limit

        if 'content-disposition' in headers:
            disposition, options = parse_header(headers['content-disposition'])
        else:
            disposition, options = "", {}
        self.disposition = disposition
        self.disposition_options = options
        self.name = options.get('name')
        self.filename = options.get('filename')
        # Uploads are kept as bytes, other fields as text.
        self._binary_file = self.filename is not None

        if 'content-type' in headers:
            ctype, options = parse_header(headers['content-type'])
        elif self.outerboundary or method != 'POST':
            ctype, options = "text/plain", {}
        else:
            ctype, options = 'application/x-www-form-urlencoded', {}
        self.type = ctype
        self.type_options = options
        self.innerboundary = (options['boundary'].encode(self.encoding, self.errors)
                              if 'boundary' in options else b"")

        size = -1
        if 'content-length' in headers:
            try:
                size = int(headers['content-length'])
            except ValueError:
                pass
            if maxlen and size > maxlen:
                raise ValueError('Maximum content length exceeded')
        self.length = size
        if self.limit is None and size >= 0:
            self.limit = size

        self.list = self.file = None
        self.done = 0
        if ctype == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif ctype.startswith('multipart/'):
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __del__(self):
        try:
            self.file.close()
        except AttributeError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.file.close()

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        # Only 'value' is computed: an upload's data, or the list of fields.
        if name != 'value':
            raise AttributeError(name)
        if self.file:
            self.file.seek(0)
            data = self.file.read()
            self.file.seek(0)
            return data
        return self.list

    def _fields(self):
        if self.list is None:
            raise TypeError("not indexable")
        return self.list

    def __getitem__(self, key):
        found = [item for item in self._fields() if item.name == key]
        if not found:
            raise KeyError(key)
        return found[0] if len(found) == 1 else found

    def getvalue(self, key, default=None):
        """The field's value (a list of values for a repeated name), or default."""
        if key not in self:
            return default
        field = self[key]
        if isinstance(field, list):
            return [item.value for item in field]
        return field.value

    def getfirst(self, key, default=None):
        """The first value given for the name, or default."""
        if key not in self:
            return default
        field = self[key]
        return field[0].value if isinstance(field, list) else field.value

    def getlist(self, key):
        """Every value given for the name (possibly none)."""
        if key not in self:
            return []
        field = self[key]
        return [item.value for item in field] if isinstance(field, list) else [field.value]

    def keys(self):
        """The field names (each once)."""
        return list({item.name for item in self._fields()})

    def __contains__(self, key):
        return any(item.name == key for item in self._fields())

    def __len__(self):
        return len(self.keys())

    def __bool__(self):
        if self.list is None:
            raise TypeError("Cannot be converted to bool.")
        return bool(self.list)

    def _must_be_bytes(self, data):
        if not isinstance(data, bytes):
            raise ValueError("%s should return bytes, got %s" % (self.fp, type(data).__name__))

    def _query_fields(self, qs):
        pairs = urllib.parse.parse_qsl(
            qs, self.keep_blank_values, self.strict_parsing, encoding=self.encoding,
            errors=self.errors, max_num_fields=self.max_num_fields, separator=self.separator)
        return [MiniFieldStorage(key, value) for key, value in pairs]

    def read_urlencoded(self):
        """Internal: read a query-string body."""
        data = self.fp.read(self.length)
        self._must_be_bytes(data)
        qs = data.decode(self.encoding, self.errors)
        if self.qs_on_post:
            qs += '&' + self.qs_on_post
        self.list = self._query_fields(qs)
        self.skip_lines()

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """Internal: read the parts of a multipart body, each a FieldStorage."""
        boundary = self.innerboundary
        if not valid_boundary(boundary):
            raise ValueError('Invalid boundary in multipart form: %r' % (boundary,))
        self.list = []
        if self.qs_on_post:
            self.list.extend(self._query_fields(self.qs_on_post))
        part_class = self.FieldStorageClass or self.__class__

        # Everything up to the first boundary line is a preamble.
        line = self.fp.readline()
        self._must_be_bytes(line)
        self.bytes_read += len(line)
        while line and line.strip() != b"--" + boundary:
            line = self.fp.readline()
            self.bytes_read += len(line)

        fields_left = self.max_num_fields
        if fields_left is not None:
            fields_left -= len(self.list)

        while True:
            header_text = b""
            while True:
                line = self.fp.readline()
                header_text += line
                if not line.strip():
                    break
            if not header_text:
                break
            self.bytes_read += len(header_text)
            parser = FeedParser()
            parser.feed(header_text.decode(self.encoding, self.errors))
            part_headers = parser.close()
            # The length of the whole body says nothing about one part.
            if 'content-length' in part_headers:
                del part_headers['content-length']
            limit = None if self.limit is None else self.limit - self.bytes_read
            part = part_class(self.fp, part_headers, boundary, environ, keep_blank_values,
                              strict_parsing, limit, self.encoding, self.errors,
                              fields_left, self.separator)
            if fields_left is not None:
                fields_left -= 1 + (len(part.list) if part.list else 0)
                if fields_left < 0:
                    raise ValueError('Max number of fields exceeded')
            self.bytes_read += part.bytes_read
            self.list.append(part)
            if part.done or self.bytes_read >= self.length > 0:
                break
        self.skip_lines()

    def read_single(self):
        """Internal: read a part holding one value."""
        if self.length >= 0:
            self.read_binary()
            self.skip_lines()
        else:
            self.read_lines()
        self.file.seek(0)

    def read_binary(self):
        """Internal: copy exactly self.length bytes into a file."""
        self.file = self.make_file()
        left = self.length
        while left > 0:
            data = self.fp.read(min(left, self.bufsize))
            self._must_be_bytes(data)
            self.bytes_read += len(data)
            if not data:
                self.done = -1
                break
            self.file.write(data)
            left -= len(data)

    def read_lines(self):
        """Internal: read lines up to the end or the outer boundary."""
        # Small values stay in memory; _spill moves them to a file past 1000 bytes.
        self.file = self._memory = BytesIO() if self._binary_file else StringIO()
        if self.outerboundary:
            self.read_lines_to_outerboundary()
        else:
            self.read_lines_to_eof()

    def _spill(self, line):
        # line is bytes.
        if self._memory is not None and self._memory.tell() + len(line) > 1000:
            self.file = self.make_file()
            self.file.write(self._memory.getvalue())
            self._memory = None
        self.file.write(line if self._binary_file else line.decode(self.encoding, self.errors))

    def read_lines_to_eof(self):
        """Internal: read lines until EOF."""
        while True:
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            if not line:
                self.done = -1
                return
            self._spill(line)

    def read_lines_to_outerboundary(self):
        """Internal: read lines until the outer boundary. The line end before a boundary
        belongs to the boundary, so each line's end is held back until the next line
        shows it is not one."""
        next_boundary = b"--" + self.outerboundary
        last_boundary = next_boundary + b"--"
        held = b""
        at_line_start = True
        taken = 0
        while True:
            if self.limit is not None and 0 <= self.limit <= taken:
                break
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            taken += len(line)
            if not line:
                self.done = -1
                break
            if held == b"\r":
                # A lone CR may be the first half of a CR LF split across reads.
                line = held + line
                held = b""
            if line.startswith(b"--") and at_line_start:
                bare = line.rstrip()
                if bare == next_boundary:
                    break
                if bare == last_boundary:
                    self.done = 1
                    break
            previous = held
            for ending in (b"\r\n", b"\n", b"\r"):
                if line.endswith(ending):
                    held = ending
                    line = line[:-len(ending)]
                    at_line_start = ending != b"\r"
                    break
            else:
                held = b""
                at_line_start = False
            self._spill(previous + line)

    def skip_lines(self):
        """Internal: skip lines until the outer boundary, if there is one."""
        if not self.outerboundary or self.done:
            return
        next_boundary = b"--" + self.outerboundary
        last_boundary = next_boundary + b"--"
        at_line_start = True
        while True:
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            if not line:
                self.done = -1
                return
            # CPython tests endswith here (not startswith); kept for the same results.
            if line.endswith(b"--") and at_line_start:
                bare = line.strip()
                if bare == next_boundary:
                    return
                if bare == last_boundary:
                    self.done = 1
                    return
            at_line_start = line.endswith(b'\n')

    def make_file(self):
        """Overridable: a file open for writing and reading back, where a field's data is
        kept: binary for uploads, text for other fields. This one is an anonymous
        temporary file, gone when closed."""
        if self._binary_file:
            return tempfile.TemporaryFile("wb+")
        return tempfile.TemporaryFile("w+", encoding=self.encoding, newline='\n')


def test(environ=os.environ):
    """A CGI script showing everything it was given, as an HTML page."""
    global maxlen
    print("Content-type: text/html")
    print()
    sys.stderr = sys.stdout
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
        print_environ_usage()

        def f():
            exec("testing print_exception() -- <I>italics?</I>")

        def g(f=f):
            f()
        print("<H3>What follows is a test, not an actual exception:</H3>")
        g()
    except:
        print_exception()

    print("<H1>Second try with a small maxlen...</H1>")
    maxlen = 50
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
    except:
        print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    """The current (or given) exception's traceback as HTML."""
    if type is None:
        type, value, tb = sys.exc_info()
    import traceback
    print()
    print("<H3>Traceback (most recent call last):</H3>")
    lines = traceback.format_tb(tb, limit) + traceback.format_exception_only(type, value)
    print("<PRE>%s<B>%s</B></PRE>" % (html.escape("".join(lines[:-1])), html.escape(lines[-1])))
    del tb


def print_environ(environ=os.environ):
    """The environment as an HTML list."""
    print()
    print("<H3>Shell Environment:</H3>")
    print("<DL>")
    for key in sorted(environ.keys()):
        print("<DT>", html.escape(key), "<DD>", html.escape(environ[key]))
    print("</DL>")
    print()


def print_form(form):
    """A form's fields as an HTML list."""
    names = sorted(form.keys())
    print()
    print("<H3>Form Contents:</H3>")
    if not names:
        print("<P>No form fields.")
    print("<DL>")
    for name in names:
        print("<DT>" + html.escape(name) + ":", end=' ')
        field = form[name]
        print("<i>" + html.escape(repr(type(field))) + "</i>")
        print("<DD>" + html.escape(repr(field)))
    print("</DL>")
    print()


def print_directory():
    """The working directory, in HTML."""
    print()
    print("<H3>Current Working Directory:</H3>")
    try:
        where = os.getcwd()
    except OSError as msg:
        print("OSError:", html.escape(str(msg)))
    else:
        print(html.escape(where))
    print()


def print_arguments():
    print()
    print("<H3>Command Line Arguments:</H3>")
    print()
    print(sys.argv)
    print()


_CGI_VARIABLES = """AUTH_TYPE CONTENT_LENGTH CONTENT_TYPE DATE_GMT DATE_LOCAL DOCUMENT_NAME
DOCUMENT_ROOT DOCUMENT_URI GATEWAY_INTERFACE LAST_MODIFIED PATH PATH_INFO PATH_TRANSLATED
QUERY_STRING REMOTE_ADDR REMOTE_HOST REMOTE_IDENT REMOTE_USER REQUEST_METHOD SCRIPT_NAME
SERVER_NAME SERVER_PORT SERVER_PROTOCOL SERVER_ROOT SERVER_SOFTWARE""".split()
_HTTP_VARIABLES = """HTTP_ACCEPT HTTP_CONNECTION HTTP_HOST HTTP_PRAGMA HTTP_REFERER
HTTP_USER_AGENT""".split()


def print_environ_usage():
    """The environment variables a CGI script may be given, as HTML."""
    def items(names):
        return "".join("<LI>" + name + "\n" for name in names)
    print("\n<H3>These environment variables could have been set:</H3>\n<UL>\n"
          + items(_CGI_VARIABLES)
          + "</UL>\nIn addition, HTTP headers sent by the server may be passed in the\n"
          "environment as well.  Here are some common variable names:\n<UL>\n"
          + items(_HTTP_VARIABLES) + "</UL>\n")


def valid_boundary(s):
    """Whether s (str or bytes) can be a multipart boundary: 1 to 201 printable ASCII
    characters, not ending in a space."""
    import re
    pattern = b"^[ -~]{0,200}[!-~]$" if isinstance(s, bytes) else "^[ -~]{0,200}[!-~]$"
    return re.match(pattern, s)


if __name__ == '__main__':
    test()
