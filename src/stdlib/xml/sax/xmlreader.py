"""The reader side of SAX: InputSource, the Attributes objects handed to startElement, and the
expat-backed reader `make_parser` returns."""

from . import handler
from ._exceptions import SAXParseException, SAXNotRecognizedException, SAXNotSupportedException


def _field(name):
    """A getter and a setter for the attribute `name` (SAX's getX/setX pairs)."""
    def read(self):
        return getattr(self, name)

    def write(self, value):
        setattr(self, name, value)
    return read, write


class InputSource:
    """Where a document comes from: a system id, a byte stream or a character stream."""

    def __init__(self, system_id=None):
        self._system_id = system_id
        self._public_id = self._encoding = self._bytes = self._chars = None

    getPublicId, setPublicId = _field("_public_id")
    getSystemId, setSystemId = _field("_system_id")
    getEncoding, setEncoding = _field("_encoding")
    getByteStream, setByteStream = _field("_bytes")
    getCharacterStream, setCharacterStream = _field("_chars")


class AttributesImpl:
    """An element's attributes by name (a read-only mapping with SAX's extra methods); the
    qualified names are the names themselves."""

    def __init__(self, attrs, qnames=None):
        self._attrs = attrs
        self._qnames = {k: k for k in attrs} if qnames is None else qnames

    def _key_of(self, qname):
        for key, q in self._qnames.items():
            if q == qname:
                return key
        raise KeyError(qname)

    def getLength(self):
        return len(self._attrs)

    def getType(self, name):
        return "CDATA"

    def getValue(self, name):
        return self._attrs[name]

    def getValueByQName(self, qname):
        return self._attrs[self._key_of(qname)]

    def getNameByQName(self, qname):
        return self._key_of(qname)

    def getQNameByName(self, name):
        return self._qnames[name]

    def getNames(self):
        return [*self._attrs]

    def getQNames(self):
        return [*self._qnames.values()]

    def __len__(self):
        return len(self._attrs)

    def __getitem__(self, name):
        return self._attrs[name]

    def __contains__(self, name):
        return name in self._attrs

    def __iter__(self):
        return iter(self._attrs)

    def keys(self):
        return [*self._attrs]

    def items(self):
        return [*self._attrs.items()]

    def values(self):
        return [*self._attrs.values()]

    def get(self, name, default=None):
        return self._attrs.get(name, default)

    def copy(self):
        return type(self)(dict(self._attrs), dict(self._qnames))


class AttributesNSImpl(AttributesImpl):
    """Attributes keyed by (uri, localname), with their qualified names."""


