"""Policies: the settings that decide how messages are parsed and written (line ending, header
length, how header values are stored, fetched and folded). compat32 keeps the email package's old
behaviour; default (EmailPolicy) unfolds header values and refolds them on output, and SMTP, HTTP,
strict are default's variants."""

import re

from email.headerregistry import HeaderRegistry

__all__ = ["Compat32", "compat32", "Policy", "EmailPolicy", "default", "strict", "SMTP", "SMTPUTF8", "HTTP"]

# Headers a message may carry at most once under the default policy.
_UNIQUE = {
    "to", "from", "subject", "date", "sender", "reply-to", "message-id", "in-reply-to",
    "cc", "bcc", "mime-version", "content-type", "content-transfer-encoding",
    "content-disposition", "orig-date",
}


class Policy:
    """Settings shared by every policy; immutable, changed through clone()."""

    raise_on_defect = False
    linesep = "\n"
    cte_type = "8bit"
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def __init__(self, **kw):
        for name, value in kw.items():
            if hasattr(self, name):
                object.__setattr__(self, name, value)
            else:
                raise TypeError("{!r} is an invalid keyword argument for {}".format(name, self.__class__.__name__))

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def clone(self, **kw):
        """A copy with the given settings changed."""
        new = self.__class__.__new__(self.__class__)
        for name, value in self.__dict__.items():
            object.__setattr__(new, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(name, self.__class__.__name__))
            object.__setattr__(new, name, value)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            message = "{!r} object attribute {!r} is read-only"
        else:
            message = "{!r} object has no attribute {!r}"
        raise AttributeError(message.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def handle_defect(self, obj, defect):
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        return None

    def header_source_parse(self, sourcelines):
        """(name, value) of a header's raw lines: the value keeps its folds, loses its line end."""
        name, value = sourcelines[0].split(":", 1)
        value = value.lstrip(" \t") + "".join(sourcelines[1:])
        return name, value.rstrip("\r\n")


class Compat32(Policy):
    """The email package's behaviour before policies: values stored and returned as given."""

    mangle_from_ = True

    def header_store_parse(self, name, value):
        return name, value

    def header_fetch_parse(self, name, value):
        return value

    def _fold_text(self, name, value, sanitize):
        from email.header import Header
        if isinstance(value, Header):
            return name + ": " + value.encode(linesep=self.linesep, maxlinelen=self.max_line_length)
        lines = value.splitlines()
        if len(lines) > 1:
            # A value parsed with its folds is written back as it came.
            return name + ": " + self.linesep.join(lines)
        if self.max_line_length and len(name) + 2 + len(value) > self.max_line_length:
            header = Header(value, header_name=name, maxlinelen=self.max_line_length)
            return name + ": " + header.encode(linesep=self.linesep)
        return name + ": " + value

    def fold(self, name, value):
        return self._fold_text(name, value, True) + self.linesep

    def fold_binary(self, name, value):
        from email.utils import _bytes_of_text
        return _bytes_of_text(self.fold(name, value))


compat32 = Compat32()


class EmailPolicy(Policy):
    """The modern policy: header values unfolded when read, refolded (RFC 2047 for non-ASCII) on output."""

    refold_source = "long"
    utf8 = False
    header_factory = HeaderRegistry()
    content_manager = None

    def __init__(self, **kw):
        # Each new policy gets a registry of its own; clones share their original's.
        if "header_factory" not in kw:
            object.__setattr__(self, "header_factory", HeaderRegistry())
        super().__init__(**kw)

    def header_max_count(self, name):
        factory = self.header_factory
        if factory is not None and hasattr(factory, "registry"):
            return factory[name].max_count
        return 1 if name.lower() in _UNIQUE else None

    def header_store_parse(self, name, value):
        """(name, header object) of a value set on a message; a header object of the same name
        is kept as it is."""
        if hasattr(value, "name") and getattr(value, "name", None) and str(value.name).lower() == name.lower():
            return name, value
        if isinstance(value, str) and len(value.splitlines()) > 1:
            raise ValueError("Header values may not contain linefeed or carriage return characters")
        if self.header_factory is None:
            return name, value
        return name, self.header_factory(name, value)

    def header_fetch_parse(self, name, value):
        """The header object of a stored value (a raw source line becomes one here)."""
        if hasattr(value, "name") and hasattr(value, "defects"):
            return value
        if self.header_factory is not None:
            return self.header_factory(name, "".join(re.split(r"\n|\r", str(value))))
        return self._decoded_text(value)

    def _decoded_text(self, value):
        if not isinstance(value, str):
            value = str(value)
        value = "".join(value.splitlines())
        if "=?" in value:
            # RFC 2047 encoded words read back as the text they encode.
            from email.header import decode_header, make_header
            try:
                pieces = decode_header(value)
            except ValueError:
                return value
            known = []
            for data, charset in pieces:
                try:
                    if charset is not None:
                        "".encode(charset)
                except LookupError:
                    # A charset nobody knows: its bytes as far as ASCII reads them.
                    data, charset = data.decode("ascii", "replace").encode("ascii", "replace"), "us-ascii"
                known.append((data, charset))
            try:
                value = str(make_header(known))
            except (LookupError, UnicodeError):
                pass
        return value

    def fold(self, name, value):
        return self._fold(name, value, self.utf8)

    def fold_binary(self, name, value):
        from email.utils import _bytes_of_text
        folded = self._fold(name, value, self.utf8 or self.cte_type == "8bit")
        if self.utf8:
            return folded.encode("utf-8", "surrogateescape")
        return _bytes_of_text(folded)

    def _fold(self, name, value, allow_utf8):
        text = "".join(str(value).splitlines())
        if not allow_utf8 and not text.isascii():
            text = _encode_words(name, text)
        limit = self.max_line_length or 0
        line = name + ":"
        lines = []
        pieces = text.split(" ")
        if name.lower() in _ADDRESS_HEADERS:
            # Address lists break between addresses, and inside one only when it is too long.
            pieces = _address_pieces(text, limit - 1 if limit else 0)
        trailing = "," if name.lower() in _ADDRESS_HEADERS else ""
        for word in pieces:
            candidate = line + " " + word
            # A separating comma may run past the limit (as 3.11's folder lets it).
            measured = len(candidate) - (1 if trailing and candidate.endswith(trailing) else 0)
            if limit and measured > limit and line != name + ":":
                lines.append(line)
                line = " " + word
            else:
                line = candidate
        lines.append(line)
        return self.linesep.join(lines) + self.linesep


# Headers whose values are address lists: only the display names get encoded.
_ADDRESS_HEADERS = {"from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to", "resent-cc"}


def _encode_words(name, text):
    """`text` with its non-ASCII stretch written as one RFC 2047 encoded word."""
    from email.charset import Charset
    utf8 = Charset("utf-8")
    if name.lower() in _ADDRESS_HEADERS:
        from email.utils import getaddresses, formataddr
        shown = []
        for realname, address in getaddresses([text]):
            if realname and not realname.isascii():
                # Only the non-ASCII stretch of the display name is encoded.
                shown.append("{} <{}>".format(_encode_stretch(utf8, realname), address))
            else:
                shown.append(formataddr((realname, address)))
        return ", ".join(shown)
    return _encode_stretch(utf8, text)


def _address_pieces(text, room):
    """The addresses of a list (each but the last keeping its comma); one longer than `room`
    is split at its spaces."""
    pieces, current, quoted, depth = [], [], False, 0
    for index, ch in enumerate(text):
        if ch == '"' and (index == 0 or text[index - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch in "<(":
            depth += 1
        elif not quoted and ch in ">)":
            depth = max(0, depth - 1)
        current.append(ch)
        if ch == "," and not quoted and depth == 0 and text[index + 1:index + 2] == " ":
            pieces.append("".join(current))
            current = []
    pieces.append("".join(current))
    words = []
    for piece in pieces:
        piece = piece.strip(" ")
        if room and len(piece) > room:
            words.extend(piece.split(" "))
        elif piece:
            words.append(piece)
    return words


def _encoded_word(text):
    """One utf-8 encoded word: q unless b is at least 5 characters shorter (as 3.11 chooses)."""
    from email import base64mime, quoprimime
    data = text.encode("utf-8")
    if quoprimime.header_length(data) - base64mime.header_length(data) < 5:
        return quoprimime.header_encode(data, "utf-8")
    return base64mime.header_encode(data, "utf-8")


def _encode_stretch(utf8, text):
    words = text.split(" ")
    marked = [i for i, w in enumerate(words) if not w.isascii()]
    first, last = marked[0], marked[-1]
    middle = _encoded_word(" ".join(words[first:last + 1]))
    return " ".join(words[:first] + [middle] + words[last + 1:])


default = EmailPolicy()
# The default policy (and its clones) use the class's registry.
del default.header_factory
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep="\r\n")
HTTP = default.clone(linesep="\r\n", max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
