# re: regular expressions as CPython 3.11 has them, on the native matcher `_sre` (src/modules/re/).
# This file owns the Python-visible API: flags, Pattern, Match, re.error, the compile cache,
# sub/subn templates and split; `_sre` parses patterns and finds matches.

import _sre

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X',
           'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
           'NOFLAG', 'RegexFlag']

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The flags, printed as CPython 3.11 prints them: re.IGNORECASE|re.MULTILINE."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        for n, v in _FLAG_NAMES:
            if v == int(self):
                return n
        if int(self) == 0:
            return 'NOFLAG'
        return None

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for n, bit in _FLAG_NAMES:
            if v & bit:
                parts.append('re.' + n)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __hash__(self):
        return hash(int(self))


_FLAG_NAMES = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128)]

# Pattern's repr names flags in this order (RegexFlag's repr in the order above).
_REPR_ORDER = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """A pattern or template that cannot be compiled: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = pattern
            if not isinstance(text, str):
                text = text.decode('latin-1')
            self.lineno = text.count('\n', 0, pos) + 1
            self.colno = pos - text.rfind('\n', 0, pos)
            msg = '%s at position %d' % (msg, pos)
            if '\n' in text:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'


class _MappingProxy:
    """A read-only view of a dict, as Pattern.groupindex is (it prints as mappingproxy({...}))."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._d
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


_MappingProxy.__name__ = 'mappingproxy'
_MappingProxy.__qualname__ = 'mappingproxy'


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if flags & 256 and flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')


_BATCH = 64


