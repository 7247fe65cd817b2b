"""The interfaces a SAX application implements: ContentHandler (the document's structure),
ErrorHandler, DTDHandler, EntityResolver, LexicalHandler; and the names of the standard
features and properties. The events a handler does not override do nothing."""


def _does_nothing(self, *args):
    """Any event a handler leaves alone."""
    return None


def _with_events(names):
    """A class decorator giving the class a do-nothing method for each of `names`."""
    def add(cls):
        for name in names.split():
            setattr(cls, name, _does_nothing)
        return cls
    return add


class ErrorHandler:
    """Default error policy: warnings are printed, errors and fatal errors raised."""

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception

    def warning(self, exception):
        print(exception)


@_with_events("startDocument endDocument startPrefixMapping endPrefixMapping startElement "
              "endElement startElementNS endElementNS characters ignorableWhitespace "
              "processingInstruction skippedEntity")
class ContentHandler:
    """Receives the document's events."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        self._locator = locator


@_with_events("notationDecl unparsedEntityDecl")
class DTDHandler:
    """Receives notation and unparsed entity declarations."""


class EntityResolver:
    """Maps an external entity to where it is read from (by default its system id)."""

    def resolveEntity(self, publicId, systemId):
        return systemId


@_with_events("comment startDTD endDTD startCDATA endCDATA")
class LexicalHandler:
    """Receives comments, the DTD's bounds and CDATA sections' bounds."""


_SAX = "http://xml.org/sax/"
_PYTHON = "http://www.python.org/sax/"
feature_namespaces = _SAX + "features/namespaces"
feature_namespace_prefixes = _SAX + "features/namespace-prefixes"
feature_string_interning = _SAX + "features/string-interning"
feature_validation = _SAX + "features/validation"
feature_external_ges = _SAX + "features/external-general-entities"
feature_external_pes = _SAX + "features/external-parameter-entities"
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]

property_lexical_handler = _SAX + "properties/lexical-handler"
property_declaration_handler = _SAX + "properties/declaration-handler"
property_dom_node = _SAX + "properties/dom-node"
property_xml_string = _SAX + "properties/xml-string"
property_encoding = _PYTHON + "properties/encoding"
property_interning_dict = _PYTHON + "properties/interning-dict"
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]
