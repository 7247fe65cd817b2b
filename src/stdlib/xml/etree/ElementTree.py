"""The ElementTree XML API: `Element` trees, parsing (over gilpy's `pyexpat`) and
serialization, as CPython 3.11's xml.etree.ElementTree documents it. Paths (find/findall...) are
in ElementPath."""

import io
import re
import sys
import warnings
from . import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent",
    "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName",
    "SubElement", "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed: `code` (expat's) and `position` (line, column)."""


def iselement(element):
    return hasattr(element, "tag")


def _searcher(name):
    """An Element method running ElementPath's function `name` from the element."""
    run = getattr(ElementPath, name)

    def method(self, *args, **kwargs):
        return run(self, *args, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


class Element:
    """An element: `tag`, `attrib` (a dict), `text`, `tail`, and its children in order."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError(f"attrib must be dict, not {type(attrib).__name__}")
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        warnings.warn("elem.copy() is deprecated. Use copy.copy(elem) instead.", DeprecationWarning, stacklevel=2)
        return self.__copy__()

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        for child in self._children:
            elem.append(copy.deepcopy(child, memo))
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for e in element:
                self._check(e)
        else:
            self._check(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def _check(self, e, where=None):
        if not isinstance(e, Element):
            if where:
                raise TypeError("%s must be xml.etree.ElementTree.Element, not %s" % (where, type(e).__name__))
            raise TypeError("expected an Element, not %s" % type(e).__name__)

    def append(self, subelement):
        self._check(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        for e in elements:
            self._check(e)
            self._children.append(e)

    def insert(self, index, subelement):
        self._check(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, c in enumerate(self._children):
            if c is subelement:
                del self._children[i]
                return
        for i, c in enumerate(self._children):
            if c == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    # The path searches (ElementPath): find, findtext, findall, iterfind.
    find = _searcher("find")
    findtext = _searcher("findtext")
    findall = _searcher("findall")
    iterfind = _searcher("iterfind")

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name `{uri}local` (or its two parts), compared and hashed as its text."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    """A whole document: its root element, parsing from files, writing to them."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future version.  "
                "If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def _search(name):
        def method(self, path, *args, **kwargs):
            return getattr(self._root, name)(self._relative(path), *args, **kwargs)
        method.__name__ = name
        return method

    find = _search("find")
    findtext = _search("findtext")
    findall = _search("findall")
    iterfind = _search("iterfind")
    del _search

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        method = method or "xml"
        if method not in _WRITERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        with _Sink(file_or_filename, encoding) as write:
            if method == "xml" and (xml_declaration or (xml_declaration is None and encoding.lower() != "unicode"
                                                        and encoding.lower() not in ("utf-8", "us-ascii"))):
                declared = encoding if encoding.lower() != "unicode" else _locale_encoding()
                write("<?xml version='1.0' encoding='%s'?>\n" % declared)
            if method == "text":
                _write_text(write, self._root)
            else:
                qnames, namespaces = _namespaces(self._root, default_namespace)
                _WRITERS[method](write, self._root, qnames, namespaces, short_empty_elements)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


def _locale_encoding():
    import locale
    return locale.getpreferredencoding(False)


class _Sink:
    """A `write(text)` into a file name, a text file, or a binary file, in `encoding`
    (characters it cannot hold become character references)."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding
        self.close = None

    def __enter__(self):
        enc = self.encoding.lower()
        target = self.target
        if enc == "unicode":
            if hasattr(target, "write"):
                return target.write
            f = open(target, "w", encoding="utf-8", errors="xmlcharrefreplace")
            self.close = f.close
            return f.write
        if not hasattr(target, "write"):
            f = open(target, "wb")
            self.close = f.close
            target = f
        encoding = self.encoding
        if isinstance(target, io.TextIOBase):
            return target.write

        def write(text):
            target.write(text.encode(encoding, "xmlcharrefreplace"))
        return write

    def __exit__(self, *exc):
        if self.close:
            self.close()


# Prefixes used for these namespace URIs when a tree is written (register_namespace adds more).
_namespace_map = dict(row.split()[::-1] for row in """
    xml   http://www.w3.org/XML/1998/namespace
    html  http://www.w3.org/1999/xhtml
    rdf   http://www.w3.org/1999/02/22-rdf-syntax-ns#
    wsdl  http://schemas.xmlsoap.org/wsdl/
    xs    http://www.w3.org/2001/XMLSchema
    xsi   http://www.w3.org/2001/XMLSchema-instance
    dc    http://purl.org/dc/elements/1.1/
""".strip().splitlines())


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _namespaces(elem, default_namespace=None):
    """The serialized form of every tag and attribute name in the tree ({uri}local becomes
    prefix:local) and the namespace declarations the root must carry."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        if qname[:1] == "{":
            uri, local = qname[1:].rsplit("}", 1)
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(namespaces)
                if prefix != "xml":
                    namespaces[uri] = prefix
            qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            qnames[qname] = qname

    for e in elem.iter():
        tag = e.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _not_serializable(tag)
        for key, value in e.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = e.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _not_serializable(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


_TEXT_REFS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_REFS = _TEXT_REFS + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_HTML_ATTR_REFS = (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;"))


def _escaped(value, refs=_TEXT_REFS):
    """Text with the characters of `refs` replaced by their references."""
    if not isinstance(value, str):
        _not_serializable(value)
    for raw, ref in refs:
        if raw in value:
            value = value.replace(raw, ref)
    return value


_HTML_EMPTY = frozenset("area base basefont br col embed frame hr img input isindex link meta param source track wbr".split())


def _serialize(write, elem, qnames, namespaces, short_empty, html=False, top=True):
    """Writes `elem` and what it holds; `namespaces` (the declarations) only at the top."""
    tag, text = elem.tag, elem.text
    if tag is Comment or tag is ProcessingInstruction:
        body = _escaped(text) if html else text
        write(("<!--%s-->" if tag is Comment else "<?%s?>") % body)
    else:
        name = qnames[tag.text if isinstance(tag, QName) else tag]
        if name is not None:
            write("<" + name)
            for uri, prefix in sorted((namespaces or {}).items(), key=lambda pair: pair[1]):
                write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escaped(uri, _ATTR_REFS)))
            for k, v in elem.items():
                k = k.text if isinstance(k, QName) else k
                shown = qnames[v.text] if isinstance(v, QName) else _escaped(v, _HTML_ATTR_REFS if html else _ATTR_REFS)
                write(' %s="%s"' % (qnames[k], shown))
        raw_text = html and name is not None and name.lower() in ("script", "style")
        has_body = bool(text) or len(elem) > 0
        if name is not None and not html and not has_body and short_empty:
            write(" />")
        else:
            if name is not None:
                write(">")
            if text:
                write(text if raw_text else _escaped(text))
            for child in elem:
                _serialize(write, child, qnames, None, short_empty, html, False)
            if name is not None and not (html and name.lower() in _HTML_EMPTY):
                write("</" + name + ">")
    if elem.tail and not top:
        write(_escaped(elem.tail))


def _write_xml(write, elem, qnames, namespaces, short_empty):
    _serialize(write, elem, qnames, namespaces, short_empty)


def _write_html(write, elem, qnames, namespaces, short_empty):
    _serialize(write, elem, qnames, namespaces, short_empty, html=True)


def _write_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_WRITERS = {"xml": _write_xml, "html": _write_html, "text": None, "c14n": _write_xml}


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None, short_empty_elements=True):
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method, short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None, short_empty_elements=True):
    options = dict(xml_declaration=xml_declaration, default_namespace=default_namespace, short_empty_elements=short_empty_elements)
    return [tostring(element, encoding, method, **options)]


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Re-indents the tree in place: each level of children on lines of its own."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return

    def walk(elem, depth):
        inner = "\n" + space * (depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
        if not child.tail.strip():
            child.tail = "\n" + space * depth

    walk(tree, level)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def _parsed(pieces, parser):
    """The root of the document made of `pieces`, through `parser` (a new XMLParser if None)."""
    parser = XMLParser() if parser is None else parser
    for piece in pieces:
        parser.feed(piece)
    return parser.close()


def XML(text, parser=None):
    return _parsed([text], parser)


fromstring = XML


def XMLID(text, parser=None):
    root = _parsed([text], parser)
    return root, {e.get("id"): e for e in root.iter() if e.get("id")}


def fromstringlist(sequence, parser=None):
    return _parsed(sequence, parser)


class TreeBuilder:
    """Builds an element tree from start/data/end calls (the target XMLParser feeds)."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._stack = []
        self._last = None
        self._root = None
        self._tail = False
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        if self._stack:
            raise AssertionError("missing end tags")
        if self._root is None:
            raise AssertionError("missing toplevel element")
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._stack:
            self._stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._stack.append(elem)
        self._tail = False
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._stack.pop()
        self._tail = True
        return self._last

    def _special(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._stack:
                self._stack[-1].append(elem)
            self._tail = True
        return elem

    def comment(self, text):
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._special(self._pi_factory, self.insert_pis, target, text)


class XMLParser:
    """An expat parser feeding a target (a TreeBuilder unless given): `feed`, then `close`."""

    def __init__(self, *, target=None, encoding=None):
        import pyexpat
        self.parser = self._parser = pyexpat.ParserCreate(encoding, "}")
        self.target = self._target = target if target is not None else TreeBuilder()
        self._error = pyexpat.error
        self._names = {}
        self.version = "Expat %d.%d.%d" % pyexpat.version_info
        p = self._parser
        t = self._target
        p.buffer_text = 1
        p.ordered_attributes = 1
        if hasattr(t, "start"):
            p.StartElementHandler = self._start
        if hasattr(t, "end"):
            p.EndElementHandler = self._end
        if hasattr(t, "start_ns"):
            p.StartNamespaceDeclHandler = self._start_ns
        if hasattr(t, "end_ns"):
            p.EndNamespaceDeclHandler = self._end_ns
        if hasattr(t, "data"):
            p.CharacterDataHandler = t.data
        if hasattr(t, "comment"):
            p.CommentHandler = t.comment
        if hasattr(t, "pi"):
            p.ProcessingInstructionHandler = t.pi
        p.StartDoctypeDeclHandler = self._doctype

    def _name(self, key):
        name = self._names.get(key)
        if name is None:
            name = "{" + key if "}" in key else key
            self._names[key] = name
        return name

    def _start(self, tag, flat):
        attrib = {}
        for i in range(0, len(flat), 2):
            attrib[self._name(flat[i])] = flat[i + 1]
        return self._target.start(self._name(tag), attrib)

    def _end(self, tag):
        return self._target.end(self._name(tag))

    def _start_ns(self, prefix, uri):
        return self._target.start_ns(prefix or "", uri or "")

    def _end_ns(self, prefix):
        return self._target.end_ns(prefix or "")

    def _doctype(self, name, sysid, pubid, has_internal):
        if hasattr(self._target, "doctype"):
            self._target.doctype(name, pubid, sysid)

    def _raise(self, value):
        err = ParseError(value)
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err from None

    def feed(self, data):
        try:
            self._parser.Parse(data, False)
        except self._error as v:
            self._raise(v)

    def close(self):
        try:
            self._parser.Parse(b"", True)
        except self._error as v:
            self._raise(v)
        try:
            close = self._target.close
        except AttributeError:
            return None
        return close()

    def flush(self):
        pass


class XMLPullParser:
    """A parser that is fed text and yields (event, object) pairs from `read_events`."""

    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._parser = _parser or XMLParser(target=_EventBuilder(self._events, events or ("end",)))

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            self._parser.feed(data)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


class _EventBuilder(TreeBuilder):
    """A TreeBuilder that also records the events asked for."""

    def __init__(self, sink, wanted):
        super().__init__()
        for name in wanted:
            if name not in ("start", "end", "start-ns", "end-ns", "comment", "pi"):
                raise ValueError("unknown event %r" % name)
        self._sink = sink
        self._wanted = set(wanted)
        if "comment" in self._wanted:
            self.insert_comments = False
        self._pending_ns = []

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self._wanted:
            self._sink.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self._wanted:
            self._sink.append(("end", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._wanted:
            self._sink.append(("start-ns", (prefix, uri)))

    def end_ns(self, prefix):
        if "end-ns" in self._wanted:
            self._sink.append(("end-ns", None))

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self._wanted:
            self._sink.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self._wanted:
            self._sink.append(("pi", elem))
        return elem


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._close_source = not hasattr(source, "read")
        self._source = open(source, "rb") if self._close_source else source
        self._pull = XMLPullParser(events=events)
        self.root = None

    def __iter__(self):
        return self

    def _gen(self):
        try:
            while True:
                yield from self._pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                self._pull.feed(data)
            root = self._pull._close_and_return_root()
            yield from self._pull.read_events()
            self.root = root
        finally:
            if self._close_source:
                self._source.close()

    def __next__(self):
        if not hasattr(self, "_it"):
            self._it = self._gen()
        return next(self._it)


def iterparse(source, events=None, parser=None):
    return _IterParseIterator(source, events, parser)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize() is not available in gilpy")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("C14N is not available in gilpy")
