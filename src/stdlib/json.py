"""json: dumps/dump and loads/load with CPython's output format (separators, indent, sort_keys,
ensure_ascii, allow_nan, default, skipkeys) and its decoder's error messages and positions
(JSONDecodeError). Written in gilpy, after the shape of CPython's pure-Python encoder and
scanner."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecodeError', 'JSONDecoder', 'JSONEncoder']

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


class JSONDecodeError(ValueError):
    """A document that is not valid JSON: msg, doc, pos, lineno, colno."""
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def _encode_string(s, ensure_ascii):
    out = []
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
            continue
        n = ord(ch)
        if n < 0x20:
            out.append('\\u%04x' % n)
        elif ensure_ascii and n > 0x7e:
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    """Turns Python data into JSON text."""
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
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
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def iterencode(self, o, _one_shot=False):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None

        def newline(level):
            return '\n' + indent * level

        def literal(value):
            """None, a bool, an int or a float as JSON text (None for anything else)."""
            if value is None:
                return 'null'
            if value is True:
                return 'true'
            if value is False:
                return 'false'
            if isinstance(value, int):
                return int.__repr__(value)
            if isinstance(value, float):
                return self._float(value)
            return None

        def scalar(value):
            if isinstance(value, str):
                return _encode_string(value, self.ensure_ascii)
            return literal(value)

        def enter(value):
            if markers is not None:
                if id(value) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(value)] = value

        def leave(value):
            if markers is not None:
                del markers[id(value)]

        def encode(value, level):
            text = scalar(value)
            if text is not None:
                chunks.append(text)
            elif isinstance(value, (list, tuple)):
                encode_list(value, level)
            elif isinstance(value, dict):
                encode_dict(value, level)
            else:
                enter(value)
                encode(self.default(value), level)
                leave(value)

        def container(value, brackets, level, pairs):
            """Writes a non-empty list (pairs of (None, item)) or dict (pairs of (key, item))."""
            enter(value)
            chunks.append(brackets[0])
            separator = self.item_separator
            if indent is not None:
                level += 1
                chunks.append(newline(level))
                separator = self.item_separator + newline(level)
            first = True
            for key, item in pairs:
                if not first:
                    chunks.append(separator)
                first = False
                if key is not None:
                    chunks.append(_encode_string(key, self.ensure_ascii))
                    chunks.append(self.key_separator)
                encode(item, level)
            if indent is not None:
                chunks.append(newline(level - 1))
            chunks.append(brackets[1])
            leave(value)

        def encode_list(items, level):
            if not items:
                chunks.append('[]')
            else:
                container(items, '[]', level, ((None, item) for item in items))

        def key_text(key):
            if isinstance(key, str):
                return key
            text = literal(key)
            if text is not None or self.skipkeys:
                return text
            raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

        def encode_dict(dct, level):
            if not dct:
                chunks.append('{}')
                return
            items = sorted(dct.items()) if self.sort_keys else dct.items()
            pairs = ((text, value) for text, value in ((key_text(k), v) for k, v in items) if text is not None)
            container(dct, '{}', level, pairs)

        encode(o, 0)
        return chunks


_WS = ' \t\n\r'
_NUMBER_START = '-0123456789'
_DIGITS = '0123456789'


class JSONDecoder:
    """Turns JSON text into Python data."""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}.__getitem__
        self.strict = strict

    def decode(self, s):
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self._value(s, idx)

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        ch = s[i:i + 1]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        if ch and ch in _NUMBER_START:
            return self._number(s, i)
        raise JSONDecodeError("Expecting value", s, i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in _DIGITS:
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise JSONDecodeError("Expecting value", s, start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        begin = i - 1
        n = len(s)
        out = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.strict):
                j += 1
            out.append(s[i:j])
            if j >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            ch = s[j]
            if ch == '"':
                return ''.join(out), j + 1
            if ch != '\\':
                raise JSONDecodeError("Invalid control character at", s, j)
            esc = s[j + 1:j + 2]
            if not esc:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if esc == 'u':
                code = self._hex4(s, j + 1)
                i = j + 6
                if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
                    low = self._hex4(s, i + 1)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                        i += 6
                out.append(chr(code))
                continue
            mapped = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}.get(esc)
            if mapped is None:
                raise JSONDecodeError("Invalid \\escape", s, j)
            out.append(mapped)
            i = j + 2

    @staticmethod
    def _hex4(s, pos):
        digits = s[pos + 1:pos + 5]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if s[i:i + 1] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self._string(s, i + 1)
            i = self._skip(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._skip(s, i)
            ch = s[i:i + 1]
            i += 1
            if ch == '}':
                return self._finish_object(pairs), i
            if ch != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = self._skip(s, i)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = self._skip(s, i)
            ch = s[i:i + 1]
            i += 1
            if ch == ']':
                return values, i
            if ch != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = self._skip(s, i)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON string."""
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Writes obj as JSON to the file fp."""
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python data a JSON document (str or UTF-8 bytes) describes."""
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    return (cls or JSONDecoder)(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                                parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Reads a JSON document from the file fp."""
    return loads(fp.read(), **kw)
