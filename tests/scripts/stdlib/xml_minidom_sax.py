# xml.dom.minidom (parseString, building, toxml/toprettyxml, cloning) and xml.sax (parseString
# with a ContentHandler, SAXParseException, saxutils escaping, XMLGenerator).
import io
import xml.dom.minidom as minidom
from xml.dom import minidom as md2
import xml.sax
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator
from xml.sax.handler import ContentHandler

doc = """<?xml version="1.0" encoding="utf-8"?>
<!-- top -->
<catalog xmlns:b="urn:books">
  <b:book id="bk101" lang="en">
    <author>Gambardella, Matthew</author>
    <title>XML &amp; You</title>
    <price>44.95</price>
  </b:book>
  <book id="bk102"><author>Ralls, Kim</author><title/><![CDATA[raw <stuff>]]></book>
  <?proc data here?>
</catalog>"""
d = minidom.parseString(doc)
root = d.documentElement
print(root.tagName, root.nodeName, root.nodeType, len(root.childNodes))
print([n.nodeType for n in root.childNodes])
books = d.getElementsByTagName("author")
print([b.firstChild.data for b in books])
print([b.getAttribute("id") for b in root.getElementsByTagName("book")])
bk = root.getElementsByTagName("b:book")[0]
print(bk.namespaceURI, bk.localName, bk.prefix, bk.getAttribute("lang"), bk.hasAttribute("id"), bk.getAttribute("nope") == "")
print(bk.attributes.length, sorted(bk.attributes.keys()), bk.attributes["id"].value)
print(d.toxml())
print(root.toxml())
print(d.toprettyxml(indent="  "))
print(d.toxml(encoding="utf-8")[:60])
new = minidom.Document()
r = new.createElement("root")
new.appendChild(r)
c = new.createElement("child")
c.setAttribute("name", 'a "q" & <b>')
c.appendChild(new.createTextNode("text & <more>"))
r.appendChild(c)
r.appendChild(new.createComment(" c "))
r.appendChild(new.createElement("empty"))
print(new.toxml())
print(new.toprettyxml())
print(r.firstChild.nodeName, r.lastChild.nodeName, c.nextSibling.nodeType, c.parentNode.tagName)
r.removeChild(c)
print(new.toxml())
print(repr(new.createTextNode("0123456789abc")), repr(minidom.parseString("<a>hi</a>").documentElement.firstChild))
d2 = minidom.parseString(b"<a><b>1</b><b>2</b></a>")
print(len(d2.getElementsByTagName("b")), d2.documentElement.childNodes[1].firstChild.nodeValue)
cl = d2.documentElement.cloneNode(True)
print(cl.toxml())
try:
    minidom.parseString("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)

class H(ContentHandler):
    def startDocument(self): print("startDocument")
    def endDocument(self): print("endDocument")
    def startElement(self, name, attrs): print("start", name, dict(attrs), attrs.getLength())
    def endElement(self, name): print("end", name)
    def characters(self, content):
        if content.strip(): print("chars", repr(content))
    def processingInstruction(self, t, d): print("pi", t, d)

xml.sax.parseString(doc.encode(), H())
try:
    xml.sax.parseString(b"<a><b></a>", H())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber())
print(escape("a < b & c > d"), unescape("&lt;&amp;&gt;"), quoteattr('he said "hi"'), quoteattr("it's"), quoteattr("both ' \""))
out = io.StringIO()
g = XMLGenerator(out, "utf-8")
xml.sax.parseString(b"<r a='1'><x>t &amp; u</x><y/></r>", g)
print(out.getvalue())