def _finditer_rest(pattern, string, pos, endpos, found):
    """finditer after its first full batch: the next batches, each resumed where the last ended."""
    while True:
        yield from found
        if len(found) < _BATCH:
            return
        start, end = found[-1].span()
        found = _sre.scan(pattern._prog, pattern, string, pos, endpos, _BATCH, False, start == end, end)


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        res = _sre.compile(pattern, flags)
        if res[0] is None:
            if res[3]:
                raise OverflowError(res[1])
            raise error(res[1], None if res[2] is None else pattern, res[2])
        self._prog = res[0]
        self.pattern = pattern
        self.flags = res[1]
        self.groups = res[2]
        index = {}
        names = {}
        for name, num in res[3]:
            index[name] = num
            names[num] = name
        self._index = index
        self._names = names
        _check_flags(pattern, self.flags)

    @property
    def groupindex(self):
        return _MappingProxy(dict(self._index))

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.match(self._prog, self, string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.match(self._prog, self, string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.match(self._prog, self, string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        # Matches are made a batch at a time, as the loop asks for them (not all at once).
        first = _sre.scan(self._prog, self, string, pos, endpos, _BATCH, False)
        if len(first) < _BATCH:
            return iter(first)
        return _finditer_rest(self, string, pos, endpos, first)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        return _sre.split(self._prog, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            count = 0
        want = type(self.pattern)
        if not callable(repl):
            if not isinstance(repl, (str, bytes)):
                raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__)
            if type(repl) is want:
                return _sre.sub(self._prog, string, _template(self, repl), count)
            # The wrong kind of replacement fails when it is joined, as in CPython.
            func = None
        else:
            return _sre.subfn(self._prog, self, string, repl, count)
        # Matches are made a batch at a time (the function may be called on millions of them).
        pieces = []
        n = 0
        resume = 0
        advance = False
        while True:
            limit = _BATCH if not count else min(_BATCH, count - n)
            final = bool(count) and n + limit >= count
            found, segs = _sre.scan(self._prog, self, string, 0, None, limit, True, advance, resume, final)
            if not found and not n:
                return (string, 0)
            i = 0
            for f in found:
                if segs[i]:
                    pieces.append(segs[i])
                if func is None:
                    piece = repl
                else:
                    piece = func(f)
                    if piece is None:
                        piece = string[:0]
                if type(piece) is not type(string):
                    if isinstance(string, str):
                        raise TypeError('sequence item %d: expected str instance, %s found' % (len(pieces), type(piece).__name__))
                    raise TypeError('sequence item %d: expected a bytes-like object, %s found' % (len(pieces), type(piece).__name__))
                pieces.append(piece)
                i += 1
            n += len(found)
            if len(segs) > i:
                pieces.append(segs[i])
                return (string[:0].join(pieces), n)
            resume = found[-1].end()
            advance = found[-1].start() == resume

    def _template_parts(self, template):
        return _template(self, template)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('Pattern.scanner is not available')

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if not flags:
            return 're.compile(%s)' % p
        names = []
        for n, bit in _REPR_ORDER:
            if flags & bit:
                names.append('re.' + n)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (p, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and type(self.pattern) is type(other.pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))


Pattern.__module__ = 're'


Match = _sre.Match


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_HEX = '0123456789abcdefABCDEF'
_OCT = '01234567'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_template_cache = {}


def _all_in(s, chars):
    for c in s:
        if c not in chars:
            return False
    return True


def _template(pattern, repl):
    """A sub() template as a list of literal pieces and group numbers (cached)."""
    key = (pattern.pattern, pattern.flags, type(pattern.pattern), type(repl), repl)
    parts = _template_cache.get(key)
    if parts is None:
        parts = _parse_template(pattern, repl)
        if len(_template_cache) > 512:
            _template_cache.clear()
        _template_cache[key] = parts
    return parts


def _parse_template(pattern, repl):
    is_bytes = isinstance(pattern.pattern, bytes)
    if is_bytes:
        if not isinstance(repl, bytes):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        text = repl.decode('latin-1')
    else:
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        text = repl
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def add_group(g):
        if lit:
            parts.append(''.join(lit))
            del lit[:]
        parts.append(g)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            fail('bad escape (end of pattern)', start)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                fail('missing <', i)
            j = text.find('>', i + 1)
            if j < 0:
                if i + 1 >= n:
                    fail('missing group name', i + 1)
                fail('missing >, unterminated name', i + 1)
            name = text[i + 1:j]
            if not name:
                fail('missing group name', i + 1)
            if _all_in(name, '0123456789'):
                g = int(name)
                if g > groups:
                    fail('invalid group reference %d' % g, i + 1)
            elif name.isidentifier() and not (is_bytes and not _all_in(name, _ASCII_LETTERS + '0123456789_')):
                g = pattern._index.get(name)
                if g is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                fail("bad character in group name '%s'" % name, i + 1)
            i = j + 1
            add_group(g)
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in _OCT:
                j += 1
            lit.append(chr(int(text[i - 1:j], 8)))
            i = j
        elif c in '123456789':
            if i + 1 < n and c in _OCT and text[i] in _OCT and text[i + 1] in _OCT:
                v = int(text[i - 1:i + 2], 8)
                if v > 0o377:
                    fail('octal escape value \\%s outside of range 0-0o377' % text[i - 1:i + 2], start)
                lit.append(chr(v))
                i += 2
            else:
                j = i
                if j < n and text[j] in '0123456789':
                    j += 1
                g = int(text[i - 1:j])
                if g > groups:
                    fail('invalid group reference %d' % g, start + 1)
                i = j
                add_group(g)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            fail('bad escape \\%s' % c, start)
        else:
            lit.append('\\')
            lit.append(c)
    if lit:
        parts.append(''.join(lit))
    if is_bytes:
        parts = [p if isinstance(p, int) else p.encode('latin-1') for p in parts]
    return parts


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    if flags & TEMPLATE:
        _check_template(pattern, flags)
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()
    _template_cache.clear()


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        out = []
        for c in pattern:
            if c in _SPECIAL:
                out.append('\\')
            out.append(c)
        return ''.join(out)
    out = []
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)


def _repeat_operator(pattern, verbose):
    """The name of the first repetition operator in `pattern` (what a TEMPLATE pattern may not
    hold: MAX_REPEAT, MIN_REPEAT or POSSESSIVE_REPEAT), or None."""
    text = pattern if isinstance(pattern, str) else pattern.decode('latin-1')
    i, n = 0, len(text)
    after_atom = False
    while i < n:
        c = text[i]
        if c == '\\':
            i += 2
            after_atom = True
            continue
        if c == '[':
            # A class: skip to its closing bracket (a `]` first in the class is a literal).
            i += 1
            if i < n and text[i] == '^':
                i += 1
            if i < n and text[i] == ']':
                i += 1
            while i < n and text[i] != ']':
                i += 2 if text[i] == '\\' else 1
            i += 1
            after_atom = True
            continue
        if verbose and c in ' \t\n\r\v\f':
            i += 1
            continue
        if verbose and c == '#':
            while i < n and text[i] != '\n':
                i += 1
            continue
        quantifier = 0
        if c in '*+?' and after_atom:
            quantifier = 1
        elif c == '{' and after_atom:
            close = text.find('}', i)
            low, comma, high = text[i + 1:close].partition(',') if close > 0 else ('', '', '')
            if (low or comma) and all(part.isdigit() or not part for part in (low, high)):
                quantifier = close - i + 1
        if quantifier:
            i += quantifier
            if i < n and text[i] == '?':
                return 'MIN_REPEAT'
            if i < n and text[i] == '+':
                return 'POSSESSIVE_REPEAT'
            return 'MAX_REPEAT'
        if c == '(':
            after_atom = False
            i += 1
            if i < n and text[i] == '?':
                i += 1
            continue
        after_atom = c not in '|'
        i += 1
    return None


def _check_template(pattern, flags):
    """CPython refuses repetition in a TEMPLATE pattern."""
    import warnings
    warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without "
                  "an obvious purpose. Don't use it.", DeprecationWarning)
    found = _repeat_operator(pattern, flags & VERBOSE)
    if found is not None:
        raise error('internal: unsupported template operator ' + found)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning,
                  stacklevel=2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', DeprecationWarning)
        return _compile(pattern, flags | TEMPLATE)


class Scanner:
    """A simple lexer: `lexicon` is a list of (pattern, action) pairs, tried in order at each
    position (as the branches of one alternation would be). scan() returns the list of what the
    actions gave (a callable action is called with the scanner and the matched text; None
    drops the token) and the rest of the string that nothing matched."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        self._compiled = [(_compile(phrase, flags), action) for phrase, action in lexicon]
        if not self._compiled:
            # CPython's compiler rejects the empty alternation it would build.
            raise RuntimeError('invalid SRE code')
        self.scanner = _compile('|'.join('(' + phrase + ')' for phrase, _ in lexicon), flags)

    def scan(self, string):
        result = []
        i = 0
        end = len(string)
        while True:
            found = None
            for pattern, action in self._compiled:
                found = pattern.match(string, i)
                if found is not None:
                    break
            if found is None:
                break
            j = found.end()
            if j == i:
                break
            if callable(action):
                self.match = found
                action = action(self, found.group())
            if action is not None:
                result.append(action)
            i = j
            if i > end:
                break
        return result, string[i:]
