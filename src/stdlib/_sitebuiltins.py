"""The helpers python3's site module puts in builtins: `exit` and `quit` (Quitter), `copyright`,
`credits` and `license` (_Printer) and `help` (_Helper).

gilpy does not run site at start-up, but it calls `_install` of this module instead (unless -S or
-I is given), so scripts and the REPL see the same six names python3 gives them.
"""

import sys


class Quitter(object):
    """`exit` / `quit`: shows how to leave when echoed, raises SystemExit when called."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use {}() or {} to exit'.format(self.name, self.eof)

    def __call__(self, code=None):
        # python3 closes stdin before leaving (a shell reading it would otherwise hang on).
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


class _Printer(object):
    """`copyright`, `credits`, `license`: a text shown whole when short, else a page at a time
    when called. The text comes from the first readable file among `files` in `dirs`, else `data`."""

    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        self.__name = name
        self.__data = data
        self.__files = tuple(files)
        self.__dirs = tuple(dirs)
        self.__lines = None

    def __text_lines(self):
        if self.__lines is None:
            import os
            text = None
            candidates = [os.path.join(d, f) for d in self.__dirs for f in self.__files]
            for path in candidates:
                try:
                    with open(path, encoding='utf-8') as fp:
                        text = fp.read()
                except OSError:
                    continue
                break
            self.__lines = (text or self.__data).split('\n')
        return self.__lines

    def __repr__(self):
        lines = self.__text_lines()
        if len(lines) > self.MAXLINES:
            return 'Type {0}() to see the full {0} text'.format(self.__name)
        return '\n'.join(lines)

    def __call__(self):
        lines = self.__text_lines()
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        start = 0
        while start < len(lines):
            for line in lines[start:start + self.MAXLINES]:
                print(line)
            start += self.MAXLINES
            if start >= len(lines):
                break
            answer = input(prompt)
            while answer not in ('', 'q'):
                answer = input(prompt)
            if answer == 'q':
                break


class _Helper(object):
    """`help`: the way into pydoc's help."""

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


_CREDITS = """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information."""


def _install(builtins):
    """What site's setquit, setcopyright and sethelper do to the builtins module."""
    eof = 'Ctrl-D (i.e. EOF)'
    builtins.exit = Quitter('exit', eof)
    builtins.quit = Quitter('quit', eof)
    builtins.copyright = _Printer('copyright', sys.copyright)
    builtins.credits = _Printer('credits', _CREDITS)
    here = getattr(sys, '_stdlib_dir', None)
    dirs = [here + '/..', here, '.'] if here else ['.']
    builtins.license = _Printer('license', 'See https://www.python.org/psf/license/',
                                ['LICENSE.txt', 'LICENSE'], dirs)
    builtins.help = _Helper()