class Locator:
    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class XMLReader:
    """A SAX reader over pyexpat: set handlers, then `parse` (or `feed` and `close`)."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        self._content = handler.ContentHandler()
        self._dtd = handler.DTDHandler()
        self._resolver = handler.EntityResolver()
        self._errors = handler.ErrorHandler()
        self._namespaces = namespaceHandling
        self._lexical = None
        self._parser = None
        self._source = None
        self._started = False

    getContentHandler, setContentHandler = _field("_content")
    getDTDHandler, setDTDHandler = _field("_dtd")
    getEntityResolver, setEntityResolver = _field("_resolver")
    getErrorHandler, setErrorHandler = _field("_errors")

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def _unknown(self, kind, name):
        return SAXNotRecognizedException("%s '%s' not recognized" % (kind, name))

    def getFeature(self, name):
        if name not in handler.all_features:
            raise self._unknown("Feature", name)
        return self._namespaces if name == handler.feature_namespaces else 0

    def setFeature(self, name, state):
        if self._parser is not None:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name not in handler.all_features:
            raise self._unknown("Feature", name)
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif state:
            raise SAXNotSupportedException("expat does not support validation")

    def getProperty(self, name):
        if name != handler.property_lexical_handler:
            raise self._unknown("Property", name)
        return self._lexical

    def setProperty(self, name, value):
        if name != handler.property_lexical_handler:
            raise self._unknown("Property", name)
        self._lexical = value

    def parse(self, source):
        from .saxutils import prepare_input_source
        source = prepare_input_source(source)
        self._source = source
        self.reset()
        self._content.setDocumentLocator(_ExpatLocator(self))
        stream = source.getCharacterStream() or source.getByteStream()
        close = False
        if stream is None:
            stream = open(source.getSystemId(), "rb")
            close = True
        try:
            while True:
                data = stream.read(65536)
                if not data:
                    break
                self.feed(data)
            self.close()
        finally:
            if close:
                stream.close()

    def reset(self):
        import pyexpat
        self._parser = pyexpat.ParserCreate(self._source.getEncoding() if self._source else None,
                                            " " if self._namespaces else None)
        p = self._parser
        p.ordered_attributes = False
        p.namespace_prefixes = True
        if self._namespaces:
            p.StartElementHandler = self._start_ns
            p.EndElementHandler = self._end_ns
            p.StartNamespaceDeclHandler = lambda prefix, uri: self._content.startPrefixMapping(prefix, uri)
            p.EndNamespaceDeclHandler = lambda prefix: self._content.endPrefixMapping(prefix)
        else:
            p.StartElementHandler = lambda name, attrs: self._content.startElement(name, AttributesImpl(attrs))
            p.EndElementHandler = lambda name: self._content.endElement(name)
        p.CharacterDataHandler = lambda data: self._content.characters(data)
        p.ProcessingInstructionHandler = lambda target, data: self._content.processingInstruction(target, data)
        p.CommentHandler = self._comment
        self._started = False

    def _comment(self, data):
        if self._lexical is not None:
            self._lexical.comment(data)

    @staticmethod
    def _split(name):
        parts = name.split(" ")
        return (parts[0], parts[1]) if len(parts) >= 2 else (None, name)

    @staticmethod
    def _qname(name):
        """The name as written ("prefix:local") from pyexpat's "uri local prefix"."""
        parts = name.split(" ")
        return "%s:%s" % (parts[2], parts[1]) if len(parts) == 3 else parts[-1]

    def _start_ns(self, name, attrs):
        attrs_ns = {}
        qnames = {}
        for key, value in attrs.items():
            k = self._split(key)
            attrs_ns[k] = value
            qnames[k] = self._qname(key)
        self._content.startElementNS(self._split(name), None, AttributesNSImpl(attrs_ns, qnames))

    def _end_ns(self, name):
        self._content.endElementNS(self._split(name), None)

    def feed(self, data, isFinal=False):
        if not self._started:
            if self._parser is None:
                self.reset()
            self._started = True
            self._content.startDocument()
        self._run(data, isFinal)

    def _run(self, data, final):
        import pyexpat
        try:
            self._parser.Parse(data, final)
        except pyexpat.error as e:
            exc = SAXParseException(pyexpat.ErrorString(e.code), e, _ExpatLocator(self, e.lineno, e.offset))
            self._errors.fatalError(exc)

    def close(self):
        if not self._started:
            self.feed(b"")
        self._run(b"", True)
        self._content.endDocument()
        self._parser = None

    def prepareParser(self, source):
        self._source = source



class _ExpatLocator(Locator):
    def __init__(self, reader, line=None, column=None):
        self._reader = reader
        self._line = line
        self._column = column

    def getColumnNumber(self):
        if self._column is not None:
            return self._column
        p = self._reader._parser
        return p.ErrorColumnNumber if p is not None else None

    def getLineNumber(self):
        if self._line is not None:
            return self._line
        p = self._reader._parser
        return p.ErrorLineNumber if p is not None else 1

    def getPublicId(self):
        src = self._reader._source
        return src.getPublicId() if src else None

    def getSystemId(self):
        src = self._reader._source
        return src.getSystemId() if src else None


IncrementalParser = XMLReader
