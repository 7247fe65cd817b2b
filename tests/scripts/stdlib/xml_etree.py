# xml.etree.ElementTree: parsing, Element API, ElementPath, serialization, indent, iterparse,
# XMLPullParser, TreeBuilder, QName, namespaces, and ParseError positions.
import io
import xml.etree.ElementTree as ET

doc = """<?xml version="1.0"?>
<data xmlns:x="http://example.com/x">
    <country name="Liechtenstein" rank="1">
        <year>2008</year>
        <gdppc>141100</gdppc>
        <neighbor name="Austria" direction="E"/>
        <neighbor name="Switzerland" direction="W"/>
    </country>
    <country name="Singapore">
        <rank>4</rank>
        <year>2011</year>
        <x:tag x:a="1">text &amp; more &lt;here&gt; &#65;&#x42;</x:tag>
        <neighbor name="Malaysia" direction="N"/>
    </country>
    <!-- a comment -->
    <?pi some data?>
    <empty></empty>
    <cdata><![CDATA[<raw> & stuff]]></cdata>
</data>
"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for child in root:
    print(" ", child.tag, child.attrib, repr(child.text), repr(child.tail))
print([e.get("name") for e in root.iter("neighbor")])
print([e.tag for e in root.iter()])
print(root.find("country").get("name"))
print([c.get("name") for c in root.findall("country")])
print([n.get("name") for n in root.findall("./country/neighbor")])
print([n.get("name") for n in root.findall(".//neighbor[@direction='W']")])
print([c.get("name") for c in root.findall(".//year/..")])
print([c.get("name") for c in root.findall("country[rank]")])
print([c.get("name") for c in root.findall("country[year='2011']")])
print([n.get("name") for n in root.findall(".//neighbor[2]")])
print([n.get("name") for n in root.findall(".//neighbor[last()]")])
print(root.findtext("country/year"), root.findtext("nope", "dflt"))
print(root.find("country/{http://example.com/x}tag").tag)
ns = {"x": "http://example.com/x"}
t = root.find(".//x:tag", ns)
print(t.tag, t.attrib, repr(t.text))
print(repr(root.find("cdata").text))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="iso-8859-1")[:80])
print(ET.tostring(root, method="text", encoding="unicode"))
e = ET.Element("root", {"a": "1"}, b="2")
s = ET.SubElement(e, "child")
s.text = "hé < & >"
s.set("q", 'x"y\nz')
ET.SubElement(e, "{http://ns.example/}n").text = "ns"
ET.SubElement(e, "empty")
print(ET.tostring(e))
print(ET.tostring(e, encoding="unicode", short_empty_elements=False))
ET.indent(e)
print(ET.tostring(e, encoding="unicode"))
tree = ET.ElementTree(e)
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
buf = io.StringIO()
tree.write(buf, encoding="unicode")
print(buf.getvalue())
tree2 = ET.parse(io.BytesIO(doc.encode()))
print(tree2.getroot().tag, [c.tag for c in tree2.getroot()])
for event, elem in ET.iterparse(io.BytesIO(doc.encode()), events=("start", "end", "start-ns", "end-ns")):
    print(event, elem if event in ("start-ns", "end-ns") else elem.tag)
p = ET.XMLPullParser(events=("start", "end"))
p.feed("<a><b>x</b>")
p.feed("<c/></a>")
print([(ev, el.tag) for ev, el in p.read_events()])
p.close()
tb = ET.TreeBuilder()
tb.start("r", {})
tb.data("hi")
tb.end("r")
print(ET.tostring(tb.close()))
print(ET.iselement(e), ET.iselement("x"))
q = ET.QName("http://a", "b")
print(q, q == "{http://a}b", repr(q))
ET.register_namespace("ex", "http://ns.example/")
print(ET.tostring(e, encoding="unicode"))
c = ET.Comment("note")
pi = ET.PI("target", "data")
e.append(c); e.append(pi)
print(ET.tostring(e, encoding="unicode"))
print(list(e.itertext()))
for bad in ["<a></b>", "<a>", "", "<a/><b/>", "<a x='1' x='2'/>", "<a>&foo;</a>", "<1a/>", "<a>\n  <b>\n</a>", "</a>", "<a xmlns:p='u'><p:b/><q:c/></a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print(repr(bad), err, err.code, err.position)
