"""urllib.parse: splitting, joining, quoting and query-string handling of URLs, as CPython
3.11's module behaves (RFC 3986 with the web's lenient habits).

Owns the result tuples (ParseResult, SplitResult, DefragResult and their bytes twins, with
username/password/hostname/port and geturl), urlsplit/urlparse and their inverses, urljoin,
urldefrag, quote/unquote and their variants, urlencode, parse_qs/parse_qsl and unwrap.
str and bytes arguments are both accepted, never mixed.
"""

import re
import types
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes allow relative references, a network location, and ;params.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn',
                 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn',
               'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
# Kept for compatibility; nothing here consults them.
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps',
              'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp',
                 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Stripped from the front of a URL (WHATWG: C0 controls and space), and removed anywhere.
_LEADING_JUNK = ''.join(map(chr, range(0x21)))
_REMOVED_ANYWHERE = ('\t', '\r', '\n')


def clear_cache():
    """Kept for compatibility: gilpy keeps no parse cache."""


# ------------------------------------------------------- str / bytes coercion

def _same(x):
    return x


def _to_bytes_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """The arguments as str, and the function that turns a str result back into the
    type given (bytes in, bytes out)."""
    text_in = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != text_in:
            raise TypeError("Cannot mix str and non-str arguments")
    if text_in:
        return args + (_same,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_to_bytes_result,)


# ------------------------------------------------------------ result types

class _NetlocParts:
    """username, password, hostname and port read from the netloc field."""

    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # The zone of an IPv6 address keeps its case.
        pct = '%' if isinstance(host, str) else b'%'
        host, sep, zone = host.partition(pct)
        return host.lower() + sep + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(types.GenericAlias)

    def _split_netloc(self, at, colon, lbr, rbr):
        userinfo, has_user, hostinfo = self.netloc.rpartition(at)
        if has_user:
            user, has_pass, password = userinfo.partition(colon)
            user_parts = (user, password if has_pass else None)
        else:
            user_parts = (None, None)
        _, bracket, inside = hostinfo.partition(lbr)
        if bracket:
            host, _, after = inside.partition(rbr)
            _, _, port = after.partition(colon)
        else:
            host, _, port = hostinfo.partition(colon)
        return user_parts, (host, port or None)

    @property
    def _userinfo(self):
        return self._parts()[0]

    @property
    def _hostinfo(self):
        return self._parts()[1]


class _TextParts(_NetlocParts):
    __slots__ = ()
    _encoding = 'ascii'

    def _parts(self):
        return self._split_netloc('@', ':', '[', ']')

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_twin(*(part.encode(encoding, errors) for part in self))


class _ByteParts(_NetlocParts):
    __slots__ = ()

    def _parts(self):
        return self._split_netloc(b'@', b':', b'[', b']')

    def decode(self, encoding='ascii', errors='strict'):
        return self._text_twin(*(part.decode(encoding, errors) for part in self))


_DefragBase = namedtuple('DefragResult', 'url fragment')
_SplitBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocParts


class DefragResult(_DefragBase):
    """(url without fragment, fragment)."""
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url

    def encode(self, encoding='ascii', errors='strict'):
        return DefragResultBytes(*(part.encode(encoding, errors) for part in self))


class SplitResult(_SplitBase, _TextParts):
    """urlsplit's five parts."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _TextParts):
    """urlparse's six parts."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url

    def decode(self, encoding='ascii', errors='strict'):
        return DefragResult(*(part.decode(encoding, errors) for part in self))


class SplitResultBytes(_SplitBase, _ByteParts):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _ByteParts):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text, _raw in ((SplitResult, SplitResultBytes), (ParseResult, ParseResultBytes)):
    _text._bytes_twin = _raw
    _raw._text_twin = _text
del _text, _raw


def _bytes_result(result):
    """The bytes twin of a str result (for bytes arguments)."""
    return result.encode('ascii', 'strict')


# ------------------------------------------------------- splitting and joining

def _netloc_end(url, start=0):
    """Where the network location starting at `start` ends (at /, ? or #)."""
    end = len(url)
    for stop in '/?#':
        found = url.find(stop, start)
        if found >= 0:
            end = min(end, found)
    return end


_IPV_FUTURE = re.compile(r"\Av[a-fA-F0-9]+\..+\Z")
_IPV4 = re.compile(r"\A(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\Z")


def _valid_ipv4(text):
    found = _IPV4.match(text)
    return bool(found) and all(int(part) <= 255 and (part == '0' or not part.startswith('0'))
                               for part in found.groups())


