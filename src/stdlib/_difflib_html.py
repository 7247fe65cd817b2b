"""difflib.HtmlDiff and the side-by-side line pairing behind it (difflib._mdiff): an HTML
table (or a whole page) showing two texts next to each other, changes highlighted, with
next/first/top links. difflib imports this module at its end. The page, style, table and
legend templates are the exact text python3 produces, so pages compare byte for byte."""

import re

import difflib

_MARKS = re.compile(r'(\++|\-+|\^+)')


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=difflib.IS_CHARACTER_JUNK):
    """Yields ((from_number, from_text), (to_number, to_text), changed) for each pair of lines
    shown side by side; a side with no line is ('', '\\n'). Changed parts of the texts are
    wrapped in '\\0' + one of '+-^' ... '\\1'. With `context` (a number of lines), only the
    changes and that many lines around them come out, groups separated by (None, None, None)."""
    delta = difflib.ndiff(fromlines, tolines, linejunk, charjunk)
    counts = [0, 0]

    def take(pending, kind, side):
        # One line of a side from the ndiff lines at the head of `pending`, numbered.
        counts[side] += 1
        if kind is None:
            return counts[side], pending.pop(0)[2:]
        if kind == '?':
            text, guide = pending.pop(0), pending.pop(0)
            spans = [(m.group(1)[0], m.span()) for m in _MARKS.finditer(guide)]
            for mark, (begin, end) in reversed(spans):
                text = text[:begin] + '\0' + mark + text[begin:end] + '\1' + text[end:]
            return counts[side], text[2:]
        text = pending.pop(0)[2:] or ' '
        return counts[side], '\0' + kind + text + '\1'

    def singles():
        # (from, to, changed) with None for a missing side; blank filler lines keep the two
        # sides level when one side ran ahead.
        pending = []
        owed = 0        # lines one side is ahead: < 0 the "from" side, > 0 the "to" side
        filler = 0
        while True:
            while len(pending) < 4:
                pending.append(next(delta, 'X'))
            heads = ''.join(line[0] for line in pending)
            if heads.startswith('X'):
                filler = owed
            elif heads.startswith('-?+?'):
                yield take(pending, '?', 0), take(pending, '?', 1), True
                continue
            elif heads.startswith('--++'):
                owed -= 1
                yield take(pending, '-', 0), None, True
                continue
            elif heads.startswith(('--?+', '--+', '- ')):
                left, right = take(pending, '-', 0), None
                filler, owed = owed - 1, 0
            elif heads.startswith('-+?'):
                yield take(pending, None, 0), take(pending, '?', 1), True
                continue
            elif heads.startswith('-?+'):
                yield take(pending, '?', 0), take(pending, None, 1), True
                continue
            elif heads.startswith('-'):
                owed -= 1
                yield take(pending, '-', 0), None, True
                continue
            elif heads.startswith('+--'):
                owed += 1
                yield None, take(pending, '+', 1), True
                continue
            elif heads.startswith(('+ ', '+-')):
                left, right = None, take(pending, '+', 1)
                filler, owed = owed + 1, 0
            elif heads.startswith('+'):
                owed += 1
                yield None, take(pending, '+', 1), True
                continue
            elif heads.startswith(' '):
                yield take(pending[:], None, 0), take(pending, None, 1), False
                continue
            while filler < 0:
                filler += 1
                yield None, ('', '\n'), True
            while filler > 0:
                filler -= 1
                yield ('', '\n'), None, True
            if heads.startswith('X'):
                return
            yield left, right, True

    def pairs():
        # Lines of both sides matched up in order.
        lefts, rights = [], []
        source = singles()
        while True:
            while not lefts or not rights:
                try:
                    left, right, changed = next(source)
                except StopIteration:
                    return
                if left is not None:
                    lefts.append((left, changed))
                if right is not None:
                    rights.append((right, changed))
            left, left_changed = lefts.pop(0)
            right, right_changed = rights.pop(0)
            yield left, right, left_changed or right_changed

    paired = pairs()
    if context is None:
        yield from paired
        return
    window = context + 1
    while True:
        # Keep the last `window` unchanged pairs until a change comes.
        ring = [None] * window
        seen = 0
        changed = False
        while not changed:
            try:
                left, right, changed = next(paired)
            except StopIteration:
                return
            ring[seen % window] = (left, right, changed)
            seen += 1
        if seen > window:
            yield None, None, None
            count, at = window, seen
        else:
            count, at = seen, 0
        for _ in range(count):
            yield ring[at % window]
            at += 1
        # Then lines after it until `context` unchanged ones have gone by.
        left_to_show = context
        try:
            while left_to_show:
                left, right, changed = next(paired)
                left_to_show = context if changed else left_to_show - 1
                yield left, right, changed
        except StopIteration:
            return


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


