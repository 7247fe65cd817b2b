"""The path language of ElementTree's find/findall/iterfind/findtext: a small XPath subset.

A path is read into a list of steps; each step maps the current list of elements to the next
(children by tag or `*`, `.`, `..`, `//` descendants, predicates `[@a]`, `[@a='v']`, `[tag]`,
`[tag='text']`, `[.='text']`, `[n]`, `[last()]`, `[last()-n]`). Tags may be `{uri}local`, or
`prefix:local` with a `namespaces` mapping (its '' key is the default namespace)."""

import re

_TOKEN = re.compile(
    r"\s*("
    r"'[^']*'|\"[^\"]*\"|"          # quoted strings
    r"::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=]|"  # operators
    r"\{[^}]*\}[^/\[\]\(\)@=\s]*|"  # {uri}local
    r"[^/\[\]\(\)@=\s'\"!]+"       # names, numbers
    r")"
)


class _PathError(SyntaxError):
    pass


def _tokens(path):
    out = []
    pos = 0
    path = path.strip()
    while pos < len(path):
        m = _TOKEN.match(path, pos)
        if not m or m.end() == pos:
            raise SyntaxError("invalid path")
        out.append(m.group(1))
        pos = m.end()
    return out


def _qualify(name, namespaces):
    """`prefix:local` or `local` through the namespaces mapping; `{uri}local` stays."""
    if name[:1] == "{" or name == "*":
        if name == "*" or "}" in name:
            return name
    if ":" in name and not name.startswith("{"):
        if not namespaces:
            return name
        prefix, local = name.split(":", 1)
        if prefix not in namespaces:
            raise SyntaxError(f"prefix {prefix!r} not found in prefix map")
        return "{%s}%s" % (namespaces[prefix], local)
    if namespaces and namespaces.get("") and name not in ("*",) and not name.startswith("{"):
        return "{%s}%s" % (namespaces[""], name)
    return name


def _tag_matches(tag):
    if tag == "*":
        return lambda e: isinstance(e.tag, str)
    if tag == "{*}*":
        return lambda e: isinstance(e.tag, str)
    if tag.startswith("{*}"):
        local = tag[3:]
        return lambda e: isinstance(e.tag, str) and (e.tag == local or e.tag.endswith("}" + local))
    if tag.startswith("{}"):
        local = tag[2:]
        return lambda e: e.tag == local
    if tag.endswith("}*"):
        ns = tag[:-1]
        return lambda e: isinstance(e.tag, str) and e.tag.startswith(ns)
    return lambda e: e.tag == tag


