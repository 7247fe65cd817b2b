"""trace for gilpy: line tracing, line counts, called functions and caller relationships, over
sys.settrace (and threading.settrace for new threads).

Trace(count=1, trace=1, ...) runs code (run, runctx, runfunc) printing each line as CPython's
trace module prints it (" --- modulename: m, funcname: f" then "file.py(N): source") and/or
counting how often each line ran; results() gives CoverageResults, whose write_results writes
the .cover files and summary. Which lines count as executable (the ">>>>>>" marks of lines never
run) comes from gilpy's own code objects (dis.findlinestarts over gilpy's instructions), so those
marks can differ from CPython's on some lines. `gilpy -m trace --trace script.py` works as
python3's.
"""

import linecache
import os
import pickle
import sys
import threading
import token
import tokenize
import time

__all__ = ['Trace', 'CoverageResults']

PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Which modules and folders not to trace (answers cached by module name)."""

    def __init__(self, modules=None, dirs=None):
        self._mods = set() if not modules else set(modules)
        self._dirs = [] if not dirs else [os.path.normpath(d) for d in dirs]
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        known = self._ignore.get(modulename)
        if known is not None:
            return known
        skip = (modulename in self._mods
                or any(modulename.startswith(mod + '.') for mod in self._mods)
                or filename is None
                or any(filename.startswith(d + os.sep) for d in self._dirs))
        self._ignore[modulename] = 1 if skip else 0
        return self._ignore[modulename]


def _modname(path):
    """The module name a file would have: its base name without extension."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """The dotted name of a file's module relative to the longest sys.path entry holding it."""
    best = ''
    folded = os.path.normcase(path)
    for entry in sys.path:
        entry = os.path.normcase(entry)
        if folded.startswith(entry) and folded[len(entry)] == os.path.sep and len(entry) > len(best):
            best = entry
    base = path[len(best) + 1:] if best else path
    base = os.path.splitdrive(base)[1].replace(os.sep, ".")
    if os.altsep:
        base = base.replace(os.altsep, ".")
    return os.path.splitext(base)[0].lstrip(".")


