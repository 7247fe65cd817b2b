"""Helpers for SAX applications: escaping text and attribute values, and XMLGenerator (a
ContentHandler that writes the document back out)."""

import io
from . import handler


def _replace_all(text, pairs):
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """`&`, `<`, `>` (and the keys of `entities`) as references."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    return _replace_all(data, entities.items()) if entities else data


def unescape(data, entities={}):
    data = data.replace("&lt;", "<").replace("&gt;", ">")
    if entities:
        data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """An attribute value escaped and quoted, with the quote that needs no escaping."""
    data = escape(data, {**entities, "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
    if '"' in data:
        if "'" in data:
            return '"%s"' % data.replace('"', "&quot;")
        return "'%s'" % data
    return '"%s"' % data


class XMLGenerator(handler.ContentHandler):
    """Writes the events it receives as XML text to `out` (sys.stdout by default)."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        super().__init__()
        if out is None:
            import sys
            out = sys.stdout
        if isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or (hasattr(out, "mode") and "b" in getattr(out, "mode", "")):
            raw = out

            class _Bytes:
                def write(self, text):
                    raw.write(text.encode(encoding, "xmlcharrefreplace"))

                def flush(self):
                    if hasattr(raw, "flush"):
                        raw.flush()
            out = _Bytes()
        self._write = out.write
        self._flush = getattr(out, "flush", lambda: None)
        self._encoding = encoding
        self._short = short_empty_elements
        self._pending_start = False
        self._ns_contexts = [{}]
        self._current = self._ns_contexts[-1]
        self._undeclared = []

    def _finish_start(self):
        if self._pending_start:
            self._write(">")
            self._pending_start = False

    def _qname(self, name):
        if name[0]:
            if name[0] == "http://www.w3.org/XML/1998/namespace":
                return "xml:" + name[1]
            prefix = self._current.get(name[0])
            if prefix:
                return prefix + ":" + name[1]
        return name[1]

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._ns_contexts.append(self._current.copy())
        self._current = self._ns_contexts[-1]
        self._current[uri] = prefix
        self._undeclared.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._ns_contexts.pop()
        self._current = self._ns_contexts[-1]

    def startElement(self, name, attrs):
        self._finish_start()
        self._write("<" + name)
        for key, value in attrs.items():
            self._write(" %s=%s" % (key, quoteattr(value)))
        if self._short:
            self._pending_start = True
        else:
            self._write(">")

    def endElement(self, name):
        if self._pending_start:
            self._write("/>")
            self._pending_start = False
        else:
            self._write("</%s>" % name)

    def startElementNS(self, name, qname, attrs):
        self._finish_start()
        self._write("<" + self._qname(name))
        for prefix, uri in self._undeclared:
            self._write(' xmlns%s="%s"' % (":" + prefix if prefix else "", uri))
        self._undeclared = []
        for key, value in attrs.items():
            self._write(" %s=%s" % (self._qname(key), quoteattr(value)))
        if self._short:
            self._pending_start = True
        else:
            self._write(">")

    def endElementNS(self, name, qname):
        if self._pending_start:
            self._write("/>")
            self._pending_start = False
        else:
            self._write("</%s>" % self._qname(name))

    def characters(self, content):
        if content:
            self._finish_start()
            if not isinstance(content, str):
                content = str(content, self._encoding)
            self._write(escape(content))

    def ignorableWhitespace(self, content):
        if content:
            self._finish_start()
            self._write(content)

    def processingInstruction(self, target, data):
        self._finish_start()
        self._write("<?%s %s?>" % (target, data))


class XMLFilterBase:
    """An XMLReader between a parent reader and the application's handlers, passing events on."""

    def __init__(self, parent=None):
        self._parent = parent

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent

    def parse(self, source):
        self._parent.parse(source)


def prepare_input_source(source, base=""):
    from .xmlreader import InputSource
    if isinstance(source, str):
        source = InputSource(source)
    elif hasattr(source, "read"):
        f = source
        source = InputSource()
        if isinstance(f.read(0), str):
            source.setCharacterStream(f)
        else:
            source.setByteStream(f)
    return source
