"""tabnanny for gilpy: finds indentation whose meaning depends on the tab size.

check(path) reads a file (or every .py file below a folder) with tokenize and compares each
indentation with the enclosing one under every tab size that could tell them apart; a line
that is deeper under one tab size and not under another is reported as python3's tabnanny
reports it (`file line 'text'`, or the long form with -v). `gilpy -m tabnanny [-v] [-q] path`.
"""

import os
import sys
import tokenize

__all__ = ["check", "NannyNag", "process_tokens"]

verbose = 0
filename_only = 0


def errprint(*args):
    sys.stderr.write(" ".join(str(arg) for arg in args) + "\n")


def main():
    import getopt
    global verbose, filename_only
    try:
        opts, args = getopt.getopt(sys.argv[1:], "qv")
    except getopt.error as msg:
        errprint(msg)
        return
    for flag, _ in opts:
        if flag == '-q':
            filename_only += 1
        if flag == '-v':
            verbose += 1
    if not args:
        errprint("Usage:", sys.argv[0], "[-v] file_or_directory ...")
        return
    for path in args:
        check(path)


class NannyNag(Exception):
    """Raised by process_tokens at an ambiguous indentation: line number, message, line."""

    def __init__(self, lineno, msg, line):
        self.lineno, self.msg, self.line = lineno, msg, line

    def get_lineno(self):
        return self.lineno

    def get_msg(self):
        return self.msg

    def get_line(self):
        return self.line


def check(file):
    """Checks a file, or every .py file and folder below a folder, printing what is ambiguous."""
    if os.path.isdir(file) and not os.path.islink(file):
        if verbose:
            print("%r: listing directory" % (file,))
        for name in os.listdir(file):
            inner = os.path.join(file, name)
            if (os.path.isdir(inner) and not os.path.islink(inner)) or os.path.normcase(name[-3:]) == ".py":
                check(inner)
        return
    try:
        source = tokenize.open(file)
    except OSError as msg:
        errprint("%r: I/O Error: %s" % (file, msg))
        return
    if verbose > 1:
        print("checking %r ..." % file)
    with source:
        try:
            process_tokens(tokenize.generate_tokens(source.readline))
        except tokenize.TokenError as msg:
            errprint("%r: Token Error: %s" % (file, msg))
            return
        except IndentationError as msg:
            errprint("%r: Indentation Error: %s" % (file, msg))
            return
        except NannyNag as nag:
            where, text = nag.get_lineno(), nag.get_line()
            if verbose:
                print("%r: *** Line %d: trouble in tab city! ***" % (file, where))
                print("offending line: %r" % (text,))
                print(nag.get_msg())
            else:
                shown = '"' + file + '"' if ' ' in file else file
                if filename_only:
                    print(shown)
                else:
                    print(shown, where, repr(text))
            return
    if verbose:
        print("%r: Clean bill of health." % (file,))


class Whitespace:
    """The leading blanks of a line, reduced to what matters for every tab size: how many tabs
    follow each run length of spaces, and the spaces after the last tab."""

    S, T = ' \t'

    def __init__(self, ws):
        self.raw = ws
        runs = []
        spaces = total = tabs = 0
        for ch in ws:
            if ch == ' ':
                total += 1
                spaces += 1
            elif ch == '\t':
                total += 1
                tabs += 1
                while len(runs) <= spaces:
                    runs.append(0)
                runs[spaces] += 1
                spaces = 0
            else:
                break
        self.n = total
        self.nt = tabs
        self.norm = tuple(runs), spaces
        self.is_simple = len(runs) <= 1

    def longest_run_of_spaces(self):
        runs, trailing = self.norm
        return max(len(runs) - 1, trailing)

    def indent_level(self, tabsize):
        """The column this indentation reaches when tabs stop every `tabsize` columns."""
        runs, trailing = self.norm
        extra = sum(length // tabsize * times for length, times in enumerate(runs) if length >= tabsize)
        return trailing + tabsize * (extra + self.nt)

    def _sizes(self, other, first):
        top = max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 1
        return range(first, top + 1)

    def equal(self, other):
        return self.norm == other.norm

    def not_equal_witness(self, other):
        return [(size, self.indent_level(size), other.indent_level(size)) for size in self._sizes(other, 1)
                if self.indent_level(size) != other.indent_level(size)]

    def less(self, other):
        if self.n >= other.n:
            return False
        if self.is_simple and other.is_simple:
            return self.nt <= other.nt
        return all(self.indent_level(size) < other.indent_level(size) for size in self._sizes(other, 2))

    def not_less_witness(self, other):
        return [(size, self.indent_level(size), other.indent_level(size)) for size in self._sizes(other, 1)
                if self.indent_level(size) >= other.indent_level(size)]


def format_witnesses(w):
    sizes = ', '.join(str(entry[0]) for entry in w)
    return ("at tab sizes " if len(w) > 1 else "at tab size ") + sizes


def process_tokens(tokens):
    """Raises NannyNag at the first indentation that is ambiguous."""
    junk = (tokenize.COMMENT, tokenize.NL)
    levels = [Whitespace("")]
    compare_next = False
    for kind, text, start, _end, line in tokens:
        if kind == tokenize.NEWLINE:
            compare_next = True
        elif kind == tokenize.INDENT:
            compare_next = False
            deeper = Whitespace(text)
            if not levels[-1].less(deeper):
                raise NannyNag(start[0], "indent not greater e.g. " +
                               format_witnesses(levels[-1].not_less_witness(deeper)), line)
            levels.append(deeper)
        elif kind == tokenize.DEDENT:
            compare_next = True
            levels.pop()
        elif compare_next and kind not in junk:
            compare_next = False
            here = Whitespace(line)
            if not levels[-1].equal(here):
                raise NannyNag(start[0], "indent not equal e.g. " +
                               format_witnesses(levels[-1].not_equal_witness(here)), line)


if __name__ == '__main__':
    main()
