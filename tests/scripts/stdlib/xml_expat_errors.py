# pyexpat / xml.parsers.expat: handlers and their arguments, namespace processing, buffer_text,
# and the error code, message and position of malformed documents (as ElementTree reports them).
import xml.etree.ElementTree as ET
from xml.parsers import expat
import pyexpat

BAD = [
    "<a></b>", "<a>", "", "   ", "<a/><b/>", "<a/>junk", "junk<a/>", "<a><b></a>", "<a x='1' x='2'/>",
    "<a>&foo;</a>", "<a x=1/>", "<1a/>", "<a><!-- x -- y --></a>", "<a>\n  <b>\n</a>",
    "<a>é</b>", "<a x='<'/>", "<a>]]></a>", "<?xml version='1.0'?>\n<a", "<a><![CDATA[x</a>",
    "<a>&#0;</a>", "<a>&#x110000;</a>", "<a b></a>", "<a\n  b='1'\n  c></a>", "</a>", "<a></a></a>",
    "<!DOCTYPE a><a/>", "<a>\x01</a>", "<a><b/></a>\n<c/>", "<a xmlns:p='u'><p:b/><q:c/></a>",
    "<:a/>", "<a:b:c/>", "\n\n<a>\n<b>x</c>", "<a>x</a>\n<!-- ok -->\n", "<a>x</a>\n<?pi ok?>",
    "<a><b c='&lt;&amp;&quot;'/></a>", "<a>&#65;&#x42;&lt;</a>", "<a x='&#0;'/>", "<a x='&nope;'/>",
    "<a x='1'y='2'/>", "<a x = '1' />", "<a><b></b></a >", "<a></a\n>", "<?xml version='1.0'?><a/>",
    " <?xml version='1.0'?><a/>", "<a><?xml version='1.0'?></a>", "<a><![CDATA[ok]]></a>",
    "<a>\r\nx\ry</a>", "<élément attr='v'/>", "<a>&#xZZ;</a>", "<a>&#;</a>", "<a b='x\"y'/>",
]
for doc in BAD:
    try:
        root = ET.fromstring(doc)
        print(repr(doc), "ok", root.tag, repr(root.text), root.attrib)
    except ET.ParseError as e:
        print(repr(doc), "|", e, "|", e.code, e.position)

# The raw parser: every handler, in order.
log = []
p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: log.append(("start", n, a))
p.EndElementHandler = lambda n: log.append(("end", n))
p.CharacterDataHandler = lambda d: log.append(("data", d))
p.CommentHandler = lambda d: log.append(("comment", d))
p.ProcessingInstructionHandler = lambda t, d: log.append(("pi", t, d))
p.XmlDeclHandler = lambda v, e, s: log.append(("decl", v, e, s))
p.StartCdataSectionHandler = lambda: log.append(("cdata-start",))
p.EndCdataSectionHandler = lambda: log.append(("cdata-end",))
p.Parse("<?xml version='1.0' encoding='utf-8'?>\n<r a='1' b=\"2\">x\ny &amp; z<!--c--><?t d?><![CDATA[q\nr]]><e/></r>", True)
for entry in log:
    print(entry)

# buffer_text joins the pieces; ordered_attributes gives a list.
log = []
p = expat.ParserCreate()
p.buffer_text = True
p.ordered_attributes = True
p.StartElementHandler = lambda n, a: log.append(("start", n, a))
p.CharacterDataHandler = lambda d: log.append(("data", d))
p.Parse(b"<r z='1' a='2'>line1\nline2 &lt; 3</r>", True)
print(log)

# Namespaces: the expanded names and the declarations.
log = []
p = expat.ParserCreate(namespace_separator="|")
p.StartElementHandler = lambda n, a: log.append(("start", n, a))
p.EndElementHandler = lambda n: log.append(("end", n))
p.StartNamespaceDeclHandler = lambda pfx, uri: log.append(("ns", pfx, uri))
p.EndNamespaceDeclHandler = lambda pfx: log.append(("end-ns", pfx))
p.Parse("<r xmlns='urn:d' xmlns:x='urn:x'><x:a x:k='1' k='2'/><b/></r>", True)
for entry in log:
    print(entry)

# Fed in pieces; the error of a bad document and the parser's error attributes.
p = expat.ParserCreate()
seen = []
p.StartElementHandler = lambda n, a: seen.append(n)
for piece in ["<ro", "ot><chi", "ld/>", "</root>"]:
    p.Parse(piece)
p.Parse("", True)
print(seen)
p = expat.ParserCreate()
try:
    p.Parse("<a>\n<b></c></a>", True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, expat.ErrorString(e.code))
    print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
    print(expat.errors.messages[e.code], expat.errors.codes["mismatched tag"], expat.errors.XML_ERROR_TAG_MISMATCH)
print(pyexpat.error is expat.ExpatError, expat.error is expat.ExpatError)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print("ValueError", e)
