"""A deterministic profiler: it hears every call and return through sys.setprofile and counts,
per function, the calls (primitive ones: not recursive), the time spent in the function itself
and the time including what it called. pstats prints the result.

This module's Profile is the engine cProfile's Profile also uses; they differ in how built-in
functions are named and in the detail they keep about callers (a count here, timings there).
The timer is time.process_time by default (CPU time, as python3's profile module).
"""

import sys
import time

__all__ = ['run', 'runctx', 'Profile']

# Frames of the profiler's own modules are not profiled (their globals' ids).
_OWN = {id(globals())}


class _Entry:
    """A call being timed: its function key, what identifies its return (the frame, or the
    built-in called), when it started, the time its callees took, and whether it is primitive."""
    __slots__ = ('key', 'marker', 'start', 'inner', 'primitive', 'pair', 'pair_primitive')

    def __init__(self, key, marker, start, primitive, pair, pair_primitive):
        self.key = key
        self.marker = marker
        self.start = start
        self.inner = 0.0
        self.primitive = primitive
        # (caller key, key): a call is primitive for its caller unless that pair is already open.
        self.pair = pair
        self.pair_primitive = pair_primitive


class Profile:
    """Profiles the code run between enable() and disable() (or by run/runctx/runcall)."""

    _callers_timed = False   # cProfile keeps (calls, primitive calls, time, cumulative) per caller
    _builtins = True

    def __init__(self, timer=None, bias=None):
        self.timer = timer if timer is not None else time.process_time
        self.bias = bias or 0
        self.stats = {}
        self._table = {}
        self._stack = []
        self._depth = {}
        self._pair_depth = {}
        self._overhead = 0.0
        self._enabled = False
        self._prepare()

    def _prepare(self):
        # python3's pure-Python profiler shows its own pseudo-function with no calls.
        self._table[('profile', 0, 'profiler')] = [0, 0, 0.0, 0.0, {}]

    # -- naming ---------------------------------------------------------------------------

    def _builtin_key(self, fn):
        return ('', 0, getattr(fn, '__name__', repr(fn)))

    # -- the profile function -------------------------------------------------------------

    def _event(self, frame, event, arg):
        # The profiler's own time is left out: the clock it reads stops while it works.
        started = self.timer()
        try:
            self._handle(frame, event, arg, started - self._overhead)
        finally:
            self._overhead += self.timer() - started

    def _handle(self, frame, event, arg, now):
        if event == 'call':
            if id(frame.f_globals) in _OWN:
                return
            code = frame.f_code
            self._push((code.co_filename, code.co_firstlineno, code.co_name), frame, now)
        elif event == 'c_call':
            if not self._builtins or (id(frame.f_globals) in _OWN and arg is not exec):
                return
            self._push(self._builtin_key(arg), arg, now)
        elif event == 'return':
            if self._stack and self._stack[-1].marker is frame:
                self._pop(now)
        elif event in ('c_return', 'c_exception'):
            if self._stack and self._stack[-1].marker is arg:
                self._pop(now)

    def _push(self, key, marker, now):
        depth = self._depth.get(key, 0)
        self._depth[key] = depth + 1
        pair = (self._stack[-1].key, key) if self._stack else None
        pair_depth = self._pair_depth.get(pair, 0)
        self._pair_depth[pair] = pair_depth + 1
        self._stack.append(_Entry(key, marker, now, depth == 0, pair, pair_depth == 0))

    def _pop(self, now):
        entry = self._stack.pop()
        self._depth[entry.key] -= 1
        self._pair_depth[entry.pair] -= 1
        elapsed = now - entry.start
        self._account(entry.key, elapsed, elapsed - entry.inner, entry.primitive, entry.pair_primitive)

    def _account(self, key, elapsed, own, primitive, pair_primitive=True):
        record = self._table.get(key)
        if record is None:
            record = self._table[key] = [0, 0, 0.0, 0.0, {}]
        record[1] += 1
        record[2] += own
        if primitive:
            record[0] += 1
            record[3] += elapsed
        if self._stack:
            parent = self._stack[-1]
            parent.inner += elapsed
            callers = record[4]
            if self._callers_timed:
                counts = callers.get(parent.key)
                if counts is None:
                    counts = callers[parent.key] = [0, 0, 0.0, 0.0]
                counts[0] += 1
                counts[2] += own
                if pair_primitive:
                    counts[1] += 1
                    counts[3] += elapsed
            else:
                callers[parent.key] = callers.get(parent.key, 0) + 1

    # -- switching on and off -------------------------------------------------------------

    def enable(self):
        self._enabled = True
        sys.setprofile(self._event)

    def disable(self):
        sys.setprofile(None)
        self._enabled = False
        now = self.timer() - self._overhead
        # Calls still open when profiling stops are counted as if they returned now.
        while self._stack:
            self._pop(now)
        self._note_disable()

    def _note_disable(self):
        # python3's pure-Python profiler times its own sys.setprofile(None) call.
        self._account(('', 0, 'setprofile'), 0.0, 0.0, True)

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()

    # -- running code ---------------------------------------------------------------------

    def _run_under(self, label, body):
        # The pseudo-call that stands for the whole run opens before profiling starts.
        now = self.timer() - self._overhead
        self._push(('profile', 0, label), None, now)
        self.enable()
        try:
            return body()
        finally:
            sys.setprofile(None)
            now = self.timer() - self._overhead
            while len(self._stack) > 1:
                self._pop(now)
            outer = self._stack[-1] if self._stack else None
            if outer is not None:
                self._note_disable()
                self._pop(now)
            self._enabled = False

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        return self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals, locals):
        self._run_under(cmd, lambda: exec(cmd, globals, locals))
        return self

    def runcall(self, func, /, *args, **kw):
        return self._run_under(repr(func), lambda: func(*args, **kw))

    # -- results --------------------------------------------------------------------------

    def create_stats(self):
        if self._enabled:
            self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for key, (cc, nc, tt, ct, callers) in self._table.items():
            if self._callers_timed:
                shown = {caller: tuple(counts) for caller, counts in callers.items()}
            else:
                shown = dict(callers)
            self.stats[key] = (cc, nc, tt, ct, shown)

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import pstats
        self.create_stats()
        with open(file, 'wb') as f:
            f.write(pstats._marshal(self.stats))


