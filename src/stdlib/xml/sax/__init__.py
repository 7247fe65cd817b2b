"""Simple API for XML (SAX): `parse` and `parseString` run a ContentHandler over a document
with gilpy's expat-backed reader; `make_parser` gives that reader."""

import io
from . import handler as _handler
from .xmlreader import InputSource, XMLReader as _Reader
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)

ContentHandler = _handler.ContentHandler
ErrorHandler = _handler.ErrorHandler
default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=()):
    return _Reader()


def _run(source, content, errors):
    reader = make_parser()
    reader.setContentHandler(content)
    reader.setErrorHandler(errors if errors is not None else ErrorHandler())
    reader.parse(source)


def parse(source, handler, errorHandler=ErrorHandler()):
    _run(source, handler, errorHandler)


def parseString(string, handler, errorHandler=ErrorHandler()):
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    _run(source, handler, errorHandler)
