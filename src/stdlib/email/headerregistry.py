"""email.headerregistry: the header objects of the default policy. A header value read from an
EmailMessage is a str subclass made by HeaderRegistry: the decoded text plus the parsed parts
(addresses and groups, a datetime, MIME type and parameters, ...). Address and Group are the
values address headers hold. Parsing here is our own small RFC 5322 reader: comments dropped,
quoted strings and RFC 2047 encoded words decoded, RFC 2231 parameters joined."""

import re
from types import MappingProxyType

from email import errors
from email import utils

__all__ = [
    "Address", "Group", "BaseHeader", "UnstructuredHeader", "UniqueUnstructuredHeader",
    "DateHeader", "UniqueDateHeader", "AddressHeader", "UniqueAddressHeader",
    "SingleAddressHeader", "UniqueSingleAddressHeader", "MIMEVersionHeader",
    "ParameterizedMIMEHeader", "ContentTypeHeader", "ContentDispositionHeader",
    "ContentTransferEncodingHeader", "MessageIDHeader", "HeaderRegistry",
]

# Characters that force quoting in a display name, and in a local part (where '.' may stand).
_SPECIALS = set('()<>@,:;."[]')
_LOCAL_ENDS = (_SPECIALS | set(" \t")) - {"."}


def _quote(text):
    return '"' + str(text).replace("\\", "\\\\").replace('"', r"\"") + '"'


# ---- RFC 2047 encoded words ------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([qQbB])\?([^?\s]*)\?=")


def _decode_word(charset, kind, data):
    import base64
    import binascii
    charset = charset.split("*", 1)[0]
    if kind in "qQ":
        raw = re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                     data.replace("_", " ").encode("ascii", "surrogateescape"))
    else:
        try:
            raw = base64.b64decode(data + "=" * (-len(data) % 4))
        except (binascii.Error, ValueError):
            return None
    try:
        return raw.decode(charset, "replace")
    except LookupError:
        return raw.decode("ascii", "replace")


def _decode_words(text):
    """text with its encoded words decoded; blanks between two encoded words go away."""
    pieces = []
    last_end = 0
    previous_encoded = False
    for m in _ENCODED_WORD.finditer(text):
        gap = text[last_end:m.start()]
        decoded = _decode_word(*m.groups())
        if decoded is None:
            continue
        if not (previous_encoded and gap.strip(" \t") == ""):
            pieces.append(gap)
        pieces.append(decoded)
        last_end = m.end()
        previous_encoded = True
    pieces.append(text[last_end:])
    return "".join(pieces)


# ---- the address reader ----------------------------------------------------------------------

class _Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind, text):
        self.kind = kind    # "atom", "quoted", "literal", "space" or a special character
        self.text = text


def _tokenize(text):
    """Tokens of an address header; comments are dropped (they stand as a space)."""
    tokens = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\r\n":
            while i < n and text[i] in " \t\r\n":
                i += 1
            tokens.append(_Token("space", " "))
        elif ch == "(":
            depth = 0
            while i < n:
                if text[i] == "\\":
                    i += 2
                    continue
                if text[i] == "(":
                    depth += 1
                elif text[i] == ")":
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                i += 1
            tokens.append(_Token("space", " "))
        elif ch == '"':
            i += 1
            chars = []
            while i < n and text[i] != '"':
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(text[i])
                i += 1
            i += 1
            tokens.append(_Token("quoted", "".join(chars)))
        elif ch == "[":
            end = text.find("]", i)
            end = n if end < 0 else end + 1
            tokens.append(_Token("literal", text[i:end]))
            i = end
        elif ch in "<>@,:;":
            tokens.append(_Token(ch, ch))
            i += 1
        else:
            start = i
            while i < n and text[i] not in ' \t\r\n()"[<>@,:;':
                i += 1
            tokens.append(_Token("atom", text[start:i]))
    return tokens


def _words(tokens):
    return [t for t in tokens if t.kind in ("atom", "quoted", "literal")]


def _phrase(tokens):
    """A display name: its words joined by single spaces, encoded words decoded."""
    parts = []
    for token in _words(tokens):
        parts.append(token.text if token.kind != "atom" else token.text)
    return _decode_words(" ".join(parts))


def _addr_spec(tokens):
    """(local part, domain) of tokens holding local@domain (the domain may be missing)."""
    at = None
    for index, token in enumerate(tokens):
        if token.kind == "@":
            at = index
    if at is None:
        local_tokens, domain_tokens = tokens, []
    else:
        local_tokens, domain_tokens = tokens[:at], tokens[at + 1:]
    local = " ".join(t.text for t in _words(local_tokens)) if at is None else \
        "".join(t.text for t in _words(local_tokens))
    domain = "".join(t.text for t in _words(domain_tokens))
    return local, domain


