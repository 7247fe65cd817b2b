"""The TOML 1.0 reader behind tomllib: one pass over the text with a position, statement by
statement, keeping a tree of flags that says which tables were declared explicitly and which
values (inline tables and arrays) may no longer change. Error positions and messages are those
of CPython's tomllib."""

from datetime import date, datetime, time, timedelta, timezone
import re
import string

_CONTROL = frozenset(map(chr, range(32))) | {"\x7f"}
_BAD_IN_LINE = _CONTROL - {"\t"}
_BAD_IN_BLOCK = _CONTROL - {"\t", "\n"}
_SPACE = frozenset(" \t")
_SPACE_NL = frozenset(" \t\n")
_BARE = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset(string.hexdigits)
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}

_CLOCK = r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?"
_NUMBER_RE = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?\d)*)(?P<frac>(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)"
)
_CLOCK_RE = re.compile(_CLOCK)
_DATE_RE = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(?:[Tt ]" + _CLOCK + r"(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?"
)

# Flag names in the flag tree.
_FROZEN = "frozen"      # inside an inline table or array: nothing may be added
_DECLARED = "declared"  # a table already made: "[name]" may not open it again


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    raw = fp.read()
    try:
        text = raw.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    reader = _Reader(s.replace("\r\n", "\n"), _checked_float(parse_float))
    return reader.document()


def _checked_float(fn):
    if fn is float:
        return float

    def convert(text):
        value = fn(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    return convert


class _FlagNode:
    __slots__ = ("own", "inherited", "children")

    def __init__(self):
        self.own = set()
        self.inherited = set()
        self.children = {}


class _Flags:
    """Flags per key path; a flag set `deep` holds for everything below its path too."""

    def __init__(self):
        self.root = {}
        self.later = []

    def defer(self, path, flag):
        self.later.append((path, flag))

    def apply_deferred(self):
        for path, flag in self.later:
            self.mark(path, flag, deep=False)
        self.later = []

    def forget(self, path):
        level = self.root
        for part in path[:-1]:
            node = level.get(part)
            if node is None:
                return
            level = node.children
        level.pop(path[-1], None)

    def mark(self, path, flag, *, deep):
        level = self.root
        node = None
        for part in path:
            node = level.get(part)
            if node is None:
                node = level[part] = _FlagNode()
            level = node.children
        (node.inherited if deep else node.own).add(flag)

    def has(self, path, flag):
        if not path:
            return False
        level = self.root
        for part in path[:-1]:
            node = level.get(part)
            if node is None:
                return False
            if flag in node.inherited:
                return True
            level = node.children
        node = level.get(path[-1])
        return node is not None and (flag in node.own or flag in node.inherited)


class _NoTable(Exception):
    pass


def _descend(root, path, *, into_arrays=True):
    """The table at `path` below `root`, made empty where missing."""
    here = root
    for part in path:
        if part not in here:
            here[part] = {}
        here = here[part]
        if into_arrays and isinstance(here, list):
            here = here[-1]
        if not isinstance(here, dict):
            raise _NoTable
    return here


class _Reader:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float

    # -- positions and errors ---------------------------------------------------------------

    def error(self, message, at=None):
        at = self.pos if at is None else at
        src = self.src
        if at >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, at) + 1
            col = at + 1 if line == 1 else at - src.rindex("\n", 0, at)
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{message} (at {where})")

    def peek(self, offset=0):
        i = self.pos + offset
        return self.src[i] if i < len(self.src) else None

    def skip(self, chars):
        src, i, n = self.src, self.pos, len(self.src)
        while i < n and src[i] in chars:
            i += 1
        self.pos = i

    def skip_to(self, marker, forbidden, *, required):
        """Move to the next `marker` (or the end), rejecting forbidden characters on the way."""
        src = self.src
        end = src.find(marker, self.pos)
        if end < 0:
            end = len(src)
            if required:
                raise self.error(f"Expected {marker!r}", end)
        for i in range(self.pos, end):
            if src[i] in forbidden:
                raise self.error(f"Found invalid character {src[i]!r}", i)
        self.pos = end

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.skip_to("\n", _BAD_IN_LINE, required=False)

    def skip_blank_in_array(self):
        while True:
            before = self.pos
            self.skip(_SPACE_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- statements -------------------------------------------------------------------------

    def document(self):
        self.data = {}
        self.flags = _Flags()
        table = ()
        src = self.src
        while True:
            self.skip(_SPACE)
            c = self.peek()
            if c is None:
                break
            if c == "\n":
                self.pos += 1
                continue
            if c in _KEY_START:
                self.assignment(table)
                self.skip(_SPACE)
            elif c == "[":
                self.flags.apply_deferred()
                if self.peek(1) == "[":
                    table = self.array_header()
                else:
                    table = self.table_header()
                self.skip(_SPACE)
            elif c != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            c = self.peek()
            if c is None:
                break
            if c != "\n":
                raise self.error("Expected newline or end of document after a statement")
            self.pos += 1
        return self.data

    def table_header(self):
        self.pos += 1
        self.skip(_SPACE)
        path = self.key()
        if self.flags.has(path, _DECLARED) or self.flags.has(path, _FROZEN):
            raise self.error(f"Cannot declare {path} twice")
        self.flags.mark(path, _DECLARED, deep=False)
        try:
            _descend(self.data, path)
        except _NoTable:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return path

    def array_header(self):
        self.pos += 2
        self.skip(_SPACE)
        path = self.key()
        if self.flags.has(path, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {path}")
        # A new element: what was declared inside the previous one is free again.
        self.flags.forget(path)
        self.flags.mark(path, _DECLARED, deep=False)
        try:
            parent = _descend(self.data, path[:-1])
            last = path[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise _NoTable
        except _NoTable:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return path

    def assignment(self, table):
        path, value = self.pair()
        head = table + path[:-1]
        for n in range(1, len(path)):
            between = table + path[:n]
            if self.flags.has(between, _DECLARED):
                raise self.error(f"Cannot redefine namespace {between}")
            self.flags.defer(between, _DECLARED)
        if self.flags.has(head, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {head}")
        try:
            target = _descend(self.data, head)
        except _NoTable:
            raise self.error("Cannot overwrite a value") from None
        name = path[-1]
        if name in target:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.flags.mark(table + path, _FROZEN, deep=True)
        target[name] = value

    def pair(self):
        path = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_SPACE)
        return path, self.value()

    # -- keys -------------------------------------------------------------------------------

    def key(self):
        parts = [self.key_part()]
        self.skip(_SPACE)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_SPACE)
            parts.append(self.key_part())
            self.skip(_SPACE)
        return tuple(parts)

    def key_part(self):
        c = self.peek()
        if c is not None and c in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if c == "'":
            return self.literal_string()
        if c == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- strings ----------------------------------------------------------------------------

    def literal_string(self):
        self.pos += 1
        start = self.pos
        self.skip_to("'", _BAD_IN_LINE, required=True)
        text = self.src[start:self.pos]
        self.pos += 1
        return text

    def block_string(self, quote):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        if quote == "'":
            start = self.pos
            self.skip_to("'''", _BAD_IN_BLOCK, required=True)
            text = self.src[start:self.pos]
            self.pos += 3
        else:
            text = self.basic_string(True)
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if self.peek() != quote:
                break
            text += quote
            self.pos += 1
        return text

    def basic_string(self, multiline):
        src = self.src
        bad = _BAD_IN_BLOCK if multiline else _BAD_IN_LINE
        pieces = []
        start = self.pos
        while True:
            c = self.peek()
            if c is None:
                raise self.error("Unterminated string")
            if c == '"':
                if not multiline:
                    pieces.append(src[start:self.pos])
                    self.pos += 1
                    return "".join(pieces)
                if src.startswith('"""', self.pos):
                    pieces.append(src[start:self.pos])
                    self.pos += 3
                    return "".join(pieces)
                self.pos += 1
                continue
            if c == "\\":
                pieces.append(src[start:self.pos])
                pieces.append(self.escape(multiline))
                start = self.pos
                continue
            if c in bad:
                raise self.error(f"Illegal character {c!r}")
            self.pos += 1

    def escape(self, multiline):
        kind = self.peek(1)
        self.pos += 2
        if multiline and kind in (" ", "\t", "\n"):
            # A line-ending backslash swallows the newline and the blanks after it.
            if kind != "\n":
                self.skip(_SPACE)
                c = self.peek()
                if c is None:
                    return ""
                if c != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_SPACE_NL)
            return ""
        if kind == "u":
            return self.hex_char(4)
        if kind == "U":
            return self.hex_char(8)
        if kind is not None and kind in _ESCAPES:
            return _ESCAPES[kind]
        raise self.error("Unescaped '\\' in a string")

    def hex_char(self, width):
        digits = self.src[self.pos:self.pos + width]
        if len(digits) != width or not _HEX.issuperset(digits):
            raise self.error("Invalid hex value")
        self.pos += width
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(code)

    # -- values -----------------------------------------------------------------------------

    def value(self):
        src, pos = self.src, self.pos
        c = self.peek()
        if c == '"':
            if src.startswith('"""', pos):
                return self.block_string('"')
            self.pos += 1
            return self.basic_string(False)
        if c == "'":
            if src.startswith("'''", pos):
                return self.block_string("'")
            return self.literal_string()
        if c == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if c == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        m = _DATE_RE.match(src, pos)
        if m:
            try:
                result = _to_datetime(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = m.end()
            return result
        m = _CLOCK_RE.match(src, pos)
        if m:
            self.pos = m.end()
            hh, mm, ss, frac = m.groups()
            return time(int(hh), int(mm), int(ss), _micros(frac))
        m = _NUMBER_RE.match(src, pos)
        if m:
            self.pos = m.end()
            if m.group("frac"):
                return self.parse_float(m.group())
            return int(m.group(), 0)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
                self.pos += len(word)
                return self.parse_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        items = []
        self.skip_blank_in_array()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_blank_in_array()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return items
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_blank_in_array()
            if self.peek() == "]":
                self.pos += 1
                return items

    def inline_table(self):
        self.pos += 1
        table = {}
        flags = _Flags()
        self.skip(_SPACE)
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            path, value = self.pair()
            if flags.has(path, _FROZEN):
                raise self.error(f"Cannot mutate immutable namespace {path}")
            try:
                target = _descend(table, path[:-1], into_arrays=False)
            except _NoTable:
                raise self.error("Cannot overwrite a value") from None
            name = path[-1]
            if name in target:
                raise self.error(f"Duplicate inline table key {name!r}")
            target[name] = value
            self.skip(_SPACE)
            c = self.peek()
            if c == "}":
                self.pos += 1
                return table
            if c != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.mark(path, _FROZEN, deep=True)
            self.pos += 1
            self.skip(_SPACE)


def _micros(frac):
    return int(frac.ljust(6, "0")) if frac else 0


_zones = {}


def _zone(sign, hh, mm):
    key = (sign, hh, mm)
    tz = _zones.get(key)
    if tz is None:
        k = 1 if sign == "+" else -1
        tz = _zones[key] = timezone(timedelta(hours=k * int(hh), minutes=k * int(mm)))
    return tz


def _to_datetime(m):
    y, mo, d, hh, mi, ss, frac, zulu, sign, oh, om = m.groups()
    if hh is None:
        return date(int(y), int(mo), int(d))
    if sign:
        tz = _zone(sign, oh, om)
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(y), int(mo), int(d), int(hh), int(mi), int(ss), _micros(frac), tzinfo=tz)
