"""A small DOM (`xml.dom.minidom`): Document, Element, Attr, Text, CDATASection, Comment,
ProcessingInstruction and DocumentType nodes, built by `parse`/`parseString` over gilpy's
`pyexpat` and written back by `toxml`/`toprettyxml`/`writexml` in CPython's layout."""

import io
import xml.dom
from xml.dom import (EMPTY_NAMESPACE, XMLNS_NAMESPACE, HierarchyRequestErr, NotFoundErr,
                     InuseAttributeErr, Node)

__all__ = ["parse", "parseString", "getDOMImplementation", "Document", "Element", "Text",
           "Comment", "Attr", "CDATASection", "ProcessingInstruction", "DocumentType"]


def _write_data(writer, data):
    """Character data escaped for both text and attribute values."""
    if data:
        data = data.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace(">", "&gt;")
        writer.write(data)


class NodeList(list):
    __slots__ = ()

    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


EmptyNodeList = NodeList


class Node(xml.dom.Node):
    """What every node has: its place in the tree and the ways to change and write it."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_NAMESPACE
    nodeValue = None
    _child_types = ()

    def __bool__(self):
        return True

    @property
    def childNodes(self):
        return self._children()

    def _children(self):
        kids = self.__dict__.get("_kids")
        if kids is None:
            kids = self.__dict__["_kids"] = NodeList()
        return kids

    @property
    def firstChild(self):
        kids = self._children()
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self._children()
        return kids[-1] if kids else None

    @property
    def localName(self):
        name = self.nodeName
        return name.split(":", 1)[-1] if name and self.nodeType in (1, 2) else None

    def hasChildNodes(self):
        return bool(self._children())

    def _relink(self):
        kids = self._children()
        for i, kid in enumerate(kids):
            kid.parentNode = self
            kid.previousSibling = kids[i - 1] if i else None
            kid.nextSibling = kids[i + 1] if i + 1 < len(kids) else None

    def _accept(self, node):
        if node.nodeType not in self._child_types:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._accept(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self._children().append(node)
        self._relink()
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._accept(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        kids = self._children()
        for i, kid in enumerate(kids):
            if kid is refChild:
                kids.insert(i, newChild)
                self._relink()
                return newChild
        raise NotFoundErr()

    def removeChild(self, oldChild):
        kids = self._children()
        for i, kid in enumerate(kids):
            if kid is oldChild:
                del kids[i]
                self._relink()
                oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
                return oldChild
        raise NotFoundErr()

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return None
        self._accept(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        kids = self._children()
        for i, kid in enumerate(kids):
            if kid is oldChild:
                kids[i] = newChild
                self._relink()
                oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
                return oldChild
        raise NotFoundErr()

    def normalize(self):
        kids = self._children()
        merged = NodeList()
        for kid in kids:
            if kid.nodeType == Node.TEXT_NODE:
                if not kid.data:
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data = merged[-1].data + kid.data
                    continue
            elif kid.nodeType == Node.ELEMENT_NODE:
                kid.normalize()
            merged.append(kid)
        kids[:] = merged
        self._relink()

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSameNode(self, other):
        return self is other

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        if encoding is None:
            writer = io.StringIO()
        else:
            writer = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="xmlcharrefreplace", newline="\n")
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.detach().getvalue()

    def unlink(self):
        for kid in self._children():
            kid.unlink()
        self.parentNode = self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

    def getUserData(self, key):
        return self.__dict__.get("_user_data", {}).get(key, (None,))[0]

    def setUserData(self, key, data, handler):
        old = self.getUserData(key)
        self.__dict__.setdefault("_user_data", {})[key] = (data, handler)
        return old


class DocumentFragment(Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_types = (1, 3, 4, 5, 7, 8, 12)


class Attr(Node):
    """An attribute: `name`, `value` (also `nodeValue`), `ownerElement`."""

    nodeType = Node.ATTRIBUTE_NODE
    specified = False
    ownerElement = None
    _child_types = (3, 5)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self.value = ""

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, v):
        self.value = v

    @property
    def prefix(self):
        return self.name.split(":", 1)[0] if ":" in self.name else None

    def __repr__(self):
        return "<xml.dom.minidom.Attr object at %#x>" % id(self)


class NamedNodeMap:
    """An element's attributes by name, in the order they were set."""

    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return list(self._attrs.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(name, a.value) for name, a in self._attrs.items()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        if isinstance(name, tuple):
            for a in self._attrs.values():
                if (a.namespaceURI, a.localName) == name:
                    return a
            raise KeyError(name)
        return self._attrs[name]

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a
        return None

    def __iter__(self):
        return iter(self._attrs)


class Element(Node):
    """An element: `tagName`, its attributes and children."""

    nodeType = Node.ELEMENT_NODE
    _child_types = (1, 7, 8, 3, 4, 5)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self._attrs = {}

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    @property
    def prefix(self):
        return self.tagName.split(":", 1)[0] if ":" in self.tagName else None

    def getAttribute(self, attname):
        a = self._attrs.get(attname)
        return a.value if a is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a.value
        return ""

    def setAttribute(self, attname, value):
        a = self._attrs.get(attname)
        if a is None:
            a = Attr(attname)
            a.ownerDocument = self.ownerDocument
            a.ownerElement = self
            self._attrs[attname] = a
        a.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        self.setAttribute(qualifiedName, value)
        self._attrs[qualifiedName].namespaceURI = namespaceURI

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self.attributes.getNamedItemNS(namespaceURI, localName)

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        attr.ownerElement = self
        self._attrs[attr.name] = attr
        return old

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        if name not in self._attrs:
            raise NotFoundErr()
        self._attrs.pop(name).ownerElement = None

    def removeAttributeNS(self, namespaceURI, localName):
        a = self.getAttributeNodeNS(namespaceURI, localName)
        if a is None:
            raise NotFoundErr()
        self.removeAttribute(a.name)

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        self.removeAttribute(node.name)
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return NodeList(_descendants(self, lambda e: name == "*" or e.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(_descendants(self, lambda e: namespaceURI in ("*", e.namespaceURI) and localName in ("*", e.localName)))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, a in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, a.value)
            writer.write('"')
        kids = self._children()
        if kids:
            writer.write(">")
            if len(kids) == 1 and kids[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
                kids[0].writexml(writer, "", "", "")
            else:
                writer.write(newl)
                for kid in kids:
                    kid.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % newl)


def _descendants(node, keep):
    for kid in node._children():
        if kid.nodeType == Node.ELEMENT_NODE:
            if keep(kid):
                yield kid
            yield from _descendants(kid, keep)


class CharacterData(Node):
    """Text-like nodes: `data` (also `nodeValue`) and its editing methods."""

    def __init__(self, data=""):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, v):
        self.data = v

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dots = "..." if len(data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dots)

    def substringData(self, offset, count):
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg

    def insertData(self, offset, arg):
        self.data = self.data[:offset] + arg + self.data[offset:]

    def deleteData(self, offset, count):
        self.data = self.data[:offset] + self.data[offset + count:]

    def replaceData(self, offset, count, arg):
        self.data = self.data[:offset] + arg + self.data[offset + count:]

    def appendChild(self, node):
        raise HierarchyRequestErr("%s nodes do not have children" % self.nodeName)

    insertBefore = removeChild = replaceChild = appendChild


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        new = self.__class__(self.data[offset:])
        new.ownerDocument = self.ownerDocument
        self.data = self.data[:offset]
        parent = self.parentNode
        if parent is not None:
            parent.insertBefore(new, self.nextSibling)
        return new

    @property
    def wholeText(self):
        parts = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (3, 4):
            parts.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (3, 4):
            parts.append(n.data)
            n = n.nextSibling
        return "".join(parts)


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentType(Node):
    nodeType = Node.DOCUMENT_TYPE_NODE
    internalSubset = None

    def __init__(self, qualifiedName, publicId=None, systemId=None):
        self.name = self.nodeName = qualifiedName
        self.publicId = publicId
        self.systemId = systemId
        self.entities = NamedNodeMap({})
        self.notations = NamedNodeMap({})

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class Document(Node):
    """A whole document: its element, the factory methods for new nodes."""

    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    _child_types = (1, 7, 8, 10)

    def __init__(self):
        self.implementation = DOMImplementation()

    def __repr__(self):
        return "<xml.dom.minidom.Document object at %#x>" % id(self)

    @property
    def documentElement(self):
        for kid in self._children():
            if kid.nodeType == Node.ELEMENT_NODE:
                return kid
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        return self._own(Element(qualifiedName, namespaceURI))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        return self._own(Attr(qualifiedName, namespaceURI))

    def getElementsByTagName(self, name):
        return NodeList(_descendants(self, lambda e: name == "*" or e.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(_descendants(self, lambda e: namespaceURI in ("*", e.namespaceURI) and localName in ("*", e.localName)))

    def getElementById(self, elementId):
        for e in _descendants(self, lambda e: True):
            for a in e._attrs.values():
                if a.name == "id" and a.value == elementId:
                    return e
        return None

    def importNode(self, node, deep):
        return _clone(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        declaration = '<?xml version="1.0"'
        if encoding is not None:
            declaration += ' encoding="%s"' % encoding
        if standalone is not None:
            declaration += ' standalone="%s"' % ("yes" if standalone else "no")
        writer.write(declaration + ("?>" if encoding is not None or standalone is not None else " ?>") + newl)
        for node in self._children():
            node.writexml(writer, indent, addindent, newl)


def _clone(node, deep, document):
    t = node.nodeType
    if t == Node.ELEMENT_NODE:
        new = document.createElementNS(node.namespaceURI, node.tagName) if isinstance(document, Document) else Element(node.tagName, node.namespaceURI)
        for name, a in node._attrs.items():
            new.setAttribute(name, a.value)
            new._attrs[name].namespaceURI = a.namespaceURI
    elif t == Node.TEXT_NODE:
        new = Text(node.data)
    elif t == Node.CDATA_SECTION_NODE:
        new = CDATASection(node.data)
    elif t == Node.COMMENT_NODE:
        new = Comment(node.data)
    elif t == Node.PROCESSING_INSTRUCTION_NODE:
        new = ProcessingInstruction(node.target, node.data)
    elif t == Node.ATTRIBUTE_NODE:
        new = Attr(node.name, node.namespaceURI)
        new.value = node.value
    elif t == Node.DOCUMENT_FRAGMENT_NODE:
        new = DocumentFragment()
    elif t == Node.DOCUMENT_NODE:
        new = Document()
        document = new
    elif t == Node.DOCUMENT_TYPE_NODE:
        new = DocumentType(node.name, node.publicId, node.systemId)
    else:
        raise xml.dom.NotSupportedErr("Cannot clone node %s" % repr(node))
    new.ownerDocument = document if t != Node.DOCUMENT_NODE else None
    if deep:
        for kid in node._children():
            new._children().append(_clone(kid, True, document))
        new._relink()
    return new


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
            doc.doctype = doctype
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)


def getDOMImplementation(features=None):
    return DOMImplementation()


class _Builder:
    """Builds a Document from pyexpat's events (names kept as written, namespace URIs found
    from the xmlns attributes in scope)."""

    def __init__(self):
        import pyexpat
        self.document = Document()
        self.node = self.document
        self.scopes = [{"xml": "http://www.w3.org/XML/1998/namespace"}]
        p = self.parser = pyexpat.ParserCreate()
        p.buffer_text = True
        p.ordered_attributes = True
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.text
        p.CommentHandler = self.comment
        p.ProcessingInstructionHandler = self.pi
        p.StartDoctypeDeclHandler = self.doctype
        p.StartCdataSectionHandler = self.cdata_start
        p.EndCdataSectionHandler = self.cdata_end
        p.XmlDeclHandler = self.decl
        self.in_cdata = False

    def decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        if standalone >= 0:
            self.document.standalone = bool(standalone)

    def _uri(self, qname):
        prefix = qname.split(":", 1)[0] if ":" in qname else None
        for scope in reversed(self.scopes):
            if prefix in scope:
                return scope[prefix] or None
        return None

    def start(self, name, flat):
        scope = {}
        for i in range(0, len(flat), 2):
            key = flat[i]
            if key == "xmlns":
                scope[None] = flat[i + 1]
            elif key.startswith("xmlns:"):
                scope[key[6:]] = flat[i + 1]
        self.scopes.append(scope)
        e = self.document.createElementNS(self._uri(name), name)
        for i in range(0, len(flat), 2):
            key = flat[i]
            e.setAttribute(key, flat[i + 1])
            if key == "xmlns" or key.startswith("xmlns:"):
                e._attrs[key].namespaceURI = XMLNS_NAMESPACE
            elif ":" in key:
                e._attrs[key].namespaceURI = self._uri(key)
        self.node._children().append(e)
        self.node._relink()
        self.node = e

    def end(self, name):
        self.scopes.pop()
        self.node = self.node.parentNode

    def text(self, data):
        kids = self.node._children()
        if self.in_cdata:
            node = CDATASection(data)
        elif kids and kids[-1].nodeType == Node.TEXT_NODE and type(kids[-1]) is Text:
            kids[-1].data += data
            return
        else:
            node = Text(data)
        node.ownerDocument = self.document
        kids.append(node)
        self.node._relink()

    def cdata_start(self):
        self.in_cdata = True

    def cdata_end(self):
        self.in_cdata = False

    def comment(self, data):
        self._add(self.document.createComment(data))

    def pi(self, target, data):
        self._add(self.document.createProcessingInstruction(target, data))

    def doctype(self, name, system, public, internal):
        node = DocumentType(name, public, system)
        node.ownerDocument = self.document
        self.document.doctype = node
        self._add(node)

    def _add(self, node):
        self.node._children().append(node)
        self.node._relink()


def parseString(string, parser=None):
    builder = _Builder()
    builder.parser.Parse(string, True)
    return builder.document


def parse(file, parser=None, bufsize=None):
    builder = _Builder()
    if hasattr(file, "read"):
        builder.parser.ParseFile(file)
    else:
        with open(file, "rb") as f:
            builder.parser.ParseFile(f)
    return builder.document