def _mailbox(tokens):
    """(display name, local part, domain) of one mailbox's tokens, or None if it is empty."""
    if not _words(tokens) and not any(t.kind in "<>@" for t in tokens):
        return None
    kinds = [t.kind for t in tokens]
    if "<" in kinds and "@" not in kinds[:kinds.index("<")]:
        opening = kinds.index("<")
        closing = kinds.index(">", opening) if ">" in kinds[opening:] else len(tokens)
        inner = tokens[opening + 1:closing]
        inner_kinds = [t.kind for t in inner]
        if ":" in inner_kinds:
            # A source route (@a,@b:) before the address proper.
            inner = inner[inner_kinds.index(":") + 1:]
        local, domain = _addr_spec(inner)
        return _phrase(tokens[:opening]), local, domain
    if "<" in kinds:
        # An addr-spec first: what follows it is ignored.
        tokens = tokens[:kinds.index("<")]
    local, domain = _addr_spec(tokens)
    return "", local, domain


def _split_top(tokens, separator):
    """Split tokens at `separator` outside angle brackets."""
    pieces, current, depth = [], [], 0
    for token in tokens:
        if token.kind == "<":
            depth += 1
        elif token.kind == ">":
            depth = max(0, depth - 1)
        if token.kind == separator and depth == 0:
            pieces.append(current)
            current = []
        else:
            current.append(token)
    pieces.append(current)
    return pieces


def _parse_address_list(text):
    """[(group name or None, [(display name, local, domain), ...]), ...] of an address header."""
    tokens = _tokenize(text)
    found = []
    i = 0
    current = []
    depth = 0

    def finish(chunk):
        box = _mailbox(chunk)
        if box is not None:
            found.append((None, [box]))

    while i < len(tokens):
        token = tokens[i]
        if token.kind == "<":
            depth += 1
        elif token.kind == ">":
            depth = max(0, depth - 1)
        if depth == 0 and token.kind == ":" and not any(t.kind in "<@" for t in current):
            # A group: name ':' mailboxes ';'
            name = _phrase(current)
            end = i + 1
            while end < len(tokens) and tokens[end].kind != ";":
                end += 1
            members = [_mailbox(chunk) for chunk in _split_top(tokens[i + 1:end], ",")]
            found.append((name, [box for box in members if box is not None]))
            current = []
            i = end + 1
            continue
        if depth == 0 and token.kind == ",":
            finish(current)
            current = []
        else:
            current.append(token)
        i += 1
    finish(current)
    return found


# ---- Address and Group -----------------------------------------------------------------------

_WORD = r'(?:"(?:[^"\\]|\\.)*"|[^\s()<>@,;:"\[\]\\]+)'
_LOCAL_WORD = re.compile(_WORD)
_ADDR_SPEC = re.compile(r"\s*(%s+)(?:@(\[[^\]]*\]|[^\s()<>@,;:\"\[\]\\]+))?\s*" % _WORD)


def _unquote_word(word):
    if word.startswith('"'):
        return re.sub(r"\\(.)", r"\1", word[1:-1])
    return word


class Address:
    """One mailbox: display_name, username (local part) and domain."""

    def __init__(self, display_name="", username="", domain="", addr_spec=None):
        joined = "".join(part for part in (display_name, username, domain, addr_spec) if part)
        if "\r" in joined or "\n" in joined:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also specified")
            username, domain = self._split_spec(addr_spec)
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @staticmethod
    def _split_spec(addr_spec):
        m = _ADDR_SPEC.match(addr_spec)
        if m is None or m.end() != len(addr_spec):
            parsed = m.group(0) if m else ""
            raise ValueError("Invalid addr_spec; only '{}' could be parsed from '{}'".format(parsed, addr_spec))
        local = "".join(_unquote_word(word) for word in _LOCAL_WORD.findall(m.group(1)))
        return local, m.group(2) or ""

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        """username@domain, the username quoted when it needs to be; '<>' when both are empty."""
        local = self.username
        if not _LOCAL_ENDS.isdisjoint(local):
            local = _quote(local)
        if self.domain:
            return local + "@" + self.domain
        return local if local else "<>"

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        name = self.display_name
        if not _SPECIALS.isdisjoint(name):
            name = _quote(name)
        if not name:
            return self.addr_spec
        return "{} <{}>".format(name, "" if self.addr_spec == "<>" else self.addr_spec)

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name, self.username, self.domain) == \
            (other.display_name, other.username, other.domain)


