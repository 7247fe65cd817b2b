"""traceback: extracting, formatting and printing stack traces and exceptions, as the interpreter
prints an uncaught exception (chains, exception groups, "[Previous line repeated N more times]").

Frames are described by FrameSummary objects, lists of them by StackSummary, an exception with
its chain by TracebackException. The text of one traceback entry — its location, source line and
the ^^^ marks under the failing expression — comes from the interpreter's own printer (the native
`_traceback.format_entry`), so both always agree."""

import collections.abc
import itertools
import linecache
import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']


def _out(file):
    return sys.stderr if file is None else file


def _write_all(pieces, file):
    stream = _out(file)
    for piece in pieces:
        print(piece, file=stream, end="")


# ---------------------------------------------------------------------------------------------
# Module-level helpers over the classes below

def print_list(extracted_list, file=None):
    """Print the entries (FrameSummary objects or 4-tuples) as format_list() gives them."""
    _write_all(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """One string per entry: '  File "...", line N, in name\\n' and the source line."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of a traceback object (the last -limit when negative)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """The entries of a traceback object, formatted."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of a traceback object's entries, outermost first."""
    return StackSummary._extract_from_tb(tb, limit=limit)


_NOT_GIVEN = object()


def _value_and_tb(exc, value, tb):
    # The new calling convention (an exception alone) and the old one (type, value, tb).
    if (value is _NOT_GIVEN) != (tb is _NOT_GIVEN):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _NOT_GIVEN:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, file=None, chain=True):
    """Print an exception with its traceback (and, with chain, its causes and contexts) as the
    interpreter does for an uncaught one; to sys.stderr unless `file` is given."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception(exc, /, value=_NOT_GIVEN, tb=_NOT_GIVEN, limit=None, chain=True):
    """What print_exception() prints, as a list of strings ending in newlines."""
    value, tb = _value_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_NOT_GIVEN):
    """The last part of a report: 'Type: message' (several lines for SyntaxError and notes)."""
    if value is _NOT_GIVEN:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def _final_line(type_name, value):
    text = _text_of(value, 'exception')
    if value is None or not text:
        return f"{type_name}\n"
    return f"{type_name}: {text}\n"


def _text_of(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (print_exception(sys.exception()))."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type ..., set by the interactive prompt)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from the outermost frame down to `f` (by default the caller)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """What print_stack() prints, as a list of strings."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the frames from the outermost down to `f` (by default the caller);
    `limit` keeps that many of the innermost."""
    if f is None:
        f = sys._getframe().f_back
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def clear_frames(tb):
    """Clear the local variables of every frame of a traceback."""
    while tb is not None:
        # gilpy's frame objects cannot drop their locals (no frame.clear()): nothing to do then.
        wipe = getattr(tb.tb_frame, 'clear', None)
        if wipe is not None:
            try:
                wipe()
            except RuntimeError:
                pass            # a frame that is still running
        tb = tb.tb_next


# ---------------------------------------------------------------------------------------------
# Walking frames

def walk_stack(f):
    """(frame, line number) for `f` and each of its callers, innermost first (from the caller of
    the iteration when `f` is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    # (frame, (lineno, end_lineno, colno, end_colno), tb) per traceback entry.
    while tb is not None:
        end_lineno, colno, end_colno = _traceback.positions(tb)
        yield tb.tb_frame, (tb.tb_lineno, end_lineno, colno, end_colno), tb
        tb = tb.tb_next


def _stack_entries(frames):
    for f, lineno in frames:
        yield f, (lineno, None, None, None), None


# ---------------------------------------------------------------------------------------------
# FrameSummary and StackSummary

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line (and, when known, the
    column span of the failing expression). Behaves like the 4-tuple (filename, lineno, name,
    line) too."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_tb')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._line = line
        self._tb = None
        if lookup_line:
            self.line
        self.locals = {key: repr(val) for key, val in locals.items()} if locals else None

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._as_tuple() == other._as_tuple() and self.locals == other.locals
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


# A run of identical entries (recursion) is shown this many times, then summarised.
_RECURSIVE_CUTOFF = 3


def _repeat_note(extra):
    return f'  [Previous line repeated {extra} more time{"s" if extra > 1 else ""}]\n'


class StackSummary(list):
    """A list of FrameSummary objects, outermost first, that can format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarise (frame, lineno) pairs, as walk_stack() and walk_tb() give them."""
        return klass._summarise(_stack_entries(frame_gen), limit, lookup_lines, capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        entries = ((f, where, None) for f, where in frame_gen)
        return klass._summarise(entries, limit, lookup_lines, capture_locals)

    @classmethod
    def _extract_from_tb(klass, tb, limit=None, lookup_lines=True, capture_locals=False):
        return klass._summarise(_tb_entries(tb), limit, lookup_lines, capture_locals)

    @classmethod
    def _summarise(klass, entries, limit, lookup_lines, capture_locals):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                entries = itertools.islice(entries, limit)
            else:
                entries = collections.deque(entries, maxlen=-limit)
        summary = klass()
        files = set()
        for frame, (lineno, end_lineno, colno, end_colno), tb in entries:
            code = frame.f_code
            files.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            entry = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                 locals=frame.f_locals if capture_locals else None,
                                 end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            entry._tb = tb
            summary.append(entry)
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        """The text of one entry: location, source line, position marks, locals."""
        tb = getattr(frame_summary, '_tb', None)
        if tb is not None and frame_summary.line:
            text = _traceback.format_entry(tb)
        else:
            text = (f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
                    f'in {frame_summary.name}\n')
            if frame_summary.line:
                text += f'    {frame_summary.line.strip()}\n'
        if frame_summary.locals:
            for name, shown in sorted(frame_summary.locals.items()):
                text += f'    {name} = {shown}\n'
        return text

    def format(self):
        """One string per entry; a run of more than three identical entries is cut to three
        and a '[Previous line repeated N more times]' line."""
        lines = []
        previous = None
        run = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            where = (entry.filename, entry.lineno, entry.name)
            if previous is None or where != previous or None in where:
                if run > _RECURSIVE_CUTOFF:
                    lines.append(_repeat_note(run - _RECURSIVE_CUTOFF))
                previous = where
                run = 0
            run += 1
            if run <= _RECURSIVE_CUTOFF:
                lines.append(text)
        if run > _RECURSIVE_CUTOFF:
            lines.append(_repeat_note(run - _RECURSIVE_CUTOFF))
        return lines


# ---------------------------------------------------------------------------------------------
# TracebackException

_CAUSE_HEADER = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_HEADER = "\nDuring handling of the above exception, another exception occurred:\n\n"


class _Printing:
    # Where the printing of nested exception groups is: depth, and whether the last box still
    # needs its closing line.

    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.exception_group_depth

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += ('|' if margin_char is None else margin_char) + ' '
        pieces = [text_gen] if isinstance(text_gen, str) else text_gen
        for piece in pieces:
            yield ''.join(prefix + row for row in piece.splitlines(True))


class TracebackException:
    """An exception captured for later formatting: its type, str(), stack (a StackSummary),
    and, as TracebackExceptions, its __cause__, __context__ and (for groups) exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_tb(exc_traceback, limit=limit,
                                                   lookup_lines=lookup_lines,
                                                   capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _text_of(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            line = exc_value.lineno
            self.lineno = None if line is None else str(line)
            last = exc_value.end_lineno
            self.end_lineno = None if last is None else str(last)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        if top:
            # The chain is followed iteratively (a deep chain must not exhaust the stack), each
            # exception once (a cycle ends where it comes back).
            options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                           max_group_width=max_group_width, max_group_depth=max_group_depth,
                           _seen=_seen)

            def wrap(exc):
                return TracebackException(type(exc), exc, exc.__traceback__, **options)

            todo = [(self, exc_value)]
            while todo:
                report, exc = todo.pop()
                cause = context = members = None
                if exc and exc.__cause__ is not None and id(exc.__cause__) not in _seen:
                    cause = wrap(exc.__cause__)
                wanted = (cause is None and exc is not None and not exc.__suppress_context__) if compact else True
                if exc and exc.__context__ is not None and wanted and id(exc.__context__) not in _seen:
                    context = wrap(exc.__context__)
                if exc and isinstance(exc, BaseExceptionGroup):
                    members = [wrap(member) for member in exc.exceptions]
                report.__cause__ = cause
                report.__context__ = context
                report.exceptions = members
                if cause:
                    todo.append((cause, exc.__cause__))
                if context:
                    todo.append((context, exc.__context__))
                if members:
                    todo.extend(zip(members, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception (with its traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' part: for SyntaxError also the location and the marked source,
        then the exception's notes."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        shown = self.exc_type.__qualname__
        home = self.exc_type.__module__
        if home not in ("__main__", "builtins"):
            if not isinstance(home, str):
                home = "<unknown>"
            shown = home + '.' + shown
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(shown)
        else:
            yield _final_line(shown, self._str)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                for row in _text_of(note, 'note').split('\n'):
                    yield row + '\n'
        elif notes is not None:
            yield _text_of(notes, '__notes__', func=repr)

    def _syntax_error_lines(self, shown):
        where = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f' ({self.filename})'
        source = self.text
        if source is not None:
            # The line without its indentation; the carets shift left by as much.
            right = source.rstrip('\n')
            body = right.lstrip(' \n\f')
            dropped = len(right) - len(body)
            yield f'    {body}\n'
            if self.offset is not None:
                start = self.offset
                stop = start if self.end_offset in (None, 0) else self.end_offset
                if stop == start or stop == -1:
                    stop = start + 1
                first = start - 1 - dropped
                last = stop - 1 - dropped
                if first >= 0:
                    gap = ''.join(ch if ch.isspace() else ' ' for ch in body[:first])
                    yield f"    {gap}{'^' * (last - first)}\n"
        detail = self.msg or "<no detail available>"
        yield f"{shown}: {detail}{where}\n"

    def format(self, *, chain=True, _ctx=None):
        """The whole report as strings: each chained exception (oldest first, joined by the
        'direct cause' / 'during handling' lines), with exception groups drawn in boxes."""
        ctx = _Printing() if _ctx is None else _ctx
        links = []
        report = self
        while report is not None:
            header = following = None
            if chain:
                if report.__cause__ is not None:
                    header, following = _CAUSE_HEADER, report.__cause__
                elif report.__context__ is not None and not report.__suppress_context__:
                    header, following = _CONTEXT_HEADER, report.__context__
            links.append((header, report))
            report = following
        for header, report in reversed(links):
            if header is not None:
                yield from ctx.emit(header)
            if report.exceptions is None:
                if report.stack:
                    yield from ctx.emit('Traceback (most recent call last):\n')
                    yield from ctx.emit(report.stack.format())
                yield from ctx.emit(report.format_exception_only())
            elif ctx.exception_group_depth > self.max_group_depth:
                yield from ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from report._group_lines(chain, ctx)

    def _group_lines(self, chain, ctx):
        outermost = ctx.exception_group_depth == 0
        if outermost:
            ctx.exception_group_depth += 1
        if self.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin_char='+' if outermost else None)
            yield from ctx.emit(self.stack.format())
        yield from ctx.emit(self.format_exception_only())
        total = len(self.exceptions)
        width = self.max_group_width
        shown = total if total <= width else width + 1
        ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.need_close = True
            cut = width is not None and i >= width
            title = '...' if cut else f'{i + 1}'
            yield ctx.indent() + ('+-' if i == 0 else '  ') + f'+---------------- {title} ----------------\n'
            ctx.exception_group_depth += 1
            if cut:
                rest = total - width
                yield from ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield ctx.indent() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.exception_group_depth -= 1
        if outermost:
            ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the report (to sys.stderr by default)."""
        _write_all(self.format(chain=chain), file)
