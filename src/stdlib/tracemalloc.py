"""tracemalloc for gilpy: what can be measured of the memory a program uses.

gilpy's allocator (mimalloc, in src/unsafe_os.rs) does not record which line allocated each
block, so this module cannot trace allocations one by one. What it measures instead: while
tracing is on, get_traced_memory() gives the growth of the process's resident memory since
start() (from /proc/self/statm) as `current`, and the largest growth seen by any call as `peak`.
Snapshots therefore hold no traces: take_snapshot() works, and its statistics() are empty lists,
which is the truth about what gilpy saw. The classes (Snapshot, Statistic, StatisticDiff, Filter,
DomainFilter, Frame, Traceback, Trace) have CPython's API for code that builds or compares them.
"""

import fnmatch
import linecache
import os
import pickle
from collections.abc import Sequence
from functools import total_ordering

__all__ = ['start', 'stop', 'is_tracing', 'clear_traces', 'get_traced_memory', 'reset_peak',
           'get_traceback_limit', 'get_tracemalloc_memory', 'get_object_traceback', 'take_snapshot',
           'Snapshot', 'Statistic', 'StatisticDiff', 'Filter', 'DomainFilter', 'Frame', 'Traceback', 'Trace']

_tracing = False
_limit = 1
_base = 0
_peak = 0


def _resident_bytes():
    try:
        with open('/proc/self/statm') as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf('SC_PAGE_SIZE')
    except (OSError, ValueError, IndexError):
        return 0


def start(nframe=1):
    """Starts measuring; nframe (1..65535) is kept as the traceback limit."""
    global _tracing, _limit, _base, _peak
    if not isinstance(nframe, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(nframe).__name__)
    if nframe < 1 or nframe > 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    _limit = nframe
    if not _tracing:
        _base = _resident_bytes()
        _peak = 0
    _tracing = True


def stop():
    """Stops measuring and forgets what was measured."""
    global _tracing, _base, _peak
    _tracing = False
    _base = 0
    _peak = 0


def is_tracing():
    return _tracing


def clear_traces():
    """Starts the measurement again from the memory in use now."""
    global _base, _peak
    if _tracing:
        _base = _resident_bytes()
        _peak = 0


def get_traced_memory():
    """(current, peak) in bytes: growth of resident memory since start(); (0, 0) when not
    tracing."""
    global _peak
    if not _tracing:
        return (0, 0)
    current = max(0, _resident_bytes() - _base)
    _peak = max(_peak, current)
    return (current, _peak)


def reset_peak():
    global _peak
    if _tracing:
        _peak = max(0, _resident_bytes() - _base)


def get_traceback_limit():
    return _limit


def get_tracemalloc_memory():
    """Memory this module uses for its traces: none are kept."""
    return 0


def get_object_traceback(obj):
    """Where obj was allocated: unknown to gilpy, so None (as CPython for untraced objects)."""
    return None


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return "%+.1f %s" % (size, unit) if sign else "%.1f %s" % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return "%+.0f %s" % (size, unit) if sign else "%.0f %s" % (size, unit)
        size /= 1024


class Statistic:
    """Memory allocated at one place: traceback, size, count."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if isinstance(other, Statistic):
            return (self.traceback == other.traceback and self.size == other.size and self.count == other.count)
        return NotImplemented

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """The change of a Statistic between two snapshots."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if isinstance(other, StatisticDiff):
            return ((self.traceback, self.size, self.size_diff, self.count, self.count_diff)
                    == (other.traceback, other.size, other.size_diff, other.count, other.count_diff))
        return NotImplemented

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (self.traceback, _format_size(self.size, False),
                                                    _format_size(self.size_diff, True), self.count,
                                                    self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


@total_ordering
class Frame:
    """One frame of a traceback: filename and lineno."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if isinstance(other, Frame):
            return self._frame == other._frame
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Frame):
            return self._frame < other._frame
        return NotImplemented

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


@total_ordering
class Traceback(Sequence):
    """A sequence of Frames, most recent call first (stored oldest first, as CPython)."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if isinstance(other, Traceback):
            return self._frames == other._frames
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Traceback):
            return self._frames < other._frames
        return NotImplemented

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        text = f"<Traceback {tuple(self)}"
        if self._total_nframe is None:
            text += ">"
        else:
            text += f" total_nframe={self.total_nframe}>"
        return text

    def format(self, limit=None, most_recent_first=False):
        lines = []
        frames = list(self)
        if limit is not None:
            frames = frames[-limit:] if limit > 0 else frames[:abs(limit)]
        if most_recent_first:
            frames.reverse()
        for frame in frames:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


