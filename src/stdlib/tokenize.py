"""Splitting Python source into tokens, as python3.11's tokenize module does: the same token
types and positions (comments and NL included), the same errors, and untokenize() to turn
tokens back into source.

Each line is read through `readline`; the scanner keeps the open brackets, the indentation stack
and any string still open at the end of a line. Literals (numbers, strings), operators and names
are recognised by the patterns below, which follow the language reference's lexical grammar.
"""

import collections
import re
import sys
from builtins import open as _builtin_open
from codecs import BOM_UTF8, lookup
from io import TextIOWrapper

import token
from token import *  # noqa: F401,F403 -- tokenize re-exports every token name
from token import EXACT_TOKEN_TYPES

__all__ = token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo',
                           'TokenError', 'open']

TAB_SIZE = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    """One token: its type, text, (row, col) start and end, and the physical line(s) it is on."""

    def __repr__(self):
        shown = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % (shown, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        """For OP tokens, the operator's own type (LPAR, PLUS, ...); otherwise the type."""
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- the lexical patterns -------------------------------------------------------------------

def _any_of(*choices):
    return '(' + '|'.join(choices) + ')'


def _string_prefixes():
    """Every spelling of a legal string prefix, '' included (case and order vary)."""
    found = {''}
    for prefix in ('b', 'r', 'u', 'f', 'br', 'fr'):
        orders = {prefix, prefix[::-1]}
        for order in orders:
            spellings = ['']
            for ch in order:
                spellings = [s + c for s in spellings for c in (ch, ch.upper())]
            found.update(spellings)
    return found


_PREFIXES = _string_prefixes()

Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Name = r'\w+'

_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = _any_of(Hexnumber, Binnumber, Octnumber, Decnumber)
Pointfloat = _any_of(_DIGITS + r'\.(?:' + _DIGITS + r')?', r'\.' + _DIGITS) + '(?:' + _EXPONENT + ')?'
Expfloat = _DIGITS + _EXPONENT
Floatnumber = _any_of(Pointfloat, Expfloat)
Imagnumber = _any_of(_DIGITS + r'[jJ]', Floatnumber + r'[jJ]')
Number = _any_of(Imagnumber, Floatnumber, Intnumber)

StringPrefix = _any_of(*sorted(_PREFIXES, key=lambda p: (-len(p), p)))

# The rest of a string after its opening quote(s), up to and including the closing one(s).
_TAIL = {
    "'": r"[^'\\]*(?:\\.[^'\\]*)*'",
    '"': r'[^"\\]*(?:\\.[^"\\]*)*"',
    "'''": r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''",
    '"""': r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""',
}
Triple = _any_of(StringPrefix + "'''", StringPrefix + '"""')
# A one-line string, or the start of one continued by a backslash at the end of the line.
ContStr = _any_of(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _any_of("'", r'\\\r?\n'),
                  StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _any_of('"', r'\\\r?\n'))

Special = _any_of(*(re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)))
Funny = _any_of(r'\r?\n', Special)

