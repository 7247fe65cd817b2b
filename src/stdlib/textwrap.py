"""textwrap: wrapping and filling paragraphs of text, and dedent/indent/shorten.

TextWrapper cuts the text into chunks (runs of whitespace, words, and the pieces of
hyphenated words and em-dashes), then packs chunks greedily into lines of at most `width`
columns; a chunk longer than a whole line is broken only when break_long_words is set. The
chunking regular expressions are the observable definition of where lines may break, so they
say what CPython's say.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# what counts as whitespace here: ASCII only (Unicode spaces such as U+00A0 do not separate)
_whitespace = '\t\n\x0b\x0c\r '


def _chunk_pattern():
    """The regular expression cutting text into chunks when hyphens may break lines."""
    space = '[%s]' % re.escape(_whitespace)
    not_space = '[^' + space[1:]
    word_end_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    alternatives = [
        # a run of whitespace
        space + '+',
        # an em-dash ("--" or longer) right after a word and before the next
        r'(?<=%s) -{2,} (?=\w)' % word_end_punct,
        # a word, as short as possible, up to: a hyphen between letters (at least two letters
        # before it, or one letter after an earlier hyphen, and a letter after it), the end
        # of the word, or an em-dash following it
        not_space + '+? (?: '
        + r'-(?: (?<=%(l)s{2}-) | (?<=%(l)s-%(l)s-)) (?= %(l)s -? %(l)s)' % {'l': letter}
        + ' | (?=%s|\\Z)' % space
        + r' | (?<=%s) (?=-{2,}\w)' % word_end_punct
        + ' )',
    ]
    return re.compile('( %s )' % ' | '.join(alternatives), re.VERBOSE)


class TextWrapper:
    """Wraps paragraphs into lines of at most `width` columns.

    Options (attributes, also keyword arguments):
      width: the longest line (default 70).
      initial_indent / subsequent_indent: prefixes of the first and the other lines.
      expand_tabs, tabsize: expand tabs first (to multiples of tabsize columns).
      replace_whitespace: turn every whitespace character into a space (after tabs).
      fix_sentence_endings: two spaces after a sentence end ("lower.", "?", "!").
      break_long_words: cut words longer than a line; otherwise they stick out.
      drop_whitespace: drop whitespace at the ends of lines (not the paragraph's indent).
      break_on_hyphens: lines may also end after hyphens of compound words.
      max_lines, placeholder: keep at most max_lines lines, ending the last with placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re = _chunk_pattern()
    # without break_on_hyphens: just whitespace runs and what is between them
    wordsep_simple_re = re.compile('(%s+)' % ('[%s]' % re.escape(_whitespace)))
    # a chunk ending a sentence: a lowercase letter, the punctuation, maybe a closing quote
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
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

    # -- cutting into chunks

    def _munge_whitespace(self, text):
        """Expand tabs and turn other whitespace into spaces, as the options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of text: whitespace runs and words (cut after hyphens too when
        break_on_hyphens is true)."""
        splitter = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in splitter.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after each sentence end a double one, in place."""
        ends_sentence = self.sentence_end_re.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- packing chunks into lines

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The next chunk does not fit on any line: put as much of it as fits on this one
        (preferably up to a hyphen), or, when long words are not broken, all of it on an
        empty line."""
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                hyphen = chunk.rfind('-', 0, room)
                # a hyphen after something other than hyphens
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _check_sizes(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """Pack chunks (consumed) into lines; see the class for the options obeyed."""
        self._check_sizes()
        lines = []
        pending = chunks
        pending.reverse()       # the next chunk is at the end: cheap pops
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            # whitespace at the start of any line but the first goes
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                del pending[-1]
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                chunk = pending.pop()
                line.append(chunk)
                used += len(chunk)
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                del line[-1]
            if not line:
                continue
            if self._line_may_stay(lines, pending, used, room):
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _line_may_stay(self, lines, pending, used, room):
        """Whether the line can be emitted as it is under max_lines: it is not the last line
        allowed, or everything left fits on it."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        nothing_left = not pending or (self.drop_whitespace and len(pending) == 1
                                       and not pending[0].strip())
        return nothing_left and used <= room

    def _end_with_placeholder(self, lines, line, used, room, prefix):
        """The last line allowed: drop chunks from its end until the placeholder fits after
        a non-blank one; failing that, put the placeholder on the previous line or alone."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line[-1])
            del line[-1]
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- the public methods

    def wrap(self, text):
        """The lines (without newlines) of text wrapped to the width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines of text joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text into lines of at most width columns; keyword arguments as TextWrapper's.
    Returns the list of lines (without newlines)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """wrap() joined into one string by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to width, ending with the placeholder
    when something was cut: shorten("Hello  world!", width=11) gives 'Hello [...]'."""
    collapsed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)
_line_indent_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def _common_prefix(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return a[:i]
    return a if len(a) <= len(b) else b


def dedent(text):
    """Remove the leading whitespace that every non-blank line of text has in common.

    Tabs and spaces are different characters here; lines holding only whitespace are
    emptied and do not count.
    """
    text = _blank_line_re.sub('', text)
    margin = None
    for lead in _line_indent_re.findall(text):
        margin = lead if margin is None else _common_prefix(margin, lead)
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text for which predicate(line) is true (by default,
    the lines that are not just whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
