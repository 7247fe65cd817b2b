# xml.dom.minidom: building documents, fragments, editing, text splitting, namespaces, doctype.
from xml.dom import minidom, Node
import xml.dom
impl = minidom.getDOMImplementation()
doc = impl.createDocument(None, "root", None)
top = doc.documentElement
print(doc.toxml(), top.tagName, doc.nodeType, top.nodeType == Node.ELEMENT_NODE)
for i in range(3):
    e = doc.createElement("item")
    e.setAttribute("n", str(i))
    e.appendChild(doc.createTextNode("v%d" % i))
    top.appendChild(e)
frag = doc.createDocumentFragment()
frag.appendChild(doc.createElement("f1"))
frag.appendChild(doc.createElement("f2"))
top.appendChild(frag)
print(doc.toxml())
print(doc.toprettyxml(indent="  ", newl="\n"))
print(top.toprettyxml(indent=" "))
print(doc.toxml("utf-8"))
print(doc.toprettyxml(encoding="latin-1")[:50])
items = top.getElementsByTagName("item")
print(items.length, items.item(0).getAttribute("n"), items.item(9))
top.insertBefore(doc.createComment("c"), items[0])
top.replaceChild(doc.createElement("rep"), items[1])
print(doc.toxml())
t = doc.createTextNode("hello world")
top.appendChild(t)
t2 = t.splitText(5)
print(repr(t.data), repr(t2.data), t.wholeText, len(top.childNodes))
top.normalize()
print(len(top.childNodes), repr(top.lastChild.data))
try:
    doc.appendChild(doc.createElement("second"))
except xml.dom.HierarchyRequestErr as e:
    print("HierarchyRequestErr", e)
try:
    top.removeChild(doc.createElement("x"))
except xml.dom.NotFoundErr as e:
    print("NotFoundErr", type(e).__name__)
d = minidom.parseString('<a xmlns="urn:d" xmlns:p="urn:p"><p:b p:x="1" y="2">t</p:b><c/></a>')
b = d.getElementsByTagName("p:b")[0]
print(b.namespaceURI, b.localName, b.prefix, b.tagName, d.documentElement.namespaceURI)
print(b.getAttributeNS("urn:p", "x"), [(a.name, a.value, a.namespaceURI) for a in b.attributes.values()])
print([e.tagName for e in d.getElementsByTagNameNS("urn:d", "*")], [e.tagName for e in d.getElementsByTagNameNS("*", "b")])
print(d.documentElement.attributes.items())
e = d.documentElement
e.removeAttribute("xmlns:p")
print(e.hasAttribute("xmlns:p"), e.toxml())
pi = minidom.parseString("<?xml version='1.0'?><?target data?><!DOCTYPE r SYSTEM 'r.dtd'><r/>")
print([n.nodeType for n in pi.childNodes], pi.doctype.name, pi.doctype.systemId, pi.toxml())
print(minidom.parseString("<r>a<![CDATA[<b>]]>c</r>").toxml())
print(minidom.parseString("<r attr='x&amp;y'>a&lt;b</r>").documentElement.toxml())
