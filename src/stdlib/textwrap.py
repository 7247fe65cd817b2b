"""Text wrapping and filling, as CPython 3.11's textwrap: wrap, fill, shorten, dedent, indent and
TextWrapper with all its options. Words are split by a hand-written scanner that follows the
documented rules (whitespace runs, em-dashes between words, breaks after hyphens inside words)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(c):
    # \w: alphanumerics and the underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dashes_then_word(text, j):
    """True when text[j:] is two or more hyphens followed by a word character."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _letter_at(text, k):
    return 0 <= k < len(text) and _is_letter(text[k])


def _split_words(text):
    """Splits text into whitespace runs, em-dashes and words (hyphenated words broken after
    their hyphens), the way TextWrapper does when break_on_hyphens is true."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        j = i + 1
        end = n
        while j <= n:
            if j == n or text[j] in _whitespace:
                end = j
                break
            if text[j] == '-' and _letter_at(text, j + 1) and (
                    _letter_at(text, j + 2)
                    or (j + 2 < n and text[j + 2] == '-' and _letter_at(text, j + 3))):
                if (_letter_at(text, j - 1) and _letter_at(text, j - 2)) or (
                        _letter_at(text, j - 1) and j - 2 >= 0 and text[j - 2] == '-'
                        and _letter_at(text, j - 3)):
                    end = j + 1
                    break
            if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                end = j
                break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_simple(text):
    """Splits text into whitespace runs and the words between them."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _is_sentence_end(chunk):
    # A lowercase ASCII letter, then '.', '!' or '?', then maybe a closing quote.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or ((not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip()))
                        and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            placed = False
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    placed = True
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not placed:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Returns the lines of the wrapped paragraph, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Returns the wrapped paragraph as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    k = 0
    while k < len(line) and line[k] in ' \t':
        k += 1
    return line[:k]


def dedent(text):
    """Removes the longest run of leading spaces and tabs that every non-blank line shares;
    lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    for i in range(len(lines)):
        line = lines[i]
        if line and len(_leading_blanks(line)) == len(line):
            lines[i] = ''
    margin = None
    for line in lines:
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i in range(min(len(margin), len(lead))):
                if margin[i] != lead[i]:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the start of each line for which predicate (default: not blank) is true."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
