"""Message, the email package's model of one message: an ordered list of headers (names compared
without case, duplicates allowed) and a payload (a string, or a list of sub-messages when it is
multipart), with the accessors for content types and their parameters. EmailMessage and MIMEPart
are the same model under the default policy, with set_content/add_attachment/get_body."""

import binascii
import re
import uuid

from email import errors, utils
from email import charset as _charset
from email.policy import compat32

__all__ = ["Message", "EmailMessage", "MIMEPart"]

SEMISPACE = "; "
# Characters that force a parameter value into quotes.
_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _split_param(text):
    """('value', 'rest of the parameters') of a header value."""
    head, sep, rest = str(text).partition(";")
    if not sep:
        return head.strip(), None
    return head.strip(), rest.strip()


def _format_param(param, value=None, quote=True):
    """'name="value"' (or the bare name when there is no value), as headers write parameters."""
    if value is None or len(value) == 0:
        return param
    if isinstance(value, tuple):
        param += "*"
        value = utils.encode_rfc2231(value[2], value[0], value[1])
        return "%s=%s" % (param, value)
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return "%s*=%s" % (param, utils.encode_rfc2231(value, "utf-8", ""))
    if quote or _TSPECIALS.search(value):
        return '%s="%s"' % (param, utils.quote(value))
    return "%s=%s" % (param, value)


def _parse_params(text):
    """The ';'-separated pieces of a header value, quotes respected; names lowercased."""
    pieces = []
    text = ";" + str(text)
    while text[:1] == ";":
        text = text[1:]
        end = text.find(";")
        while end > 0 and (text.count('"', 0, end) - text.count('\\"', 0, end)) % 2:
            end = text.find(";", end + 1)
        if end < 0:
            end = len(text)
        piece = text[:end]
        if "=" in piece:
            at = piece.index("=")
            piece = piece[:at].strip().lower() + "=" + piece[at + 1:].strip()
        pieces.append(piece.strip())
        text = text[end:]
    return pieces


def _unquote_value(value):
    if isinstance(value, tuple):
        return value[0], value[1], utils.unquote(value[2])
    return utils.unquote(value)


def _has_surrogates(text):
    try:
        text.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


