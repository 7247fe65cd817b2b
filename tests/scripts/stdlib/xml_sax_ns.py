# xml.sax: namespaces (startElementNS, prefix mappings), XMLGenerator, error handlers, InputSource, feed.
import io
import xml.sax
from xml.sax import handler, saxutils
from xml.sax.xmlreader import InputSource

class NS(handler.ContentHandler):
    def startPrefixMapping(self, p, u): print("map", p, u)
    def endPrefixMapping(self, p): print("unmap", p)
    def startElementNS(self, name, qname, attrs):
        print("start", name, sorted(attrs.items(), key=str), attrs.getLength(), sorted(attrs.getQNames()))
    def endElementNS(self, name, qname): print("end", name)
    def characters(self, c): print("chars", repr(c))

p = xml.sax.make_parser()
p.setFeature(handler.feature_namespaces, True)
p.setContentHandler(NS())
p.parse(io.BytesIO(b"<r xmlns='urn:r' xmlns:x='urn:x'><x:a x:k='1' k='2'>t</x:a></r>"))
print(p.getFeature(handler.feature_namespaces))
try:
    p.getFeature("urn:nope")
except xml.sax.SAXNotRecognizedException as e:
    print("SAXNotRecognizedException", e)
out = io.StringIO()
gen = saxutils.XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
xml.sax.parseString(b"<doc><a x='1'/><b>t &lt; u</b><?p d?></doc>", gen)
print(out.getvalue())
class Err(handler.ErrorHandler):
    def fatalError(self, e):
        print("fatal", e.getLineNumber(), e.getColumnNumber(), e.getMessage())
        raise e
try:
    xml.sax.parseString(b"<a>\n<b></a>", handler.ContentHandler(), Err())
except xml.sax.SAXParseException as e:
    print("raised", e)
src = InputSource()
src.setByteStream(io.BytesIO(b"<q>z</q>"))
class C(handler.ContentHandler):
    def startDocument(self): print("doc start")
    def startElement(self, n, a): print("el", n, a.getNames())
    def endDocument(self): print("doc end")
xml.sax.parse(src, C())
r = xml.sax.make_parser()
r.setContentHandler(C())
r.feed(b"<w>")
r.feed(b"</w>")
r.close()