class _Context:
    """What the steps share: the root the path started from and each element's parent."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent(self, elem):
        if self._parents is None:
            self._parents = {}
            for p in self.root.iter():
                for c in p:
                    self._parents[id(c)] = p
        return self._parents.get(id(elem))


def _children(tag):
    match = _tag_matches(tag)

    def step(ctx, elems):
        for e in elems:
            for c in e:
                if match(c):
                    yield c
    return step


def _descendants(tag):
    match = _tag_matches(tag)

    def step(ctx, elems):
        seen = set()
        for e in elems:
            for c in e.iter():
                if c is not e and match(c) and id(c) not in seen:
                    seen.add(id(c))
                    yield c
    return step


def _self(ctx, elems):
    yield from elems


def _parent(ctx, elems):
    seen = set()
    for e in elems:
        p = ctx.parent(e)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            yield p


def _text_of(e):
    return "".join(e.itertext())


def _predicate(tokens, namespaces):
    """A step filtering by the predicate in `tokens` (what stood between '[' and ']')."""
    if tokens[:1] == ["@"] and len(tokens) == 2:
        key = _qualify(tokens[1], namespaces) if ":" in tokens[1] else tokens[1]
        return lambda ctx, elems: (e for e in elems if e.get(key) is not None)
    if tokens[:1] == ["@"] and len(tokens) == 4 and tokens[2] in ("=", "!=") and tokens[3][:1] in "'\"":
        key = _qualify(tokens[1], namespaces) if ":" in tokens[1] else tokens[1]
        value = tokens[3][1:-1]
        if tokens[2] == "=":
            return lambda ctx, elems: (e for e in elems if e.get(key) == value)
        return lambda ctx, elems: (e for e in elems if e.get(key) is not None and e.get(key) != value)
    if len(tokens) == 1 and tokens[0][:1].isdigit():
        index = int(tokens[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
        return _position(lambda n: index)
    if tokens[:2] == ["last", "()"]:
        if len(tokens) == 2:
            return _position(lambda n: n - 1)
        if len(tokens) == 3 and tokens[2].startswith("-") and tokens[2][1:].isdigit():
            back = int(tokens[2][1:])
            return _position(lambda n: n - 1 - back)
        raise SyntaxError("unsupported expression")
    if len(tokens) == 3 and tokens[0] == "." and tokens[1] in ("=", "!=") and tokens[2][:1] in "'\"":
        value, equal = tokens[2][1:-1], tokens[1] == "="
        return lambda ctx, elems: (e for e in elems if (_text_of(e) == value) == equal)
    if tokens and tokens[0] not in ("@", "."):
        match = _tag_matches(_qualify(tokens[0], namespaces))
        if len(tokens) == 1:
            return lambda ctx, elems: (e for e in elems if any(match(c) for c in e))
        if len(tokens) == 3 and tokens[1] in ("=", "!=") and tokens[2][:1] in "'\"":
            value, equal = tokens[2][1:-1], tokens[1] == "="
            return lambda ctx, elems: (e for e in elems if any(match(c) and (_text_of(c) == value) == equal for c in e))
    raise SyntaxError("invalid predicate")


def _position(pick):
    """A step keeping, among the children of each parent, the one at `pick(count)`."""
    def step(ctx, elems):
        groups = {}
        order = []
        for e in elems:
            p = ctx.parent(e)
            key = id(p)
            if key not in groups:
                groups[key] = (p, [])
                order.append(key)
            groups[key][1].append(e)
        for key in order:
            p, chosen = groups[key]
            if p is None:
                continue
            tag = chosen[0].tag
            siblings = [c for c in p if c.tag == tag] if all(c.tag == tag for c in chosen) else list(chosen)
            siblings = [c for c in siblings if any(c is x for x in chosen)]
            i = pick(len(siblings))
            if 0 <= i < len(siblings):
                yield siblings[i]
    return step


_cache = {}


def _compile(path, namespaces):
    key = (path, tuple(sorted(namespaces.items())) if namespaces else None)
    steps = _cache.get(key)
    if steps is not None:
        return steps
    tokens = _tokens(path)
    if tokens[:1] == ["/"]:
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    i = 0
    descend = False
    while i < len(tokens):
        tok = tokens[i]
        if tok == "/":
            i += 1
            continue
        if tok == "//":
            descend = True
            i += 1
            continue
        if tok == ".":
            steps.append(_self_and_descendants if descend else _self)
            descend = False
            i += 1
        elif tok == "..":
            steps.append(_parent)
            descend = False
            i += 1
        elif tok == "[":
            close = i + 1
            depth = 1
            while close < len(tokens):
                if tokens[close] == "[":
                    depth += 1
                elif tokens[close] == "]":
                    depth -= 1
                    if depth == 0:
                        break
                close += 1
            if close >= len(tokens):
                raise SyntaxError("invalid path")
            steps.append(_predicate(tokens[i + 1:close], namespaces))
            i = close + 1
        else:
            if tok == "@" or tok in ("=", "]", "(", ")"):
                raise SyntaxError("invalid path")
            name = tok
            if i + 2 < len(tokens) and tokens[i + 1] == ":" and tok != "{":
                name = tok + ":" + tokens[i + 2]
                i += 2
            tag = _qualify(name, namespaces)
            steps.append(_descendants(tag) if descend else _children(tag))
            descend = False
            i += 1
    if descend:
        raise SyntaxError("invalid descendant")
    if len(_cache) > 100:
        _cache.clear()
    _cache[key] = steps
    return steps


def _self_and_descendants(ctx, elems):
    for e in elems:
        yield from e.iter()


def iterfind(elem, path, namespaces=None):
    if path[-1:] == "/":
        path = path + "*"
    steps = _compile(path, namespaces)
    ctx = _Context(elem)
    result = [elem]
    for step in steps:
        result = list(step(ctx, result))
    return iter(result)


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        found = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return found.text or ""