class Message:
    """A message: headers in order, and a payload."""

    def __init__(self, policy=compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = "text/plain"
        # Whether the payload text carries bytes (see utils._text_of_bytes) rather than characters.
        self._escaped = False

    # ---- writing out ----

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text, written by a Generator."""
        from email.generator import Generator
        from io import StringIO
        policy = self.policy if policy is None else policy
        out = StringIO()
        Generator(out, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The whole message as bytes, written by a BytesGenerator."""
        from email.generator import BytesGenerator
        from io import BytesIO
        policy = self.policy if policy is None else policy
        out = BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=policy).flatten(self, unixfrom=unixfrom)
        return out.getvalue()

    # ---- the payload ----

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Adds a part to a multipart payload (a first attach makes the payload a list)."""
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload; its i-th part when multipart; decoded to bytes by its transfer encoding."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError("Expected list, got %s" % type(self._payload))
        payload = self._payload
        cte = str(self.get("content-transfer-encoding", "")).lower()
        if isinstance(payload, str):
            if self._escaped or _has_surrogates(payload):
                raw = utils._bytes_of_text(payload)
                if not decode:
                    try:
                        payload = raw.decode(self.get_param("charset", "ascii"), "replace")
                    except LookupError:
                        payload = raw.decode("ascii", "replace")
            elif decode:
                raw = utils._raw_bytes(payload)
        if not decode:
            return payload
        if payload is None:
            return None
        if not isinstance(payload, str):
            raw = bytes(payload)
        if cte == "quoted-printable":
            from email import quoprimime
            return quoprimime.decode(raw.decode("latin-1")).encode("latin-1")
        if cte == "base64":
            try:
                return binascii.a2b_base64(raw)
            except binascii.Error:
                return raw
        return raw

    def set_payload(self, payload, charset=None):
        """Sets the payload; with a charset, text is encoded in it and the headers say so."""
        if hasattr(payload, "encode"):
            if charset is None:
                self._payload = payload
                return
            if not isinstance(charset, _charset.Charset):
                charset = _charset.Charset(charset)
            payload = payload.encode(charset.output_charset)
        if hasattr(payload, "decode"):
            self._payload = utils._text_of_bytes(payload)
            self._escaped = not self._payload.isascii()
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Names the payload's charset in Content-Type and encodes the payload as it asks."""
        if charset is None:
            self.del_param("charset")
            self._charset = None
            return
        if not isinstance(charset, _charset.Charset):
            charset = _charset.Charset(charset)
        self._charset = charset
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" not in self:
            self.add_header("Content-Type", "text/plain", charset=charset.get_output_charset())
        else:
            self.set_param("charset", charset.get_output_charset())
        if "Content-Transfer-Encoding" in self:
            return
        cte = charset.get_body_encoding()
        if callable(cte):
            cte(self)
            return
        raw = self.get_payload(decode=True)
        if raw:
            self._payload = charset.body_encode(raw)
        self.add_header("Content-Transfer-Encoding", cte)

    def get_charset(self):
        return self._charset

    # ---- headers as a mapping ----

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = sum(1 for k, _ in self._headers if k.lower() == lname)
            if found >= max_count:
                raise ValueError("There may be at most {} {} headers in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        lname = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != lname]

    def __contains__(self, name):
        lname = name.lower()
        return any(k.lower() == lname for k, _ in self._headers)

    def __iter__(self):
        for field, _ in self._headers:
            yield field

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        lname = name.lower()
        for k, v in self._headers:
            if k.lower() == lname:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        lname = name.lower()
        found = [self.policy.header_fetch_parse(k, v) for k, v in self._headers if k.lower() == lname]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('Content-Disposition', 'attachment', filename='a.txt')."""
        parts = []
        for key, value in _params.items():
            key = key.replace("_", "-")
            parts.append(key if value is None else _format_param(key, value))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        """Replaces the first header of that name in place (KeyError when there is none)."""
        lname = _name.lower()
        for i, (k, _) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                return
        raise KeyError(lname)

    # ---- content types and parameters ----

    def get_content_type(self):
        """The lowercased maintype/subtype; the default type when missing or malformed."""
        missing = object()
        value = self.get("content-type", missing)
        if value is missing:
            return self.get_default_type()
        ctype = _split_param(value)[0].lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _params_of(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for piece in _parse_params(value):
            name, sep, val = piece.partition("=")
            params.append((name.strip(), val.strip() if sep else ""))
        return utils.decode_params(params)

    def get_params(self, failobj=None, header="content-type", unquote=True):
        """The header's value and parameters as (name, value) pairs, the first ('type', '')."""
        missing = object()
        params = self._params_of(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquote_value(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        """One parameter's value (an RFC 2231 value as a (charset, language, value) triple)."""
        if header not in self:
            return failobj
        for k, v in self._params_of(failobj, header):
            if k.lower() == param.lower():
                return _unquote_value(v) if unquote else v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True, charset=None, language="", replace=False):
        """Sets (or adds) one parameter of a header, keeping the others."""
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == "content-type":
            ctype = "text/plain"
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _format_param(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _format_param(param, value, requote)])
        else:
            ctype = ""
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                if old_param.lower() == param.lower():
                    append = _format_param(param, value, requote)
                elif not ctype:
                    append = old_param
                else:
                    append = _format_param(old_param, old_value, requote)
                ctype = append if not ctype else SEMISPACE.join([ctype, append])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header="content-type", requote=True):
        """Removes one parameter of a header."""
        if header not in self:
            return
        new_ctype = ""
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                piece = p if not new_ctype else _format_param(p, v, requote)
                new_ctype = piece if not new_ctype else SEMISPACE.join([new_ctype, piece])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header="Content-Type", requote=True):
        """Sets the content type, keeping the parameters."""
        if not type.count("/") == 1:
            raise ValueError
        if header.lower() == "content-type":
            del self["mime-version"]
            self["MIME-Version"] = "1.0"
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        """The filename of Content-Disposition, or the name of Content-Type."""
        missing = object()
        filename = self.get_param("filename", missing, "content-disposition")
        if filename is missing:
            filename = self.get_param("name", missing, "content-type")
        if filename is missing:
            return failobj
        return utils.collapse_rfc2231_value(filename).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param("boundary", missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        """Sets the boundary parameter of Content-Type (HeaderParseError when there is none)."""
        missing = object()
        params = self._params_of(missing, "content-type")
        if params is missing:
            raise errors.HeaderParseError("No Content-Type header found")
        new_params = []
        found = False
        for pk, pv in params:
            if pk.lower() == "boundary":
                new_params.append(("boundary", '"%s"' % boundary))
                found = True
            else:
                new_params.append((pk, pv))
        if not found:
            new_params.append(("boundary", '"%s"' % boundary))
        pieces = []
        for k, v in new_params:
            pieces.append(k if v == "" else "%s=%s" % (k, v))
        value = SEMISPACE.join(pieces)
        for i, (k, _) in enumerate(self._headers):
            if k.lower() == "content-type":
                self._headers[i] = self.policy.header_store_parse(k, value)
                break

    def get_content_charset(self, failobj=None):
        """The lowercased charset parameter of Content-Type."""
        missing = object()
        charset = self.get_param("charset", missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            pcharset = charset[0] or "us-ascii"
            try:
                charset = str(utils._raw_bytes(charset[2]), pcharset)
            except (LookupError, UnicodeError):
                charset = charset[2]
        try:
            charset.encode("us-ascii")
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get("content-disposition")
        if value is None:
            return None
        return _split_param(value)[0].lower()

    def walk(self):
        """This message and every part under it, depth first."""
        yield self
        if self.is_multipart():
            for sub in self.get_payload():
                yield from sub.walk()


class MIMEPart(Message):
    """A message part under the default policy, with the content manager's methods."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default
            policy = default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        disposition = self.get("content-disposition")
        return disposition is not None and _split_param(disposition)[0].lower() == "attachment"

    def _body_candidates(self, preferencelist):
        if self.is_attachment():
            return
        maintype, subtype = self.get_content_type().split("/")
        if maintype == "text":
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), self)
            return
        if maintype != "multipart" or not self.is_multipart():
            return
        if subtype != "related":
            for part in self.iter_parts():
                yield from part._body_candidates(preferencelist)
            return
        if "related" in preferencelist:
            yield (preferencelist.index("related"), self)
        start = self.get_param("start")
        candidate = None
        if start:
            for part in self.iter_parts():
                if part.get("content-id") == start:
                    candidate = part
                    break
        if candidate is None:
            parts = self.get_payload()
            candidate = parts[0] if parts else None
        if candidate is not None:
            yield from candidate._body_candidates(preferencelist)

    def get_body(self, preferencelist=("related", "html", "plain")):
        """The part that is the message's body: the best text part by preference."""
        best = len(preferencelist)
        body = None
        for prio, part in self._body_candidates(preferencelist):
            if prio < best:
                best, body = prio, part
                if prio == 0:
                    break
        return body

    def iter_attachments(self):
        maintype, subtype = self.get_content_type().split("/")
        if maintype != "multipart" or subtype == "alternative":
            return
        payload = self.get_payload()
        if not isinstance(payload, list):
            return
        for part in payload:
            if part.is_attachment() or part.get_content_maintype() != "text" and part.get_content_maintype() != "multipart":
                yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, content_manager=None, **kw):
        """Text (decoded with its charset) for text parts, bytes for others, the message for message/rfc822."""
        maintype = self.get_content_maintype()
        if maintype == "text":
            raw = self.get_payload(decode=True) or b""
            charset = self.get_param("charset", "ASCII")
            try:
                return raw.decode(charset, errors=kw.get("errors", "replace"))
            except LookupError:
                return raw.decode("utf-8", errors="replace")
        if maintype == "multipart":
            raise KeyError("multipart")
        if self.get_content_type() == "message/rfc822" and self.is_multipart():
            return self.get_payload(0)
        return self.get_payload(decode=True)

    def set_content(self, content, maintype=None, subtype=None, charset="utf-8", cte=None,
                    disposition=None, filename=None, cid=None, params=None, headers=None):
        """Replaces the content: text (str), binary data (bytes, with maintype and subtype) or a message."""
        if self.get_content_maintype() == "multipart":
            raise TypeError("set_content not valid on multipart")
        for name in list(self.keys()):
            if name.lower().startswith("content-"):
                del self[name]
        if headers:
            for header in headers:
                name, value = header.split(":", 1)
                self[name] = value.strip()
        if isinstance(content, str):
            subtype = maintype if subtype is None and maintype is not None else (subtype or "plain")
            self["Content-Type"] = "text/" + subtype
            cte, payload = _encode_text(content, charset, cte, self.policy)
            self._payload = payload
            self._escaped = not payload.isascii()
            self.set_param("charset", _charset.ALIASES.get(charset, charset), replace=True)
            self["Content-Transfer-Encoding"] = cte
        elif isinstance(content, (bytes, bytearray, memoryview)):
            if maintype is None or subtype is None:
                raise TypeError("set_content() missing required argument: 'maintype' and 'subtype'" if maintype is None else "set_content() missing required argument: 'subtype'")
            self["Content-Type"] = maintype + "/" + subtype
            data = bytes(content)
            if cte is None or cte == "base64":
                cte = "base64"
                payload = _wrap_base64(data, self.policy.max_line_length)
            elif cte == "quoted-printable":
                from email import quoprimime
                payload = quoprimime.body_encode(data.decode("latin-1"), self.policy.max_line_length)
            elif cte == "7bit":
                payload = data.decode("ascii")
            else:
                payload = utils._text_of_bytes(data)
                self._escaped = not payload.isascii()
            self._payload = payload
            self["Content-Transfer-Encoding"] = cte
        elif isinstance(content, Message):
            self["Content-Type"] = "message/" + (subtype or "rfc822")
            self._payload = [content]
        else:
            raise KeyError(type(content))
        if disposition is None and filename is not None:
            disposition = "attachment"
        if disposition is not None:
            self["Content-Disposition"] = disposition
        if filename is not None:
            self.set_param("filename", filename, header="Content-Disposition", replace=True)
        if cid is not None:
            self["Content-ID"] = cid
        if params is not None:
            for key, value in params.items():
                self.set_param(key, value)

    def _make_multipart(self, subtype, disallowed, boundary):
        if self.get_content_maintype() == "multipart":
            existing = self.get_content_subtype()
            disallowed = disallowed + (subtype,)
            if existing in disallowed:
                raise ValueError("Cannot convert {} to {}".format(existing, subtype))
        keep = []
        part_headers = []
        for name, value in self._headers:
            if name.lower().startswith("content-"):
                part_headers.append((name, value))
            else:
                keep.append((name, value))
        if part_headers:
            part = type(self)(policy=self.policy)
            part._headers = part_headers
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep
        self["Content-Type"] = "multipart/" + subtype
        if boundary is not None:
            self.set_param("boundary", boundary)

    def make_related(self, boundary=None):
        self._make_multipart("related", ("alternative", "mixed"), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart("alternative", ("mixed",), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart("mixed", (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if self.get_content_maintype() != "multipart" or self.get_content_subtype() != _subtype:
            getattr(self, "make_" + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and "content-disposition" not in part:
            part["Content-Disposition"] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart("related", *args, _disp="inline", **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart("alternative", *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart("mixed", *args, _disp="attachment", **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers if not n.lower().startswith("content-")]
        self._payload = None


class EmailMessage(MIMEPart):
    """A whole message under the default policy: set_content adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"

    def _add_multipart(self, *args, **kw):
        super()._add_multipart(*args, **kw)
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"


def _wrap_base64(data, max_line_length):
    width = 76 if not max_line_length else min(76, max_line_length)
    text = binascii.b2a_base64(data, newline=False).decode("ascii")
    return "".join(text[i:i + width] + "\n" for i in range(0, len(text), width))


def _encode_text(text, charset, cte, policy):
    """(transfer encoding, payload) for a text body: 7bit when it can, else the shorter encoding."""
    lines = text.encode(charset).splitlines()
    body = b"\n".join(lines) + b"\n"
    longest = max((len(line) for line in lines), default=0)
    if cte is None:
        try:
            body.decode("ascii")
            ascii_only = True
        except UnicodeDecodeError:
            ascii_only = False
        if ascii_only and (not policy.max_line_length or longest <= policy.max_line_length):
            return "7bit", body.decode("ascii")
        cte = "quoted-printable" if ascii_only else "base64"
    if cte == "7bit":
        return cte, body.decode("ascii")
    if cte == "8bit":
        return cte, utils._text_of_bytes(body)
    if cte == "quoted-printable":
        from email import quoprimime
        return cte, quoprimime.body_encode(body.decode("latin-1"), policy.max_line_length or 76)
    if cte == "base64":
        return cte, _wrap_base64(body, policy.max_line_length)
    raise ValueError("Unknown content transfer encoding {}".format(cte))