class Trace:
    """One traced block: domain, size, traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if isinstance(other, Trace):
            return self._trace == other._trace
        return NotImplemented

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>" % (self.domain, _format_size(self.size, False),
                                                            self.traceback))


class _Traces(Sequence):
    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _canon_path(path):
    filename = os.path.normcase(path)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    """Keeps (inclusive) or drops traces whose file matches a pattern (and line, domain)."""

    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _canon_path(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, path, line):
        if not fnmatch.fnmatch(_canon_path(path), self._filename_pattern):
            return False
        return self.lineno is None or line == self.lineno

    def _frame_kept(self, path, line):
        hit = self._frame_matches(path, line)
        return hit if self.inclusive else not hit

    def _traceback_kept(self, traceback):
        if self.all_frames:
            if any(self._frame_matches(filename, lineno) for filename, lineno in traceback):
                return self.inclusive
            return not self.inclusive
        return self._frame_kept(*traceback[0])

    def _match(self, trace):
        domain, frames = trace[0], trace[2]
        kept = self._traceback_kept(frames)
        if self.domain is None:
            return kept
        if self.inclusive:
            return kept and domain == self.domain
        return kept or domain != self.domain


class DomainFilter(BaseFilter):
    """Keeps (inclusive) or drops the traces of one domain."""

    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        same = trace[0] == self.domain
        return same if self.inclusive else not same


class Snapshot:
    """The traces taken at one moment (under gilpy: none, see the module's docstring)."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        with open(filename, "wb") as stream:
            pickle.dump(self, stream, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        with open(filename, "rb") as stream:
            return pickle.load(stream)

    def filter_traces(self, filters):
        new_traces = list(self.traces._traces)
        if filters:
            include = [f for f in filters if f.inclusive]
            exclude = [f for f in filters if not f.inclusive]
            if include:
                new_traces = [t for t in new_traces if any(f._match(t) for f in include)]
            if exclude:
                new_traces = [t for t in new_traces if all(f._match(t) for f in exclude)]
        elif not isinstance(filters, (list, tuple)):
            raise TypeError("filters must be a list of filters, not %s" % type(filters).__name__)
        return Snapshot(new_traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        cache = {}
        for domain, size, frames, total_nframe in self.traces._traces:
            if key_type == 'traceback':
                key = Traceback(frames, total_nframe)
            elif key_type == 'lineno':
                key = Traceback((frames[0],))
            else:
                key = Traceback(((frames[0][0], 0),))
            key = cache.setdefault(key, key)
            if key in stats:
                stat = stats[key]
                stat.size += size
                stat.count += 1
            else:
                stats[key] = Statistic(key, size, 1)
        return stats

    def statistics(self, key_type, cumulative=False):
        """Statistics grouped by key_type ('filename', 'lineno' or 'traceback'), biggest first."""
        stats = list(self._group_by(key_type, cumulative).values())
        stats.sort(reverse=True, key=Statistic._sort_key)
        return stats

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiffs between old_snapshot and this one, biggest change first."""
        now = self._group_by(key_type, cumulative)
        before = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for key, stat in now.items():
            old = before.pop(key, None)
            if old is not None:
                diffs.append(StatisticDiff(key, stat.size, stat.size - old.size, stat.count, stat.count - old.count))
            else:
                diffs.append(StatisticDiff(key, stat.size, stat.size, stat.count, stat.count))
        for key, old in before.items():
            diffs.append(StatisticDiff(key, 0, -old.size, 0, -old.count))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """A Snapshot of the traces (gilpy keeps none: it is empty); tracing must be on."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    return Snapshot([], _limit)
