"""Time small pieces of code (timeit), as CPython 3.11's module does.

Use from code: Timer(stmt, setup).timeit(number) / .repeat(repeat, number) / .autorange(),
or the timeit() and repeat() shortcuts. The statement is compiled into the body of a loop
inside a generated function, so the loop adds as little as possible to what is measured.

Use from the command line:
    gilpy -m timeit [-n N] [-r N] [-s S] [-p] [-v] [-u UNIT] [-h] [--] [statement ...]

  -n/--number N   run the statement N times per measurement (default: the smallest
                  of 1, 2, 5, 10, 20, 50, ... taking at least 0.2 seconds)
  -r/--repeat N   take N measurements (default 5) and report the best
  -s/--setup S    code run once before measuring (default 'pass'); may be repeated
  -p/--process    measure CPU time (time.process_time) instead of wall time
  -v/--verbose    print every measurement; give it twice for one more digit
  -u/--unit UNIT  report in nsec, usec, msec or sec
  -h/--help       print this text and exit
  --              end of options (for a statement starting with '-')

Several statement arguments are joined as lines of one statement; quote an argument with
leading spaces to indent it. The result reads "N loops, best of R: T per loop".
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def reindent(src, indent):
    """`src` with every line after the first indented by `indent` more spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _measuring_source(stmt, setup, extra_params):
    """The text of the generated function: setup once, then `stmt` once per item of `_it`."""
    lines = [
        "",
        f"def inner(_it, _timer{extra_params}):",
        f"    {setup}",
        "    _t0 = _timer()",
        "    for _i in _it:",
        f"        {stmt}",
        "        pass",
        "    _t1 = _timer()",
        "    return _t1 - _t0",
        "",
    ]
    return "\n".join(lines)


class Timer:
    """Measures how long `stmt` takes (a string of code, or a callable with no arguments)
    after `setup` (likewise), with `timer`, running in `globals` (a fresh namespace when
    None)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        names = {}
        namespace = {} if globals is None else globals
        extra = ''
        if isinstance(setup, str):
            # Checked alone first, so that a syntax error points into the setup.
            compile(setup, dummy_src_name, "exec")
            prefix = setup + '\n'
            setup_code = reindent(setup, 4)
        elif callable(setup):
            names['_setup'] = setup
            extra += ', _setup=_setup'
            prefix = ''
            setup_code = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt_code = reindent(stmt, 8)
        elif callable(stmt):
            names['_stmt'] = stmt
            extra += ', _stmt=_stmt'
            stmt_code = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = _measuring_source(stmt_code, setup_code, extra)
        exec(compile(self.src, dummy_src_name, "exec"), namespace, names)
        self.inner = names["inner"]

    def print_exc(self, file=None):
        """Prints the traceback of the exception being handled, with the generated
        source's lines shown."""
        import linecache
        import traceback
        if self.src is not None:
            linecache.cache[dummy_src_name] = (len(self.src), None, self.src.split("\n"),
                                               dummy_src_name)
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the collector off meanwhile)."""
        runs = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(runs, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """`repeat` measurements of timeit(number), as a list."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ... whose
        runs take 0.2 seconds or more; `callback(number, seconds)` sees each try."""
        for power in itertools.count():
            for step in (1, 2, 5):
                number = step * 10 ** power
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def _format_time(seconds, unit, precision):
    if unit is None:
        # The largest unit the time reaches (nsec below a nanosecond).
        unit = 'nsec'
        for name, scale in sorted(_UNITS.items(), key=lambda item: -item[1]):
            if seconds >= scale:
                unit = name
                break
    return f"{seconds / _UNITS[unit]:.{precision}g} {unit}"


def _plural(n):
    return '' if n == 1 else 's'


def main(args=None, *, _wrap_timer=None):
    """The command line (see the module's help); returns the exit status."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time", "clock",
                                    "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for opt, value in opts:
        if opt in ("-n", "--number"):
            number = int(value)
        elif opt in ("-s", "--setup"):
            setup.append(value)
        elif opt in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                      file=sys.stderr)
                return 2
            unit = value
        elif opt in ("-r", "--repeat"):
            repeat = max(int(value), 1)
        elif opt in ("-p", "--process"):
            timer = time.process_time
        elif opt in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif opt in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    setup = "\n".join(setup) or "pass"
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        report = None
        if verbose:
            def report(n, taken):
                print(f"{n} loop{_plural(n)} -> {taken:.{precision}g} secs")
        try:
            number, _ = t.autorange(report)
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat, number)
    except BaseException:
        t.print_exc()
        return 1
    if verbose:
        print("raw times: " + ", ".join(_format_time(dt, unit, precision) for dt in raw))
        print()
    per_loop = [dt / number for dt in raw]
    best, worst = min(per_loop), max(per_loop)
    print(f"{number} loop{_plural(number)}, best of {repeat}: "
          f"{_format_time(best, unit, precision)} per loop")
    if worst >= best * 4:
        import warnings
        message = (f"The test results are likely unreliable. The worst time "
                   f"({_format_time(worst, unit, precision)}) was more than four times "
                   f"slower than the best time ({_format_time(best, unit, precision)}).")
        explicit = getattr(warnings, 'warn_explicit', None)
        if explicit is not None:
            explicit(message, UserWarning, '', 0)
        else:
            # What the default warning display prints for a warning "from" line 0 of ''.
            print(f":0: UserWarning: {message}", file=sys.stderr)
    return None


if __name__ == "__main__":
    sys.exit(main())