def _report(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def _profile_and_report(prof, runner, filename, sort):
    """Runs runner(prof) (a SystemExit ends the run quietly), then shows or saves the statistics."""
    try:
        runner(prof)
    except SystemExit:
        pass
    finally:
        _report(prof, filename, sort)


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__'s namespace; prints the statistics (sorted by
    sort) or writes them to filename."""
    _profile_and_report(Profile(), lambda prof: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() in the namespaces given."""
    _profile_and_report(Profile(), lambda prof: prof.runctx(statement, globals, locals), filename, sort)


def _main(profiler_class, prog):
    """`python -m profile/cProfile [-o output] [-s sort] script.py [args]`."""
    import os
    from optparse import OptionParser
    usage = prog + ' [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ...'
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest='outfile', help='Save stats to <outfile>', default=None)
    parser.add_option('-s', '--sort', dest='sort', help='Sort order when printing to stdout, based on '
                      'pstats.Stats class', default=-1)
    parser.add_option('-m', dest='module', action='store_true', help='Profile a library module', default=False)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    if options.outfile is not None:
        options.outfile = os.path.abspath(options.outfile)
    if not args:
        parser.print_usage()
        return parser
    if options.module:
        import runpy
        code = 'run_module(modname, run_name="__main__")'
        namespace = {'run_module': runpy.run_module, 'modname': args[0]}
    else:
        path = args[0]
        sys.path.insert(0, os.path.dirname(path))
        with open(path, 'rb') as f:
            code = compile(f.read(), path, 'exec')
        namespace = {'__file__': path, '__name__': '__main__', '__package__': None, '__cached__': None}
    _profile_and_report(profiler_class(), lambda prof: prof.runctx(code, namespace, namespace), options.outfile,
                        options.sort)
    return parser


if __name__ == '__main__':
    _main(Profile, 'profile.py')
