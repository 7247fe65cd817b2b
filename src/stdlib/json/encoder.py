"""json.encoder: JSONEncoder (encode, iterencode, default) and the string quoters
encode_basestring / encode_basestring_ascii. A one-shot encode (JSONEncoder.encode) runs in
gilpy's native `_json.encode`; iterencode (and so json.dump) goes through the generator-based
writer below, which yields the same chunks as CPython's pure-Python encoder."""

from _json import encode as _native_encode
from _json import encode_basestring, encode_basestring_ascii

INFINITY = float('inf')

c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii


class _Writer:
    """One iterencode run: the encoder's settings, fixed, and the generators producing chunks.
    `seen` maps id() of each container being written to it (None: no cycle check)."""

    def __init__(self, enc, seen, quote, number):
        self.seen = seen
        self.default = enc.default
        self.quote = quote
        self.number = number
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.colon = enc.key_separator
        self.comma = enc.item_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys

    def enter(self, o):
        if self.seen is not None:
            key = id(o)
            if key in self.seen:
                raise ValueError('Circular reference detected')
            self.seen[key] = o

    def leave(self, o):
        if self.seen is not None:
            del self.seen[id(o)]

    def scalar(self, o):
        """o as JSON text when it is a str, None, bool, int or float; else None."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def nested(self, o, depth):
        """The chunks of a non-scalar value."""
        if isinstance(o, (list, tuple)):
            return self.array(o, depth)
        if isinstance(o, dict):
            return self.obj(o, depth)
        return self.other(o, depth)

    def value(self, o, depth):
        text = self.scalar(o)
        if text is not None:
            yield text
        else:
            yield from self.nested(o, depth)

    def other(self, o, depth):
        self.enter(o)
        yield from self.value(self.default(o), depth)
        self.leave(o)

    def open(self, depth):
        """(text after the opening bracket, separator between items, text before the closing
        bracket) for a container whose items sit at nesting `depth`."""
        if self.indent is None:
            return '', self.comma, ''
        line = '\n' + self.indent * depth
        return line, self.comma + line, '\n' + self.indent * (depth - 1)

    def array(self, items, depth):
        if not items:
            yield '[]'
            return
        self.enter(items)
        depth += 1
        lead, between, tail = self.open(depth)
        pending = '[' + lead
        for item in items:
            text = self.scalar(item)
            if text is not None:
                yield pending + text
            else:
                yield pending
                yield from self.nested(item, depth)
            pending = between
        if tail:
            yield tail
        yield ']'
        self.leave(items)

    def key_text(self, key):
        """A dict key as the str to quote; None when skipkeys drops it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.number(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not '
                        + type(key).__name__)

    def obj(self, mapping, depth):
        if not mapping:
            yield '{}'
            return
        self.enter(mapping)
        yield '{'
        depth += 1
        lead, between, tail = self.open(depth)
        if lead:
            yield lead
        pairs = sorted(mapping.items()) if self.sort_keys else mapping.items()
        started = False
        for key, item in pairs:
            key = self.key_text(key)
            if key is None:
                continue
            if started:
                yield between
            started = True
            yield self.quote(key)
            yield self.colon
            text = self.scalar(item)
            if text is not None:
                yield text
            else:
                yield from self.nested(item, depth)
        if tail:
            yield tail
        yield '}'
        self.leave(mapping)


class JSONEncoder:
    """Turns Python data into JSON text: dict -> object, list and tuple -> array, str -> string,
    int and float -> number, True/False/None -> true/false/null. Anything else goes through
    default(), which subclasses (or the `default` argument) provide.

    skipkeys: drop dict keys that are not str/int/float/bool/None instead of raising TypeError.
    ensure_ascii: escape every non-ASCII character. check_circular: detect reference cycles
    (ValueError) rather than recursing without end. allow_nan: write NaN/Infinity/-Infinity
    (else ValueError). sort_keys: write dict items in key order. indent: a str or a number of
    spaces, putting each item on its own line. separators: (item separator, key separator);
    defaults to (', ', ': '), or (',', ': ') when indenting."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """The JSON-encodable stand-in for `o`; this one refuses everything (TypeError)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """`o` as one JSON string."""
        if isinstance(o, str):
            return self._quoter()(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def _quoter(self):
        return encode_basestring_ascii if self.ensure_ascii else encode_basestring

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` in pieces, as an iterable of str (json.dump writes each)."""
        seen = {} if self.check_circular else None
        quote = self._quoter()
        allow_nan = self.allow_nan

        def number(x):
            if x != x:
                text = 'NaN'
            elif x == INFINITY:
                text = 'Infinity'
            elif x == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(x)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant: '
                                 + repr(x))
            return text

        writer = _Writer(self, seen, quote, number)
        if _one_shot:
            # The native encoder writes the whole text at once, with CPython's error messages
            # for either layout (C encoder compact, pure-Python one indented).
            return _native_encode(o, 0, seen, self.default, quote, writer.indent,
                                  self.key_separator, self.item_separator, self.sort_keys,
                                  self.skipkeys, allow_nan)
        return writer.value(o, 0)