class Group:
    """A named list of addresses (display_name None for a lone address outside any group)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        # 3.11 writes this without the closing parenthesis.
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        name = self.display_name
        if name is not None and not _SPECIALS.isdisjoint(name):
            name = _quote(name)
        members = ", ".join(str(address) for address in self.addresses)
        return "{}:{};".format(name, " " + members if members else members)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name, self.addresses) == (other.display_name, other.addresses)


# ---- header classes --------------------------------------------------------------------------

class BaseHeader(str):
    """The common part of every header class: a str of the decoded value with a name and
    defects. Concrete classes are made by HeaderRegistry from a specialised class and this one;
    the specialised class's parse(value, kwds) fills kwds['decoded'] and its other fields."""

    def __new__(cls, name, value):
        kwds = {"defects": []}
        cls.parse(value, kwds)
        decoded = kwds.pop("decoded")
        try:
            decoded.encode("utf-8")
        except UnicodeEncodeError:
            # Undecodable bytes kept as surrogates: shown as replacement characters.
            decoded = decoded.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        self = str.__new__(cls, decoded)
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree=None, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        return (_reconstruct_header, (self.__class__.__name__, self.__class__.__bases__, str(self)),
                self.__getstate__())

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """The header as "Name: value" lines of the policy's length, ending with its linesep."""
        return policy._fold(self.name, str(self), policy.utf8)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


class UnstructuredHeader:
    """Free text (Subject, Comments, unknown headers): encoded words decoded."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = _decode_words(str(value))


class UniqueUnstructuredHeader(UnstructuredHeader):
    max_count = 1


class DateHeader:
    """A date: `datetime` is the value as an aware (or naive, for -0000) datetime; the text is
    the date reformatted as RFC 5322 writes it."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds["defects"].append(errors.HeaderMissingRequiredValue())
            kwds["datetime"] = None
            kwds["decoded"] = ""
            return
        if isinstance(value, str):
            kwds["decoded"] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except (ValueError, TypeError):
                kwds["defects"].append(errors.InvalidDateDefect("Invalid date value or format"))
                kwds["datetime"] = None
                return
        kwds["datetime"] = value
        kwds["decoded"] = utils.format_datetime(value)

    def init(self, *args, **kw):
        self._datetime = kw.pop("datetime")
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):
    max_count = 1


class AddressHeader:
    """A list of addresses and groups (To, Cc, From, ...): `groups` and `addresses`."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            groups = [Group(name, [Address(display, local, domain) for display, local, domain in boxes])
                      for name, boxes in _parse_address_list(_unfold(value))]
        else:
            if not hasattr(value, "__iter__"):
                value = [value]
            groups = [item if hasattr(item, "addresses") else Group(None, [item]) for item in value]
        kwds["groups"] = groups
        kwds["decoded"] = ", ".join(str(group) for group in groups)

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop("groups"))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(address for group in self._groups for address in group.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):
    max_count = 1


class SingleAddressHeader(AddressHeader):
    """An address header that must hold exactly one address (Sender)."""

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError("value of single address header {} is not a single address".format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):
    max_count = 1


def _unfold(text):
    return re.sub(r"\r?\n(?=[ \t])", "", str(text))


class MIMEVersionHeader:
    """MIME-Version: `version` ('1.0'), `major` and `minor` (None when unreadable)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value)
        kwds["decoded"] = text
        bare = re.sub(r"\([^)]*\)", " ", text)
        m = re.fullmatch(r"\s*(\d+)\s*\.\s*(\d+)\s*", bare)
        if m:
            kwds["major"], kwds["minor"] = int(m.group(1)), int(m.group(2))
            kwds["version"] = "{}.{}".format(kwds["major"], kwds["minor"])
        else:
            if not text.strip():
                kwds["defects"].append(errors.HeaderMissingRequiredValue("Missing MIME version number (eg: 1.0)"))
            else:
                kwds["defects"].append(errors.InvalidHeaderDefect("Expected MIME version number but found {!r}".format(text)))
            kwds["major"] = kwds["minor"] = kwds["version"] = None

    def init(self, *args, **kw):
        self._version = kw.pop("version")
        self._major = kw.pop("major")
        self._minor = kw.pop("minor")
        super().init(*args, **kw)

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


def _split_params(text):
    """The parts of a MIME header between top-level semicolons (quotes respected)."""
    parts, current, quoted, escaped = [], [], False, False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _read_params(pieces):
    """{name: value} of "name=value" pieces: quotes removed, RFC 2231 parts joined and decoded."""
    from urllib.parse import unquote
    simple = {}
    continued = {}
    for piece in pieces:
        piece = re.sub(r"\([^)]*\)", "", piece).strip()
        if not piece:
            continue
        name, eq, value = piece.partition("=")
        name = name.strip().lower()
        value = value.strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = re.sub(r"\\(.)", r"\1", value[1:-1])
        m = re.fullmatch(r"(.+?)\*(\d+)?(\*)?", name)
        if m:
            continued.setdefault(m.group(1), []).append((int(m.group(2) or 0), bool(m.group(3) or not m.group(2)), value))
        else:
            simple[name] = value
    for name, parts in continued.items():
        parts.sort()
        charset = None
        text = []
        for index, (number, encoded, value) in enumerate(parts):
            if encoded:
                if index == 0 and value.count("'") >= 2:
                    charset, _, value = value.split("'", 2)
                value = unquote(value, encoding=charset or "us-ascii", errors="replace") if charset else unquote(value)
            text.append(value)
        simple[name] = "".join(text)
    return simple