class CoverageResults:
    """Line counts (and called functions, callers) gathered by a Trace, mergeable and writable."""

    def __init__(self, counts=None, calledfuncs=None, infile=None, callers=None, outfile=None):
        self.counts = {} if counts is None else counts
        self.counter = self.counts.copy()
        self.calledfuncs = dict(calledfuncs or {})
        self.callers = dict(callers or {})
        self.infile = infile
        self.outfile = outfile
        if self.infile:
            try:
                with open(self.infile, 'rb') as stream:
                    saved = pickle.load(stream)
                self.update(self.__class__(saved[0], saved[1], callers=saved[2]))
            except (OSError, EOFError, ValueError) as err:
                print(("Skipping counts file %r: %s" % (self.infile, err)), file=sys.stderr)

    def is_ignored_filename(self, filename):
        """Whether the file is not a real source file (<string>, <doctest ...>)."""
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        """Adds another CoverageResults' counts to these."""
        for key, hits in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + hits
        self.calledfuncs.update(dict.fromkeys(other.calledfuncs, 1))
        self.callers.update(dict.fromkeys(other.callers, 1))

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Prints the called functions and callers, writes a .cover file per traced source
        file, and prints the summary table when asked."""
        if self.calledfuncs:
            print()
            print("functions called:")
            for filename, modulename, funcname in sorted(self.calledfuncs):
                print("filename: %s, modulename: %s, funcname: %s" % (filename, modulename, funcname))
        if self.callers:
            print()
            print("calling relationships:")
            last_file = last_callee_file = ""
            for (pfile, pmod, pfunc), (cfile, cmod, cfunc) in sorted(self.callers):
                if pfile != last_file:
                    print()
                    print("***", pfile, "***")
                    last_file = pfile
                    last_callee_file = ""
                if cfile != pfile and last_callee_file != cfile:
                    print("  -->", cfile)
                    last_callee_file = cfile
                print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

        by_file = {}
        for (filename, lineno), hits in self.counts.items():
            by_file.setdefault(filename, {})[lineno] = hits
        sums = {}
        for filename, hits in by_file.items():
            if self.is_ignored_filename(filename):
                continue
            if filename.endswith(".pyc"):
                filename = filename[:-1]
            if coverdir is None:
                folder = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                folder = coverdir
                os.makedirs(folder, exist_ok=True)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            source = linecache.getlines(filename)
            coverpath = os.path.join(folder, modulename + ".cover")
            with open(filename, 'rb') as raw:
                encoding = tokenize.detect_encoding(raw.readline)[0]
            n_hits, n_lines = self.write_results_file(coverpath, source, executable, hits, encoding)
            if summary and n_lines:
                sums[modulename] = n_lines, int(100 * n_hits / n_lines), modulename, filename
        if summary and sums:
            print("lines   cov%   module   (path)")
            for name in sorted(sums):
                print("%5d   %3d%%   %s   (%s)" % sums[name])
        if self.outfile:
            try:
                with open(self.outfile, 'wb') as stream:
                    pickle.dump((self.counts, self.calledfuncs, self.callers), stream, 1)
            except OSError as err:
                print("Can't save counts files because %s" % err, file=sys.stderr)

    def write_results_file(self, path, lines, lnotab, lines_hit, encoding=None):
        """Writes one annotated source listing; returns (lines run, executable lines)."""
        try:
            out = open(path, "w", encoding=encoding)
        except OSError as err:
            print(("trace: Could not open %r for writing: %s - skipping" % (path, err)), file=sys.stderr)
            return 0, 0
        run = counted = 0
        with out:
            for number, line in enumerate(lines, 1):
                if number in lines_hit:
                    out.write("%5d: " % lines_hit[number])
                    run += 1
                    counted += 1
                elif number in lnotab and PRAGMA_NOCOVER not in line:
                    out.write(">>>>>> ")
                    counted += 1
                else:
                    out.write("       ")
                out.write(line.expandtabs(8))
        return run, counted


def _find_lines_from_code(code, strs):
    """The lines where gilpy's instructions for `code` start, except docstring lines."""
    import dis
    return {line: 1 for _, line in dis.findlinestarts(code) if line not in strs}


def _find_lines(code, strs):
    found = _find_lines_from_code(code, strs)
    for const in code.co_consts:
        if hasattr(const, 'co_consts') and hasattr(const, 'co_firstlineno'):
            found.update(_find_lines(const, strs))
    return found


def _find_strings(filename, encoding=None):
    """The lines of string statements that come right after an INDENT or at the start (docstrings)."""
    lines = {}
    previous = token.INDENT
    with open(filename, encoding=encoding) as f:
        for kind, _text, start, end, _line in tokenize.generate_tokens(f.readline):
            if kind == token.STRING and previous == token.INDENT:
                for number in range(start[0], end[0] + 1):
                    lines[number] = 1
            previous = kind
    return lines


def _find_executable_linenos(filename):
    """Line numbers of a file that hold code, as a dict."""
    try:
        with tokenize.open(filename) as f:
            text = f.read()
            encoding = f.encoding
    except OSError as err:
        print(("Not printing coverage data for %r: %s" % (filename, err)), file=sys.stderr)
        return {}
    code = compile(text, filename, "exec")
    return _find_lines(code, _find_strings(filename, encoding))