def _valid_ipv6(text):
    """Whether `text` is an IPv6 address (optionally with a %zone)."""
    address, pct, zone = text.partition('%')
    if pct and not zone:
        return False
    if address.count('::') > 1:
        return False
    head, gap, tail = address.partition('::')
    groups = [head.split(':') if head else [], tail.split(':') if tail else []]
    last = groups[1] if gap else groups[0]
    if last and '.' in last[-1]:
        if not _valid_ipv4(last[-1]):
            return False
        last[-1:] = ['0', '0']
    count = len(groups[0]) + len(groups[1])
    if (gap and count > 7) or (not gap and count != 8):
        return False
    hexdigits = '0123456789abcdefABCDEF'
    return all(1 <= len(g) <= 4 and all(c in hexdigits for c in g)
               for g in groups[0] + groups[1])


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not _IPV_FUTURE.match(host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _valid_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _valid_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


def _check_netloc(netloc):
    """A netloc whose NFKC form has URL delimiters in it is rejected (CVE-2019-9636)."""
    if not netloc or netloc.isascii():
        return
    try:
        import unicodedata
    except ImportError:
        return
    bare = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    folded = unicodedata.normalize('NFKC', bare)
    if folded == bare:
        return
    for c in '/?#@:':
        if c in folded:
            raise ValueError(f"netloc '{netloc}' contains invalid characters under NFKC normalization")


def urlsplit(url, scheme='', allow_fragments=True):
    """scheme://netloc/path?query#fragment split into a SplitResult."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for junk in _REMOVED_ANYWHERE:
        url = url.replace(junk, '')
        scheme = scheme.replace(junk, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc and ']' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    result = SplitResult(scheme, netloc, url, query, fragment)
    return result if coerce is _same else _bytes_result(result)


def urlparse(url, scheme='', allow_fragments=True):
    """scheme://netloc/path;params?query#fragment split into a ParseResult."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        # The parameters of the last path segment only.
        at = path.find(';', path.rfind('/')) if '/' in path else path.find(';')
        if at >= 0:
            path, params = path[:at], path[at + 1:]
    result = ParseResult(scheme, netloc, path, params, query, fragment)
    return result if coerce is _same else _bytes_result(result)


def urlunsplit(components):
    """The URL whose urlsplit() gives these five parts (up to equivalent forms)."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = f'{scheme}:{url}'
    if query:
        url = f'{url}?{query}'
    if fragment:
        url = f'{url}#{fragment}'
    return coerce(url)


def urlunparse(components):
    """The URL whose urlparse() gives these six parts."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = f'{url};{params}'
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """`url` resolved against `base` (RFC 3986 section 5, with CPython's leniencies)."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path.startswith('/'):
        segments = path.split('/')
    else:
        directory = bpath.split('/')
        if directory[-1] != '':
            directory.pop()
        segments = directory + path.split('/')
        # Empty segments in the middle collapse; the first and last keep their meaning.
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for segment in segments:
        if segment == '..':
            if resolved:
                resolved.pop()
        elif segment != '.':
            resolved.append(segment)
    if segments[-1] in ('.', '..'):
        resolved.append('')
    return coerce(urlunparse((scheme, netloc, '/'.join(resolved) or '/', params, query,
                              fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment) as a DefragResult."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        bare = urlunparse((scheme, netloc, path, params, query, ''))
    else:
        bare, fragment = url, ''
    result = DefragResult(bare, fragment)
    return result if coerce is _same else result.encode('ascii', 'strict')


# ------------------------------------------------------------------ quoting

_HEX_DIGITS = '0123456789ABCDEFabcdef'
_BYTE_OF_HEX = {(a + b).encode(): bytes.fromhex(a + b) for a in _HEX_DIGITS for b in _HEX_DIGITS}
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_ascii_runs = re.compile('([\x00-\x7f]+)')


def unquote_to_bytes(string):
    """%xx escapes replaced by their bytes (str is UTF-8 encoded first)."""
    if not string:
        string.split  # a TypeError for non-strings, as CPython
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = _BYTE_OF_HEX.get(piece[:2])
        if byte is None:
            out.append(b'%' + piece)
        else:
            out.append(byte + piece[2:])
    return b''.join(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """%xx escapes replaced, the bytes decoded with `encoding` (bad ones replaced)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    runs = _ascii_runs.split(string)
    out = [runs[0]]
    for at in range(1, len(runs), 2):
        out.append(unquote_to_bytes(runs[at]).decode(encoding, errors))
        out.append(runs[at + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote, with '+' read as a space (HTML form values)."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Bytes %-escaped, except letters, digits, '_.-~' and the `safe` ASCII characters."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    keep = _ALWAYS_SAFE.union(safe)
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """A str or bytes %-escaped for use in a URL (str encoded with `encoding`, UTF-8)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote, with spaces as '+' (HTML form values)."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    extra = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + extra, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as 'k=v&k2=v2' (values as sequences too with doseq)."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def one(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        return quote_via(str(value), safe, encoding, errors)

    pairs = []
    for key, value in query:
        key = one(key)
        if not doseq or isinstance(value, (bytes, str)):
            pairs.append(key + '=' + one(value))
            continue
        try:
            len(value)
        except TypeError:
            pairs.append(key + '=' + one(value))
        else:
            pairs.extend(key + '=' + one(item) for item in value)
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs, in order."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError(f"bad query field: {field!r}")
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((coerce(name), coerce(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of name -> list of values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        found.setdefault(name, []).append(value)
    return found


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# ---- taking URLs apart (the old splitX helpers) --------------------------------------------

_SCHEME = re.compile("([^/:]+):(.*)", re.DOTALL)
_HOST = re.compile("//([^/#?]*)(.*)", re.DOTALL)
_PORT = re.compile("(.*):([0-9]*)", re.DOTALL)


def _splittype(url):
    """('scheme', 'rest') of 'scheme:rest'; (None, url) without a scheme."""
    found = _SCHEME.match(url)
    if found:
        scheme, data = found.groups()
        return scheme.lower(), data
    return None, url


def _splithost(url):
    """('host', '/path') of '//host/path'; (None, url) without an authority."""
    found = _HOST.match(url)
    if found:
        host_port, path = found.groups()
        if path and path[0] != "/":
            path = "/" + path
        return host_port, path
    return None, url


def _splituser(host):
    """('user:password', 'host') of 'user:password@host'."""
    user, delim, host = host.rpartition("@")
    return (user if delim else None), host


def _splitpasswd(user):
    user, delim, passwd = user.partition(":")
    return user, (passwd if delim else None)


def _splitport(host):
    """('host', 'port') of 'host:port'; the port None when missing."""
    found = _PORT.fullmatch(host)
    if found:
        host, port = found.groups()
        if port:
            return host, port
    return host, None


def _splittag(url):
    """('url', 'fragment') of 'url#fragment'."""
    path, delim, tag = url.rpartition("#")
    if delim:
        return path, tag
    return url, None