class ParameterizedMIMEHeader:
    """A MIME header with ;-separated parameters: `params` (lowercased names)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = _unfold(value)
        pieces = _split_params(text)
        kwds["params"] = params = _read_params(pieces[1:])
        rendered = pieces[0]
        for name, val in params.items():
            rendered += "; {}={}".format(name, _quote(val))
        kwds["decoded"] = rendered
        kwds["head"] = re.sub(r"\([^)]*\)", "", pieces[0]).strip()

    def init(self, *args, **kw):
        self._params = kw.pop("params")
        self._head = kw.pop("head")
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):
    """Content-Type: `content_type`, `maintype`, `subtype` (text/plain when unreadable)."""

    @classmethod
    def parse(cls, value, kwds):
        super().parse(value, kwds)
        head = kwds["head"]
        if not head:
            kwds["defects"].append(errors.HeaderMissingRequiredValue("Missing content type specification"))
        elif not re.fullmatch(r"[^\s/]+\s*/\s*[^\s/]+", head):
            kwds["defects"].append(errors.InvalidHeaderDefect("Expected content maintype but found {!r}".format(head)))

    def init(self, *args, **kw):
        super().init(*args, **kw)
        m = re.fullmatch(r"([^\s/]+)\s*/\s*([^\s/]+)", self._head)
        if m:
            self._maintype, self._subtype = m.group(1).lower(), m.group(2).lower()
        else:
            self._maintype, self._subtype = "text", "plain"

    @property
    def maintype(self):
        return self._maintype

    @property
    def subtype(self):
        return self._subtype

    @property
    def content_type(self):
        return self.maintype + "/" + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):
    """Content-Disposition: `content_disposition` (lowercased; None when missing)."""

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._content_disposition = self._head.lower() if self._head else None

    @property
    def content_disposition(self):
        return self._content_disposition


class ContentTransferEncodingHeader:
    """Content-Transfer-Encoding: `cte` (lowercased; 7bit when missing)."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = text = str(value)
        kwds["cte"] = re.sub(r"\([^)]*\)", "", text).strip().lower() or "7bit"

    def init(self, *args, **kw):
        self._cte = kw.pop("cte")
        super().init(*args, **kw)

    @property
    def cte(self):
        return self._cte


class MessageIDHeader:
    """Message-ID: the value as given, with a defect when it is not <left@right>."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds["decoded"] = text = str(value)
        if not re.fullmatch(r"\s*<[^<>@\s]+@[^<>@\s]+>\s*", text):
            kwds["defects"].append(errors.InvalidHeaderDefect("Invalid msg-id: {!r}".format(text)))


_default_header_map = {
    "subject": UniqueUnstructuredHeader,
    "date": UniqueDateHeader,
    "resent-date": DateHeader,
    "orig-date": UniqueDateHeader,
    "sender": UniqueSingleAddressHeader,
    "resent-sender": SingleAddressHeader,
    "to": UniqueAddressHeader,
    "resent-to": AddressHeader,
    "cc": UniqueAddressHeader,
    "resent-cc": AddressHeader,
    "bcc": UniqueAddressHeader,
    "resent-bcc": AddressHeader,
    "from": UniqueAddressHeader,
    "resent-from": AddressHeader,
    "reply-to": UniqueAddressHeader,
    "mime-version": MIMEVersionHeader,
    "content-type": ContentTypeHeader,
    "content-disposition": ContentDispositionHeader,
    "content-transfer-encoding": ContentTransferEncodingHeader,
    "message-id": MessageIDHeader,
}


class HeaderRegistry:
    """A header factory for the policy: name -> header class made from a specialised class
    (by name, or default_class) and base_class."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader, use_default_map=True):
        self.registry = dict(_default_header_map) if use_default_map else {}
        self.base_class = base_class
        self.default_class = default_class

    def map_to_type(self, name, cls):
        """Use cls for headers called name."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        special = self.registry.get(name.lower(), self.default_class)
        return type("_" + special.__name__, (special, self.base_class), {})

    def __call__(self, name, value):
        return self[name](name, value)