class HtmlDiff(object):
    """HTML pages and tables comparing two lists of lines side by side, changes highlighted
    inside the lines, with links from one change to the next.

    make_file() gives a whole XHTML page (table and legend); make_table() the table alone.
    tabsize is the tab stop width, wrapcolumn the column where long lines are wrapped (None:
    never), linejunk and charjunk go to ndiff()."""

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=difflib.IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *, charset='utf-8'):
        """A whole HTML page comparing the lines: fromdesc/todesc head the columns; with
        `context`, only changes and `numlines` lines around them are shown (else `numlines` is
        how far before a change its "next" link lands); characters outside `charset` become
        character references."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                numlines=numlines)
        page = self._file_template % {'styles': self._styles, 'legend': self._legend,
                                      'table': table, 'charset': charset}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        """Both lists with line ends dropped and tabs expanded to tab characters (so a tab
        and the spaces it stands for still compare different; they show as spaces)."""
        def expand(line):
            spaced = line.replace(' ', '\0').expandtabs(self._tabsize).replace(' ', '\t')
            return spaced.replace('\0', ' ').rstrip('\n')
        return [expand(line) for line in fromlines], [expand(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        """Appends (line_num, piece) to data_list for `text` cut at the wrap column (the
        pieces after the first numbered '>'), keeping highlight marks balanced."""
        limit = self._wrapcolumn
        if not line_num or len(text) <= limit or len(text) - 3 * text.count('\0') <= limit:
            data_list.append((line_num, text))
            return
        at = shown = 0
        open_mark = ''
        while shown < limit and at < len(text):
            if text[at] == '\0':
                open_mark = text[at + 1]
                at += 2
            elif text[at] == '\1':
                open_mark = ''
                at += 1
            else:
                at += 1
                shown += 1
        head, rest = text[:at], text[at:]
        if open_mark:
            head += '\1'
            rest = '\0' + open_mark + rest
        data_list.append((line_num, head))
        self._split_line(data_list, '>', rest)

    def _line_wrapper(self, diffs):
        """The pairs of _mdiff with long lines wrapped onto further rows."""
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            lefts, rights = [], []
            self._split_line(lefts, *fromdata)
            self._split_line(rights, *todata)
            while lefts or rights:
                left = lefts.pop(0) if lefts else ('', ' ')
                right = rights.pop(0) if rights else ('', ' ')
                yield left, right, flag

    def _collect_lines(self, diffs):
        """The rows' HTML cells for each side, and the changed flags (None: a gap)."""
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            try:
                left = self._format_line(0, flag, *fromdata)
                right = self._format_line(1, flag, *todata)
            except TypeError:
                left = right = None
            fromlist.append(left)
            tolist.append(right)
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        """The two cells of one side of a row: the line number (an anchor) and the text."""
        try:
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        except TypeError:
            anchor = ''
        text = text.replace('&', '&amp;').replace('>', '&gt;').replace('<', '&lt;')
        text = text.replace(' ', '&nbsp;').rstrip()
        return f'<td class="diff_header"{anchor}>{linenum}</td><td nowrap="nowrap">{text}</td>'

    def _make_prefix(self):
        """Anchor prefixes unique to this table (a counter shared by all HtmlDiffs)."""
        serial = HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = ['from%d_' % serial, 'to%d_' % serial]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """The "next" links and anchors of the rows (and a placeholder row for no lines)."""
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        changes = 0
        inside = False
        last = 0
        for row, flag in enumerate(flaglist):
            if not flag:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = row
            next_id[max(0, row - numlines)] = ' id="difflib_chg_%s_%d"' % (toprefix, changes)
            changes += 1
            next_href[last] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, changes)
        if not flaglist:
            flaglist, next_id, next_href, last = [False], [''], [''], 0
            if context:
                fromlist = tolist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False,
                   numlines=5):
        """The HTML table comparing the lines (arguments as make_file's)."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        for i, flag in enumerate(flaglist):
            if flag is None:
                # A gap between context groups starts a new table body.
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
                continue
            rows.append('            <tr><td class="diff_next"%s>%s</td>%s<td class="diff_next">%s</td>%s</tr>\n'
                        % (next_id[i], next_href[i], fromlist[i], next_href[i], tolist[i]))
        header_row = ''
        if fromdesc or todesc:
            header_row = ('<thead><tr><th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th>'
                          '<th class="diff_next"><br /></th>'
                          '<th colspan="2" class="diff_header">%s</th></tr></thead>' % (fromdesc, todesc))
        table = self._table_template % {'data_rows': ''.join(rows), 'header_row': header_row,
                                        'prefix': self._prefix[1]}
        for raw, markup in (('\0+', '<span class="diff_add">'), ('\0-', '<span class="diff_sub">'),
                            ('\0^', '<span class="diff_chg">'), ('\1', '</span>'),
                            ('\t', '&nbsp;')):
            table = table.replace(raw, markup)
        return table


HtmlDiff.__module__ = 'difflib'