PseudoExtras = _any_of(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + _any_of(PseudoExtras, Number, Funny, ContStr, Name)

_pseudo = re.compile(PseudoToken, re.UNICODE)
_closers = {}
for _prefix in _PREFIXES:
    for _quote in ("'", '"', "'''", '"""'):
        _closers[_prefix + _quote] = re.compile(_TAIL[_quote], re.UNICODE)
_triple_openers = frozenset(p + q for p in _PREFIXES for q in ("'''", '"""'))
_single_openers = frozenset(p + q for p in _PREFIXES for q in ("'", '"'))
del _prefix, _quote


# ---- reading the source's encoding -----------------------------------------------------------

_COOKIE = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
_BLANK = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


def _canonical_encoding(name):
    """utf-8 and latin-1 under their canonical names; other names as written (12 chars at most)."""
    short = name[:12].lower().replace('_', '-')
    if short == 'utf-8' or short.startswith('utf-8-'):
        return 'utf-8'
    if short in ('latin-1', 'iso-8859-1', 'iso-latin-1') or short.startswith(('latin-1-', 'iso-8859-1-',
                                                                                 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The encoding of a source file read through readline (bytes lines), from its BOM or its
    coding cookie (first two lines), and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    default = 'utf-8'

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            where = '' if filename is None else ' for {!r}'.format(filename)
            raise SyntaxError('invalid or missing encoding declaration' + where) from None
        found = _COOKIE.match(text)
        if not found:
            return None
        name = _canonical_encoding(found.group(1))
        try:
            lookup(name)
        except LookupError:
            if filename is None:
                raise SyntaxError('unknown encoding: ' + name) from None
            raise SyntaxError('unknown encoding for {!r}: {}'.format(filename, name)) from None
        if bom:
            if name != 'utf-8':
                if filename is None:
                    raise SyntaxError('encoding problem: utf-8')
                raise SyntaxError('encoding problem for {!r}: utf-8'.format(filename))
            name += '-sig'
        return name

    first = next_line()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    name = cookie_of(first)
    if name:
        return name, [first]
    if not _BLANK.match(first):
        return default, [first]
    second = next_line()
    if not second:
        return default, [first]
    name = cookie_of(second)
    if name:
        return name, [first, second]
    return default, [first, second]


def open(filename):
    """Opens a source file as text in the encoding detect_encoding() finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = TextIOWrapper(raw, encoding, line_buffering=True)
        try:
            text.mode = 'r'
        except AttributeError:
            pass  # gilpy's TextIOWrapper already reports mode 'r' for a reading buffer
        return text
    except BaseException:
        raw.close()
        raise


# ---- the scanner ---------------------------------------------------------------------------

def _lines(readline, encoding):
    """The physical lines readline gives ('' at the end), decoded when an encoding is known."""
    while True:
        try:
            line = readline()
        except StopIteration:
            line = b'' if encoding is not None else ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        yield line
        if not line:
            return


def _indent_width(line):
    """The column the line's first token starts at (tabs to multiples of 8, form feeds reset),
    and that token's index."""
    column = 0
    pos = 0
    for ch in line:
        if ch == ' ':
            column += 1
        elif ch == '\t':
            column = (column // TAB_SIZE + 1) * TAB_SIZE
        elif ch == '\f':
            column = 0
        else:
            break
        pos += 1
    return column, pos


def _scan(readline, encoding):
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    row = 0
    depth = 0                 # open brackets
    joined = False            # the previous line ended with a backslash
    indents = [0]
    open_string = ''          # text of a string that goes on past its first line
    open_string_lines = None  # the lines it spans so far
    open_string_start = None
    closer = None
    backslashed = False       # that string is a one-quote string continued by a backslash
    line = ''
    last_line = ''
    for current in _lines(readline, encoding):
        # last_line is the line before this one: at the end, the source's final line.
        last_line, line, row = line, current, row + 1
        pos, end_of_line = 0, len(line)

        if open_string:
            if not line:
                raise TokenError('EOF in multi-line string', open_string_start)
            found = closer.match(line)
            if found:
                pos = found.end(0)
                yield TokenInfo(STRING, open_string + line[:pos], open_string_start, (row, pos),
                                open_string_lines + line)
                open_string, backslashed, open_string_lines = '', False, None
            elif backslashed and not line.endswith(('\\\n', '\\\r\n')):
                yield TokenInfo(ERRORTOKEN, open_string + line, open_string_start, (row, len(line)),
                                open_string_lines)
                open_string, open_string_lines = '', None
                continue
            else:
                open_string += line
                open_string_lines += line
                continue

        elif depth == 0 and not joined:
            if not line:
                break
            column, pos = _indent_width(line)
            if pos == end_of_line:
                break
            if line[pos] in '#\r\n':
                # A line with only a comment, or blank: no indentation change.
                if line[pos] == '#':
                    text = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, text, (row, pos), (row, pos + len(text)), line)
                    pos += len(text)
                yield TokenInfo(NL, line[pos:], (row, pos), (row, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (row, 0), (row, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError('unindent does not match any outer indentation level',
                                           ('<tokenize>', row, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (row, pos), (row, pos), line)

        else:
            if not line:
                raise TokenError('EOF in multi-line statement', (row, 0))
            joined = False

        while pos < end_of_line:
            found = _pseudo.match(line, pos)
            if not found:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            start, stop = found.span(1)
            begin, finish, pos = (row, start), (row, stop), stop
            if start == stop:
                continue
            text, first = line[start:stop], line[start]

            if first.isdigit() or (first == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, begin, finish, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, begin, finish, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, begin, finish, line)
            elif text in _triple_openers:
                closer = _closers[text]
                done = closer.match(line, pos)
                if done:
                    pos = done.end(0)
                    yield TokenInfo(STRING, line[start:pos], begin, (row, pos), line)
                else:
                    open_string_start = begin
                    open_string = line[start:]
                    open_string_lines = line
                    break
            elif first in _single_openers or text[:2] in _single_openers or text[:3] in _single_openers:
                if text.endswith('\n'):
                    # Continued on the next line by a backslash.
                    opener = text[:len(text) - len(text.lstrip('bBrRuUfF'))] + text.lstrip('bBrRuUfF')[0]
                    closer = _closers[opener]
                    open_string_start = begin
                    open_string = line[start:]
                    open_string_lines = line
                    backslashed = True
                    break
                yield TokenInfo(STRING, text, begin, finish, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, begin, finish, line)
            elif first == '\\':
                joined = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, begin, finish, line)

    # The end: a missing final newline, the open indentation levels, then the end marker.
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (row - 1, len(last_line)), (row - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (row, 0), (row, 0), '')
    yield TokenInfo(ENDMARKER, '', (row, 0), (row, 0), '')


def tokenize(readline):
    """The tokens of source read as bytes through readline, starting with its ENCODING."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def replay():
        if pending:
            return pending.pop(0)
        return readline()

    return _scan(replay, encoding)


def generate_tokens(readline):
    """The tokens of source read as str through readline (no ENCODING token)."""
    return _scan(readline, None)


# ---- back to source --------------------------------------------------------------------------

class Untokenizer:
    """Rebuilds source text from tokens: from full 5-tuples it puts each token at its position;
    from (type, string) pairs it spaces them so that they tokenize the same way again."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or (row == self.prev_row and col < self.prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'.format(row, col, self.prev_row,
                                                                               self.prev_col))
        if row > self.prev_row:
            self.tokens.append('\\\n' * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(' ' * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        levels = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, _line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                levels.append(text)
                continue
            if kind == DEDENT:
                levels.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and levels:
                indent = levels[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return ''.join(self.tokens)

    def compat(self, first, rest):
        levels = []
        out = self.tokens
        at_line_start = False
        after_string = False
        pending = [first]
        for tok in pending + [t for t in rest]:
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                levels.append(text)
                continue
            if kind == DEDENT:
                levels.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and levels:
                out.append(levels[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Source text from tokens (5-tuples or (type, string) pairs); bytes when the tokens begin
    with an ENCODING token."""
    rebuilder = Untokenizer()
    text = rebuilder.untokenize(iterable)
    if rebuilder.encoding is not None:
        text = text.encode(rebuilder.encoding)
    return text


# ---- python -m tokenize ----------------------------------------------------------------------

def main():
    import argparse

    def report(message, filename=None, location=None):
        where = filename or '<stdin>'
        if location:
            print('%s:%d:%d: error: %s' % ((where,) + location + (message,)), file=sys.stderr)
        else:
            print('%s: error: %s' % (where, message), file=sys.stderr)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            with _builtin_open(args.filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            tokens = list(generate_tokens(sys.stdin.readline))
        for tok in tokens:
            kind = tok.exact_type if args.exact else tok.type
            where = '%d,%d-%d,%d:' % (tok.start + tok.end)
            print('%-20s%-15s%-15r' % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        report(err.args[0], args.filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        report(err.args[0], args.filename, (line, column))
    except SyntaxError as err:
        report(err, args.filename)
    except OSError as err:
        report(err)
    except KeyboardInterrupt:
        print('interrupted\n')


if __name__ == '__main__':
    main()
