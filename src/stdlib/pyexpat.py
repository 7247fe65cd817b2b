"""pyexpat: the expat-style XML parser object (`ParserCreate`) over the native `_expat`, which
checks a whole document and lists its events; this module buffers what `Parse` is given, hands
the events to the handlers set on the parser, does namespace processing, and raises
`ExpatError` with expat's codes, messages and positions.

Events reach the handlers at each `Parse` while the document is small (under 16 KB), then
whenever the buffered text has doubled since the last look (so feeding a large document in
pieces stays linear: its events come in batches), and at the final `Parse(..., True)`; a
well-formedness error is raised by the final call."""

import _expat
import sys as _sys

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1)]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    pass


error = ExpatError


class _Namespace:
    """A plain attribute namespace standing for the submodules `errors` and `model`."""

    def __init__(self, name, **values):
        self.__name__ = name
        self.__dict__.update(values)


_MESSAGES = [
    None, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
    "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
    "junk after document element", "illegal parameter entity reference", "undefined entity",
    "recursive entity reference", "asynchronous entity", "reference to invalid character number",
    "reference to binary entity", "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report",
    "entity declared in parameter entity", "requested feature requires XML_DTD support in Expat",
    "cannot change setting once parsing has begun", "unbound prefix",
    "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed",
    "illegal character(s) in public id", "parser suspended", "parser not suspended",
    "parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
]
_CONSTANT_NAMES = [
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
    "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF",
    "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
    "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
    "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
    "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
    "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
    "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE",
]
_error_values = {"messages": {}, "codes": {}}
for _code in range(1, len(_MESSAGES)):
    _error_values["messages"][_code] = _MESSAGES[_code]
    _error_values["codes"][_MESSAGES[_code]] = _code
    _error_values["XML_ERROR_" + _CONSTANT_NAMES[_code]] = _MESSAGES[_code]
errors = _Namespace("pyexpat.errors", **_error_values)
model = _Namespace("pyexpat.model", XML_CTYPE_EMPTY=1, XML_CTYPE_ANY=2, XML_CTYPE_MIXED=3,
                   XML_CTYPE_NAME=4, XML_CTYPE_CHOICE=5, XML_CTYPE_SEQ=6, XML_CQUANT_NONE=0,
                   XML_CQUANT_OPT=1, XML_CQUANT_REP=2, XML_CQUANT_PLUS=3)


def ErrorString(code):
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


# Below this many characters (or bytes) the whole buffer is parsed again on every Parse call.
_SMALL = 16384

# The event kinds of `_expat.parse`.
_START, _END, _DATA, _PI, _COMMENT, _DECL, _DOCTYPE, _CDATA_START, _CDATA_END = range(9)

_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler",
    "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)


def _declared_encoding(data):
    """The encoding named in a leading XML declaration of `data` (bytes), if any."""
    head = data[:200]
    if not head.startswith(b"<?xml"):
        return None
    end = head.find(b"?>")
    decl = head[:end if end >= 0 else len(head)]
    at = decl.find(b"encoding")
    if at < 0:
        return None
    rest = decl[at + 8:].lstrip().lstrip(b"=").lstrip()
    if not rest or rest[:1] not in (b'"', b"'"):
        return None
    close = rest.find(rest[:1], 1)
    return rest[1:close].decode("ascii", "replace") if close > 0 else None