class Trace:
    """Traces or counts the lines code runs (see the module's docstring)."""

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(), ignoredirs=(), infile=None,
                 outfile=None, timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.pathtobasename = {}
        self.donothing = 0
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        self._caller_cache = {}
        self.start_time = time.monotonic() if timing else None
        if countcallers:
            self.globaltrace = getattr(self, 'globaltrace_trackcallers')
        elif countfuncs:
            self.globaltrace = getattr(self, 'globaltrace_countfuncs')
        elif trace or count:
            self.globaltrace = getattr(self, 'globaltrace_lt')
            kind = 'trace_and_count' if trace and count else 'trace' if trace else 'count'
            self.localtrace = getattr(self, 'localtrace_' + kind)
        else:
            self.donothing = 1

    def run(self, cmd):
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        """Runs cmd (text or code) in the namespaces, tracing."""
        globals = {} if globals is None else globals
        locals = {} if locals is None else locals
        if not self.donothing:
            threading.settrace(self.globaltrace)
            sys.settrace(self.globaltrace)
        try:
            exec(cmd, globals, locals)
        finally:
            if not self.donothing:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        """Calls func(*args, **kw), tracing, and returns its result."""
        result = None
        if not self.donothing:
            sys.settrace(self.globaltrace)
        try:
            result = func(*args, **kw)
        finally:
            if not self.donothing:
                sys.settrace(None)
        return result

    def file_module_function_of(self, frame):
        """(filename, module name, qualified function name) of a frame, cached by code."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        funcname = code.co_name
        clsname = None
        cache = self._caller_cache
        if code not in cache:
            qualname = getattr(code, 'co_qualname', funcname)
            owner = None
            if '.' in qualname and '<locals>' not in qualname:
                owner = qualname.rsplit('.', 1)[0]
            cache[code] = owner
        clsname = cache[code]
        if clsname is not None:
            funcname = clsname + "." + funcname
        return filename, modulename, funcname

    def globaltrace_trackcallers(self, frame, why, arg):
        if why == 'call':
            this = self.file_module_function_of(frame)
            parent = self.file_module_function_of(frame.f_back)
            self._callers[(parent, this)] = 1

    def globaltrace_countfuncs(self, frame, why, arg):
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def globaltrace_lt(self, frame, why, arg):
        """The global trace function: starts local tracing in frames of modules not ignored."""
        if why != 'call':
            return None
        filename = frame.f_globals.get('__file__')
        if not filename:
            return None
        modulename = _modname(filename)
        if modulename is None or self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s" % (modulename, frame.f_code.co_name))
        return self.localtrace

    def _show_line(self, frame):
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        if self.start_time:
            print('%.2f' % (time.monotonic() - self.start_time), end=' ')
        print("%s(%d): %s" % (os.path.basename(filename), lineno, linecache.getline(filename, lineno)), end='')

    def _count_line(self, frame):
        where = frame.f_code.co_filename, frame.f_lineno
        self.counts[where] = self.counts.get(where, 0) + 1

    def localtrace_trace_and_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
            self._show_line(frame)
        return self.localtrace

    def localtrace_trace(self, frame, why, arg):
        if why == "line":
            self._show_line(frame)
        return self.localtrace

    def localtrace_count(self, frame, why, arg):
        if why == "line":
            self._count_line(frame)
        return self.localtrace

    def results(self):
        return CoverageResults(self.counts, infile=self.infile, outfile=self.outfile,
                               calledfuncs=self._calledfuncs, callers=self._callers)


def main():
    import argparse
    # Run with -m, gilpy names this embedded module's script '<frozen trace>'; usage lines say
    # 'trace.py' as python3's do.
    prog = 'trace.py' if sys.argv[0].startswith('<frozen ') else None
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument('--version', action='version', version='trace 2.0')
    main_opts = parser.add_argument_group('Main options', 'One of these (or --report) must be given')
    main_opts.add_argument('-c', '--count', action='store_true',
                     help='Count the number of times each line is executed and write the counts to '
                          '<module>.cover for each module executed, in the module\'s directory. '
                          'See also --coverdir, --file, --no-report below.')
    main_opts.add_argument('-t', '--trace', action='store_true', help='Print each line to sys.stdout before it is executed')
    main_opts.add_argument('-l', '--listfuncs', action='store_true',
                     help='Keep track of which functions are executed at least once and write the results '
                          'to sys.stdout after the program exits. Cannot be specified alongside --trace or --count.')
    main_opts.add_argument('-T', '--trackcalls', action='store_true',
                     help='Keep track of caller/called pairs and write the results to sys.stdout after the '
                          'program exits.')
    mods = parser.add_argument_group('Modifiers')
    either = mods.add_mutually_exclusive_group()
    either.add_argument('-r', '--report', action='store_true',
                      help='Generate a report from a counts file; does not execute any code. --file must '
                           'specify the results file to read, which must have been created in a previous '
                           'run with --count --file=FILE')
    either.add_argument('-R', '--no-report', action='store_true',
                      help='Do not generate the coverage report files. Useful if you want to accumulate over '
                           'several runs.')
    mods.add_argument('-f', '--file', help='File to accumulate counts over several runs')
    mods.add_argument('-C', '--coverdir',
                     help='Directory where the report files go. The coverage report for <package>.<module> '
                          'will be written to file <dir>/<package>/<module>.cover')
    mods.add_argument('-m', '--missing', action='store_true',
                     help='Annotate executable lines that were not executed with ">>>>>> "')
    mods.add_argument('-s', '--summary', action='store_true',
                     help='Write a brief summary for each file to sys.stdout. Can only be used with --count '
                          'or --report')
    mods.add_argument('-g', '--timing', action='store_true', help='Prefix each line with the time since the program started. '
                     'Only used while tracing')
    filters = parser.add_argument_group('Filters', 'Can be specified multiple times')
    filters.add_argument('--ignore-module', action='append', default=[],
                     help='Ignore the given module(s) and its submodules (if it is a package). Accepts comma '
                          'separated list of module names.')
    filters.add_argument('--ignore-dir', action='append', default=[],
                     help='Ignore files in the given directory (multiple directories can be joined by os.pathsep).')
    parser.add_argument('--module', action='store_true', default=False, help='Trace a module. ')
    parser.add_argument('progname', nargs='?', help='file to run as main program')
    parser.add_argument('arguments', nargs=argparse.REMAINDER, help='arguments to the program')
    args = parser.parse_args()

    if args.ignore_dir:
        args.ignore_dir = [os.path.expanduser(os.path.expandvars(p))
                           for each in args.ignore_dir for p in each.split(os.pathsep)]
    args.ignore_module = [mod.strip() for each in args.ignore_module for mod in each.split(',')]

    if args.report:
        if not args.file:
            parser.error('-r/--report requires -f/--file')
        stored = CoverageResults(infile=args.file, outfile=args.file)
        return stored.write_results(args.missing, args.summary, args.coverdir)
    if not any([args.trace, args.count, args.listfuncs, args.trackcalls]):
        parser.error('must specify one of --trace, --count, --report, --listfuncs, or --trackcalls')
    if args.listfuncs and (args.count or args.trace):
        parser.error('cannot specify both --listfuncs and (--trace or --count)')
    if args.summary and not args.count:
        parser.error('--summary can only be used with --count or --report')
    if args.progname is None:
        parser.error('progname is missing: required with the main options')

    tracer = Trace(args.count, args.trace, countfuncs=args.listfuncs, countcallers=args.trackcalls,
                   ignoremods=args.ignore_module, ignoredirs=args.ignore_dir, infile=args.file,
                   outfile=args.file, timing=args.timing)
    try:
        if args.module:
            import runpy
            module_name = args.progname
            mod_name, mod_spec, code = runpy._find_module_code(module_name)
            sys.argv = [code.co_filename, *args.arguments]
            globs = {'__name__': '__main__', '__file__': code.co_filename, '__package__': mod_spec.parent,
                     '__loader__': mod_spec.loader, '__spec__': mod_spec, '__cached__': None}
        else:
            sys.argv = [args.progname, *args.arguments]
            sys.path[0] = os.path.dirname(args.progname)
            with open(args.progname, 'rb') as fp:
                code = compile(fp.read(), args.progname, 'exec')
            globs = {'__file__': args.progname, '__name__': '__main__', '__package__': None, '__cached__': None}
        tracer.runctx(code, globs, globs)
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))
    except SystemExit:
        pass

    if not args.no_report:
        tracer.results().write_results(args.missing, args.summary, args.coverdir)


if __name__ == '__main__':
    main()
