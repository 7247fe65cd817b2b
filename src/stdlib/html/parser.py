"""html.parser: HTMLParser, a tolerant tokenizer of HTML fed in pieces. Subclasses override
the handle_* methods to receive start and end tags (names lowercased, attribute values
unquoted and unescaped), text, comments, declarations and processing instructions; the text
of <script> and <style> is passed through untouched. Incomplete constructs at the end of
the data fed so far wait for the next feed() or for close()."""

import re
from html import unescape

__all__ = ['HTMLParser']

_TEXT_STOP = re.compile('[&<]')
_TAG_OPEN = re.compile('<[a-zA-Z]')
_TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTRIBUTE = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_TAG_CLOSE = re.compile(r'\s*/?\s*>')
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_END_TAG_LOOSE = re.compile(r'</\s*([a-zA-Z][^\t\n\r\f />\x00]*)')
_CHARREF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_INCOMPLETE_REF = re.compile('&[a-zA-Z#]')
_REF_END = re.compile(r'[\s;]')
_SECTION_KEYWORD = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*')
_SECTION_END_DOUBLE = re.compile(r']\s*]\s*>')
_SECTION_END = re.compile(r']\s*>')


class HTMLParser:
    """Feed it text with feed(); it calls its handle_* methods for what it finds."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets all unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._start_text = None

    def feed(self, data):
        """Processes as much of the text fed so far as is complete."""
        self.rawdata = self.rawdata + data
        self._run(False)

    def close(self):
        """Processes everything left, as if the document ended here."""
        self._run(True)

    def getpos(self):
        """(line, column) where the current construct starts."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The text of the start tag most recently opened."""
        return self._start_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    def _advance(self, i, j):
        """Moves the position from i to j, counting the lines crossed."""
        if i >= j:
            return j
        chunk = self.rawdata[i:j]
        lines = chunk.count('\n')
        if lines:
            self.lineno += lines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _text_end(self, i, n):
        """Where the plain text starting at i stops (n if it runs to the end), or None when
        what is left might be the start of a character reference still being fed."""
        raw = self.rawdata
        if self.convert_charrefs and not self.cdata_elem:
            j = raw.find('<', i)
            if j >= 0:
                return j
            amp = raw.rfind('&', max(i, n - 34))
            if amp >= 0 and not _REF_END.search(raw, amp):
                return None
            return n
        if self.cdata_elem:
            found = self.interesting.search(raw, i)
            return found.start() if found else None
        found = self.interesting.search(raw, i)
        return found.start() if found else n

    def _run(self, at_end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            j = self._text_end(i, n)
            if j is None:
                # Inside <script>/<style> nothing is given out before the closing tag is seen
                # (not even by close()); elsewhere a possible reference waits for more text.
                break
            if i < j:
                self._text(raw[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if raw.startswith('<', i):
                if _TAG_OPEN.match(raw, i):
                    k = self._start_tag(i)
                elif raw.startswith('</', i):
                    k = self._end_tag(i)
                elif raw.startswith('<!--', i):
                    k = self._comment(i)
                elif raw.startswith('<?', i):
                    k = self._processing_instruction(i)
                elif raw.startswith('<!', i):
                    k = self._declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                elif at_end:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not at_end:
                        break
                    k = raw.find('>', i + 1)
                    if k < 0:
                        k = raw.find('<', i + 1)
                        k = i + 1 if k < 0 else k
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self._advance(i, k)
            elif raw.startswith('&#', i):
                found = _CHARREF.match(raw, i)
                if found:
                    ref = found.group()[2:-1]
                    self.handle_charref(ref)
                    k = found.end()
                    if not raw.startswith(';', k - 1):
                        k -= 1
                    i = self._advance(i, k)
                    continue
                if ';' in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self._advance(i, i + 2)
                break
            elif raw.startswith('&', i):
                found = _ENTITYREF.match(raw, i)
                if found:
                    self.handle_entityref(found.group(1))
                    k = found.end()
                    if not raw.startswith(';', k - 1):
                        k -= 1
                    i = self._advance(i, k)
                    continue
                found = _INCOMPLETE_REF.match(raw, i)
                if found:
                    if at_end and found.group() == raw[i:]:
                        k = found.end()
                        k = i + 1 if k <= i else k
                        self.handle_data(raw[i:k])
                        i = self._advance(i, k)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self._advance(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("we should not get here!")
        if at_end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self._advance(i, n)
        self.rawdata = raw[i:]

    def _start_tag(self, i):
        raw = self.rawdata
        name = _TAG_NAME.match(raw, i + 1)
        k = name.end()
        tag = name.group(1).lower()
        attrs = []
        while True:
            found = _ATTRIBUTE.match(raw, k)
            if not found:
                break
            attr, rest, value = found.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((attr.lower(), value))
            k = found.end()
        close = _TAG_CLOSE.match(raw, k)
        if close is None:
            end = raw.find('>', k)
            if end < 0:
                return -1
            # Junk before the '>': the whole tag is taken as text, as CPython does.
            self._text(raw[i:end + 1])
            return end + 1
        end = close.end()
        self._start_text = raw[i:end]
        self.lasttag = tag
        if raw[i:end].rstrip().endswith('/>') and raw[k:end].lstrip().startswith('/'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def _end_tag(self, i):
        raw = self.rawdata
        close = raw.find('>', i + 1)
        if close < 0:
            return -1
        found = _END_TAG.match(raw, i)
        if found is None:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:close + 1])
                return close + 1
            loose = _END_TAG_LOOSE.match(raw, i)
            if loose is None:
                if raw[i:i + 3] == '</>':
                    return i + 3
                return self._bogus_comment(i)
            tag = loose.group(1).lower()
            self.handle_endtag(tag)
            self.clear_cdata_mode()
            return close + 1
        tag = found.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(raw[i:close + 1])
            return close + 1
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return close + 1

    def _bogus_comment(self, i):
        raw = self.rawdata
        close = raw.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_comment(raw[i + 2:close])
        return close + 1

    def _comment(self, i):
        raw = self.rawdata
        close = raw.find('-->', i + 4)
        if close < 0:
            return -1
        self.handle_comment(raw[i + 4:close])
        return close + 3

    def _processing_instruction(self, i):
        raw = self.rawdata
        close = raw.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_pi(raw[i + 2:close])
        return close + 1

    def _declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<![', i):
            # A marked section: CDATA-like ones end at ']]>', conditional ones at ']>'.
            keyword = _SECTION_KEYWORD.match(raw, i + 3)
            double = keyword is None or keyword.group().lower() in ('temp', 'cdata', 'ignore', 'include', 'rcdata')
            close = (_SECTION_END_DOUBLE if double else _SECTION_END).search(raw, i + 3)
            if close is None:
                return -1
            self.unknown_decl(raw[i + 3:close.start()])
            return close.end()
        if raw[i + 2:i + 9].lower() == 'doctype':
            close = raw.find('>', i + 9)
            if close < 0:
                return -1
            self.handle_decl(raw[i + 2:close])
            return close + 1
        return self._bogus_comment(i)

    # What a subclass overrides; the defaults do nothing.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