class xmlparser:
    """One document's parser: set handlers as attributes, then `Parse`/`ParseFile`."""

    def __init__(self, encoding=None, namespace_separator=None):
        for name in _HANDLERS:
            object.__setattr__(self, name, None)
        self._encoding = encoding
        self._separator = namespace_separator
        self._chunks = []
        self._size = 0
        self._looked_at = 0
        self._given = 0
        self._finished = False
        self._scopes = []
        # How many open elements declared namespaces (none: names need no expanding).
        self._declaring = 0
        self.buffer_text = False
        self.buffer_size = 8192
        self.buffer_used = 0
        self.ordered_attributes = False
        self.specified_attributes = False
        self.namespace_prefixes = False
        self.intern = {}
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self.ErrorByteIndex = -1
        self.CurrentLineNumber = 1
        self.CurrentColumnNumber = 0
        self.CurrentByteIndex = -1

    def _text(self):
        data = b"".join(self._chunks) if self._chunks and isinstance(self._chunks[0], bytes) else "".join(self._chunks)
        if isinstance(data, str):
            return data
        encoding = self._encoding or _declared_encoding(data) or "utf-8"
        if data.startswith(b"\xef\xbb\xbf"):
            data, encoding = data[3:], "utf-8"
        try:
            return data.decode(encoding)
        except LookupError:
            raise self._error(18, 1, 0)
        except UnicodeDecodeError as e:
            before = data[:e.start].decode(encoding, "replace")
            line = before.count("\n") + 1
            column = len(before) - (before.rfind("\n") + 1)
            raise self._error(4, line, column)

    def _error(self, code, line, column):
        self.ErrorCode = code
        self.ErrorLineNumber = line
        self.ErrorColumnNumber = column
        err = ExpatError(f"{_MESSAGES[code]}: line {line}, column {column}")
        err.code = code
        err.lineno = line
        err.offset = column
        return err

    def Parse(self, data, isfinal=False):
        if self._finished:
            raise self._error(36, self.ErrorLineNumber, self.ErrorColumnNumber)
        if data:
            if isinstance(data, str) and self._chunks and isinstance(self._chunks[0], bytes):
                data = data.encode("utf-8")
            elif isinstance(data, (bytes, bytearray, memoryview)):
                data = bytes(data)
                if self._chunks and isinstance(self._chunks[0], str):
                    data = data.decode(self._encoding or "utf-8")
            self._chunks.append(data)
            self._size += len(data)
        # A small buffer is looked at on every call (handlers see events as soon as expat would
        # give them); a large one when it has doubled, which keeps feeding linear.
        if not isfinal and self._size >= _SMALL and self._size < 2 * self._looked_at:
            return 1
        self._looked_at = self._size
        text = self._text()
        self._chunks = [text]
        events, err = _expat.parse(text, self._separator is not None)
        if not isfinal:
            # Hold back a run of character data that more text may continue.
            while events and events[-1][0] == _DATA:
                events = events[:-1]
            self._dispatch(events)
            return 1
        self._finished = True
        self._dispatch(events)
        if err is not None:
            raise self._error(*err)
        return 1

    def ParseFile(self, file):
        while True:
            data = file.read(65536)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"" if not self._chunks or isinstance(self._chunks[0], bytes) else "", True)

    def GetBase(self):
        return getattr(self, "_base", None)

    def SetBase(self, base):
        self._base = base

    def GetInputContext(self):
        return None

    def GetReparseDeferralEnabled(self):
        return False

    def SetReparseDeferralEnabled(self, enabled):
        pass

    def ExternalEntityParserCreate(self, context, encoding=None):
        return xmlparser(encoding or self._encoding, self._separator)

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        pass

    def _dispatch(self, events):
        todo = events[self._given:]
        self._given = len(events)
        if self.buffer_text:
            todo = _joined(todo)
        for event in todo:
            kind = event[0]
            if kind == _START:
                self._start(event)
            elif kind == _END:
                self._end(event[1])
            elif kind == _DATA:
                if self.CharacterDataHandler is not None:
                    self.CharacterDataHandler(event[1])
                elif self.DefaultHandlerExpand is not None:
                    self.DefaultHandlerExpand(event[1])
            elif kind == _PI:
                if self.ProcessingInstructionHandler is not None:
                    self.ProcessingInstructionHandler(event[1], event[2])
            elif kind == _COMMENT:
                if self.CommentHandler is not None:
                    self.CommentHandler(event[1])
            elif kind == _DECL:
                if self.XmlDeclHandler is not None:
                    self.XmlDeclHandler(event[1], event[2], event[3])
            elif kind == _DOCTYPE:
                if self.StartDoctypeDeclHandler is not None:
                    self.StartDoctypeDeclHandler(event[1], event[2], event[3], 0)
                if self.EndDoctypeDeclHandler is not None:
                    self.EndDoctypeDeclHandler()
            elif kind == _CDATA_START:
                if self.StartCdataSectionHandler is not None:
                    self.StartCdataSectionHandler()
            elif kind == _CDATA_END:
                if self.EndCdataSectionHandler is not None:
                    self.EndCdataSectionHandler()

    def _start(self, event):
        _, name, flat, line, column = event
        self.CurrentLineNumber, self.CurrentColumnNumber = line, column
        if self._separator is not None:
            # Only a tag that declares or uses a prefix, or sits in a declared scope, needs the
            # namespace work; the others keep their names.
            if self._declaring or ":" in name or any(k[:5] == "xmlns" or ":" in k for k in flat[::2]):
                pairs = [(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
                name, pairs = self._expand(name, pairs, line, column)
                flat = [x for pair in pairs for x in pair]
            else:
                self._scopes.append(None)
        if self.StartElementHandler is None:
            return
        if self.ordered_attributes:
            attrs = list(flat)
        else:
            attrs = {flat[i]: flat[i + 1] for i in range(0, len(flat), 2)}
        self.StartElementHandler(name, attrs)

    def _expand(self, name, pairs, line, column):
        """Namespace processing of one start tag: declarations, then the expanded names."""
        declared = {}
        kept = []
        for key, value in pairs:
            if key == "xmlns":
                declared[None] = value
            elif key.startswith("xmlns:"):
                declared[key[6:]] = value
            else:
                kept.append((key, value))
        self._scopes.append(declared)
        if declared:
            self._declaring += 1
        for prefix, uri in declared.items():
            if self.StartNamespaceDeclHandler is not None:
                self.StartNamespaceDeclHandler(prefix, uri or None)
        sep = self._separator

        def resolve(qname, is_attribute):
            prefix, colon, local = qname.partition(":")
            if not colon:
                prefix, local = None, qname
                if is_attribute:
                    return qname
            if prefix == "xml":
                uri = "http://www.w3.org/XML/1998/namespace"
            else:
                uri = None
                for scope in reversed(self._scopes):
                    if scope and prefix in scope:
                        uri = scope[prefix]
                        break
                if uri is None and prefix is not None:
                    raise self._error(27, line, column)
            if not uri:
                return local
            if self.namespace_prefixes and prefix:
                return f"{uri}{sep}{local}{sep}{prefix}"
            return f"{uri}{sep}{local}"

        try:
            name = resolve(name, False)
            kept = [(resolve(k, True), v) for k, v in kept]
        except ExpatError:
            self._finished = True
            raise
        return name, kept

    def _end(self, name):
        scope = None
        if self._separator is not None:
            scope = self._scopes.pop() if self._scopes else None
            if self._declaring or ":" in name:
                name = self._expanded_end(name, scope)
        if self.EndElementHandler is not None:
            self.EndElementHandler(name)
        if scope:
            self._declaring -= 1
            if self.EndNamespaceDeclHandler is not None:
                for prefix in reversed(list(scope)):
                    self.EndNamespaceDeclHandler(prefix)

    def _expanded_end(self, name, scope):
        """An end tag's name expanded in the scope of its start tag (`scope`, just popped)."""
        prefix, colon, local = name.partition(":")
        if not colon:
            prefix, local = None, name
        uri = None
        if prefix == "xml":
            uri = "http://www.w3.org/XML/1998/namespace"
        else:
            for s in [scope, *reversed(self._scopes)]:
                if s and prefix in s:
                    uri = s[prefix]
                    break
        if not uri:
            return local
        if self.namespace_prefixes and prefix:
            return f"{uri}{self._separator}{local}{self._separator}{prefix}"
        return f"{uri}{self._separator}{local}"


def _joined(events):
    """The events with each run of character data made one event (`buffer_text`)."""
    out = []
    run = []
    for event in events:
        if event[0] == _DATA:
            run.append(event[1])
            continue
        if run:
            out.append((_DATA, "".join(run)))
            run = []
        out.append(event)
    if run:
        out.append((_DATA, "".join(run)))
    return out


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"ParserCreate() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError(f"ParserCreate() argument 'namespace_separator' must be str or None, not {type(namespace_separator).__name__}")
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, or None")
    return xmlparser(encoding, namespace_separator)


XMLParserType = xmlparser
_sys.modules.setdefault("pyexpat.errors", errors)
_sys.modules.setdefault("pyexpat.model", model)
