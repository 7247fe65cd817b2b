"""Comparing sequences: gilpy's difflib.

SequenceMatcher finds the longest contiguous matching runs (ignoring "junk"
elements of the second sequence) and turns them into opcodes; Differ and
ndiff render line-by-line deltas with "? " intraline hints; unified_diff and
context_diff render the patch formats; get_close_matches ranks candidates by
similarity.  HtmlDiff is not provided.
"""

import heapq as _heapq
import re as _re
from collections import namedtuple as _namedtuple
from types import GenericAlias as _GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matched, total):
    # Twice the matched count over the combined length; two empty inputs are identical.
    if not total:
        return 1.0
    return 2.0 * matched / total


class SequenceMatcher:
    """Compare two sequences of hashable elements (see the module doc)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence; the index of the second one is kept."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence and rebuild its element index."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the ascending positions where it
        # occurs; junk elements (by isjunk) and, for long b, very frequent
        # ("popular") elements are taken out of it.
        where = {}
        for pos, item in enumerate(self.b):
            where.setdefault(item, []).append(pos)
        self.b2j = where

        self.bjunk = junk = set()
        if self.isjunk is not None:
            for item in list(where):
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del where[item]

        self.bpopular = popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item, positions in list(where.items()):
                if len(positions) > limit:
                    popular.add(item)
            for item in popular:
                del where[item]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Longest matching block in a[alo:ahi] and b[blo:bhi], as a Match.

        Among equally long blocks the one starting earliest in a wins, then
        earliest in b.  Junk never starts a match, but a found match is
        grown over equal junk at both ends.
        """
        a, b, index = self.a, self.b, self.b2j
        junk = self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_len = alo, blo, 0
        # run_end[j] = length of the match ending at a[i-1], b[j]
        run_end = {}
        no_positions = ()
        for i in range(alo, ahi):
            grown = {}
            previous = run_end.get
            for j in index.get(a[i], no_positions):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = previous(j - 1, 0) + 1
                grown[j] = length
                if length > best_len:
                    best_i, best_j, best_len = i - length + 1, j - length + 1, length
            run_end = grown

        # Grow over equal non-junk neighbours (popular elements), then over
        # equal junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_len += 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and (b[best_j + best_len] in junk) == want_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1
        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        """List of Match triples, ascending, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        pending = [(0, len_a, 0, len_b)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = match = self.find_longest_match(alo, ahi, blo, bhi)
            if not size:
                continue
            found.append(match)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                pending.append((i + size, ahi, j + size, bhi))
        found.sort()

        # Adjacent blocks are merged into one.
        merged = []
        cur_i = cur_j = cur_len = 0
        for i, j, size in found:
            if cur_i + cur_len == i and cur_j + cur_len == j:
                cur_len += size
            else:
                if cur_len:
                    merged.append((cur_i, cur_j, cur_len))
                cur_i, cur_j, cur_len = i, j, size
        if cur_len:
            merged.append((cur_i, cur_j, cur_len))
        merged.append((len_a, len_b, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """List of (tag, i1, i2, j1, j2) turning a into b.

        tag is 'replace', 'delete', 'insert' or 'equal'.
        """
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                kind = 'replace' if j < bj else 'delete'
            elif j < bj:
                kind = 'insert'
            else:
                kind = None
            if kind is not None:
                ops.append((kind, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with at most n lines of context around changes."""
        ops = list(self.get_opcodes())
        if not ops:
            ops = [('equal', 0, 1, 0, 1)]
        # Trim the leading and trailing equal runs to n elements.
        kind, i1, i2, j1, j2 = ops[0]
        if kind == 'equal':
            ops[0] = (kind, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        kind, i1, i2, j1, j2 = ops[-1]
        if kind == 'equal':
            ops[-1] = (kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        span = 2 * n
        group = []
        for kind, i1, i2, j1, j2 in ops:
            if kind == 'equal' and i2 - i1 > span:
                # A long equal run closes this group and opens the next one.
                group.append((kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((kind, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T for M matched elements out of T."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), from element counts only."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matched = 0
        for item in self.a:
            have = left[item] if item in left else counts.get(item, 0)
            left[item] = have - 1
            if have > 0:
                matched += 1
        return _ratio_of(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound on ratio(), from lengths only."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio_of(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(_GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of possibilities scoring at least cutoff against word."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _score, candidate in _heapq.nlargest(n, scored)]


def _tags_keep_whitespace(line, tags):
    # Under an unchanged blank character of the line, keep that character
    # (so tabs line up); elsewhere keep the tag.
    return ''.join(ch if mark == ' ' and ch.isspace() else mark
                   for ch, mark in zip(line, tags))


class Differ:
    """Render the differences of two sequences of lines, ndiff style.

    Lines are prefixed '- ', '+ ', '  ' or, for intraline hints, '? '.
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning sequence a into sequence b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for kind, alo, ahi, blo, bhi in matcher.get_opcodes():
            if kind == 'replace':
                lines = self._near_replace(a, alo, ahi, b, blo, bhi)
            elif kind == 'delete':
                lines = self._emit('-', a, alo, ahi)
            elif kind == 'insert':
                lines = self._emit('+', b, blo, bhi)
            elif kind == 'equal':
                lines = self._emit(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (kind,))
            yield from lines

    def _emit(self, mark, seq, lo, hi):
        for pos in range(lo, hi):
            yield '%s %s' % (mark, seq[pos])

    def _block_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter side goes first.
        if bhi - blo < ahi - alo:
            yield from self._emit('+', b, blo, bhi)
            yield from self._emit('-', a, alo, ahi)
        else:
            yield from self._emit('-', a, alo, ahi)
            yield from self._emit('+', b, blo, bhi)

    def _near_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.74); if none
        # reaches 0.75, fall back on an identical pair or a block replace.
        # The pair is shown with hints and both sides around it recurse.
        best, threshold = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same_a = same_b = None
        best_a = best_b = None
        for j in range(blo, bhi):
            line_b = b[j]
            chars.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if same_a is None:
                        same_a, same_b = i, j
                    continue
                chars.set_seq1(line_a)
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_a, best_b = chars.ratio(), i, j
        if best < threshold:
            if same_a is None:
                yield from self._block_replace(a, alo, ahi, b, blo, bhi)
                return
            best_a, best_b = same_a, same_b
            identical = True
        else:
            identical = False

        yield from self._around(a, alo, best_a, b, blo, best_b)
        line_a, line_b = a[best_a], b[best_b]
        if identical:
            yield '  ' + line_a
        else:
            marks_a = []
            marks_b = []
            chars.set_seqs(line_a, line_b)
            for kind, i1, i2, j1, j2 in chars.get_opcodes():
                wide_a, wide_b = i2 - i1, j2 - j1
                if kind == 'replace':
                    marks_a.append('^' * wide_a)
                    marks_b.append('^' * wide_b)
                elif kind == 'delete':
                    marks_a.append('-' * wide_a)
                elif kind == 'insert':
                    marks_b.append('+' * wide_b)
                elif kind == 'equal':
                    marks_a.append(' ' * wide_a)
                    marks_b.append(' ' * wide_b)
                else:
                    raise ValueError('unknown tag %r' % (kind,))
            yield from self._with_hints(line_a, line_b, ''.join(marks_a), ''.join(marks_b))
        yield from self._around(a, best_a + 1, ahi, b, best_b + 1, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._near_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._emit('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._emit('+', b, blo, bhi)

    def _with_hints(self, line_a, line_b, marks_a, marks_b):
        marks_a = _tags_keep_whitespace(line_a, marks_a).rstrip()
        marks_b = _tags_keep_whitespace(line_b, marks_b).rstrip()
        yield '- ' + line_a
        if marks_a:
            yield '? %s\n' % marks_a
        yield '+ ' + line_b
        if marks_b:
            yield '? %s\n' % marks_b


_BLANK_OR_COMMENT = _re.compile(r"\s*(?:#\s*)?$").match


def IS_LINE_JUNK(line, pat=_BLANK_OR_COMMENT):
    """True for a blank line or one holding only a '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return str(first)
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _context_range(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, *names):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for name in names:
        if not isinstance(name, str):
            raise TypeError('all arguments must be str, not: %r' % (name,))


def _checked_groups(a, b, n, *names):
    # The hunks of a patch-style diff, once the arguments are known to be text.
    _require_str(a, b, *names)
    return list(SequenceMatcher(None, a, b).get_grouped_opcodes(n))


def _header(prefix, name, date, lineterm):
    return '%s %s%s%s' % (prefix, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff turning a into b."""
    groups = _checked_groups(a, b, n, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    if groups:
        yield _header('---', fromfile, fromfiledate, lineterm)
        yield _header('+++', tofile, tofiledate, lineterm)
    for group in groups:
        head, tail = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(head[1], tail[2]),
                                   _unified_range(head[3], tail[4]), lineterm)
        for kind, i1, i2, j1, j2 in group:
            if kind == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if kind != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if kind != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff turning a into b."""
    groups = _checked_groups(a, b, n, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    if groups:
        yield _header('***', fromfile, fromfiledate, lineterm)
        yield _header('---', tofile, tofiledate, lineterm)
    for group in groups:
        head, tail = group[0], group[-1]
        kinds = {op[0] for op in group}
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_range(head[1], tail[2]), lineterm)
        if kinds & {'replace', 'delete'}:
            for kind, i1, i2, _j1, _j2 in group:
                if kind != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[kind] + line
        yield '--- %s ----%s' % (_context_range(head[3], tail[4]), lineterm)
        if kinds & {'replace', 'insert'}:
            for kind, _i1, _i2, j1, j2 in group:
                if kind != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[kind] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) on bytes lines."""
    def text(raw):
        try:
            return raw.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(raw).__name__, raw)) from err

    lines = dfunc([text(x) for x in a], [text(x) for x in b],
                  text(fromfile), text(tofile), text(fromfiledate),
                  text(tofiledate), n, text(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from a Differ/ndiff delta."""
    try:
        own = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,)) from None
    for line in delta:
        if line[:2] in ('  ', own):
            yield line[2:]


_HTML_PARTS = ('HtmlDiff', '_mdiff')


def __getattr__(name):
    # HtmlDiff and _mdiff live in _difflib_html, which is built on this module: loaded when first
    # asked for, so that either module can be imported first.
    if name in _HTML_PARTS:
        import _difflib_html
        return getattr(_difflib_html, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_HTML_PARTS))
