"""The profiler most programs use: cProfile.run(), Profile.enable()/disable(), and
`python -m cProfile`. It is profile.Profile's engine with python3's cProfile conventions:
built-in functions named as {built-in method builtins.len} or {method 'append' of 'list'
objects}, callers kept with their own timings, and a wall-clock timer (time.perf_counter).
"""

import sys
import time

import profile as _profile

__all__ = ['run', 'runctx', 'Profile']

_profile._OWN.add(id(globals()))


class Profile(_profile.Profile):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)."""

    _callers_timed = True

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        super().__init__(timer if timer is not None else time.perf_counter)
        self.timeunit = timeunit
        self.subcalls = subcalls
        self._builtins = builtins

    def _prepare(self):
        pass

    def _builtin_key(self, fn):
        name = getattr(fn, '__name__', None) or repr(fn)
        owner = getattr(fn, '__self__', None)
        qualname = getattr(fn, '__qualname__', None) or name
        if owner is None and getattr(fn, '__module__', None) is None and '.' in qualname:
            # A method called on its object without a bound method being made: its owner
            # type comes from the qualified name.
            label = f"<method '{name}' of '{qualname.rsplit('.', 1)[0]}' objects>"
        elif owner is None or isinstance(owner, type(sys)):
            module = getattr(fn, '__module__', None)
            if module is None and owner is not None:
                module = owner.__name__
            label = f'<built-in method {module}.{name}>' if module else f'<built-in method {name}>'
        elif isinstance(owner, type):
            label = f'<built-in method {name}>'
        else:
            label = f"<method '{name}' of '{type(owner).__name__}' objects>"
        return ('~', 0, label)

    def _note_disable(self):
        self._account(('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>"), 0.0, 0.0, True)

    def _run_under(self, label, body):
        self.enable()
        try:
            return body()
        finally:
            self.disable()

    def runctx(self, cmd, globals, locals):
        self._run_under(cmd, lambda: exec(cmd, globals, locals))
        return self

    def print_stats(self, sort=-1):
        import pstats
        if not isinstance(sort, tuple):
            sort = (sort,)
        pstats.Stats(self).strip_dirs().sort_stats(*sort).print_stats()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


def run(statement, filename=None, sort=-1):
    """Profiles exec(statement) in __main__'s namespace and prints (or saves) the statistics."""
    _profile._profile_and_report(Profile(), lambda prof: prof.run(statement), filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """run() in the namespaces given."""
    _profile._profile_and_report(Profile(), lambda prof: prof.runctx(statement, globals, locals), filename, sort)


def main():
    _profile._main(Profile, 'cProfile.py')


if __name__ == '__main__':
    main()
