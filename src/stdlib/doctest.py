"""doctest for gilpy: finds the interactive examples (">>> ...") in docstrings and text files, runs
them, and compares what they print with what the docstring shows, reporting as CPython 3.11's
doctest does (the same headers, the same summary lines, the same option flags).

One known difference: when an example raises unexpectedly, the traceback shown under "Exception
raised:" names this module's own frames with gilpy's file and line numbers.
"""

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
    'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF',
    'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
    'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure',
    'UnexpectedException', 'DebugRunner', 'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples', 'testsource',
    'debug_src', 'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------- option flags

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Gives `name` the next free bit (or its existing one) and returns it."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


# The flags in CPython's order (so each has CPython's bit), the comparison ones first.
_COMPARING = ('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP',
              'IGNORE_EXCEPTION_DETAIL')
_REPORTING = ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')
for _flag_name in _COMPARING + _REPORTING:
    globals()[_flag_name] = register_optionflag(_flag_name)
COMPARISON_FLAGS = sum(OPTIONFLAGS_BY_NAME[n] for n in _COMPARING)
REPORTING_FLAGS = sum(OPTIONFLAGS_BY_NAME[n] for n in _REPORTING)
del _flag_name

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------- small helpers


def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into `globs`."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = globs.get(feature_name, None)
        if feature is getattr(__future__, feature_name):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module from a module, a dotted name, or (None) the caller `depth` frames up."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            caller = sys._getframe(depth).f_globals['__name__']
        except (AttributeError, KeyError, ValueError):
            caller = '__main__'
        return sys.modules[caller]
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    for end in ('\r\n', '\r'):
        data = data.replace(end, '\n')
    return data


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*(test_path.split('/')))
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        if hasattr(module, '__path__'):
            for place in module.__path__:
                candidate = os.path.join(place, test_path)
                if os.path.exists(candidate):
                    return candidate
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(basedir, test_path)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is not None and hasattr(loader, 'get_data'):
            try:
                data = loader.get_data(filename)
            except OSError:
                data = None
            if data is not None:
                return _newline_convert(data.decode(encoding)), filename
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def _indent(text, width=4):
    """Every line of `text` that has characters shifted right by `width` spaces."""
    return re.sub('(?m)^(?!$)', ' ' * width, text)


def _exception_traceback(exc_info):
    """The traceback of an exception as print_exception writes it."""
    sink = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=sink)
    return sink.getvalue()


class _SpoofOut(StringIO):
    """Where an example's output goes: a StringIO whose text always ends with a newline."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    lo, hi = 0, len(got)
    head, tail = pieces[0], pieces[-1]
    if head:
        if not got.startswith(head):
            return False
        lo = len(head)
    if tail:
        if not got.endswith(tail):
            return False
        hi -= len(tail)
    if lo > hi:
        return False
    for piece in pieces[1:-1]:
        lo = got.find(piece, lo, hi)
        if lo < 0:
            return False
        lo += len(piece)
    return True


def _comment_line(line):
    """A source line turned into a comment (script_from_examples)."""
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """'pkg.Error: detail' -> 'Error': the exception's bare class name."""
    end = len(msg)
    newline = msg.find("\n")
    if newline >= 0:
        end = newline
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    dot = msg.rfind('.', 0, end)
    start = dot + 1 if dot >= 0 else 0
    return msg[start:end]


# ---------------------------------------------------------------- examples and tests


class Example:
    """One interactive example: its source, expected output, expected exception message, line
    (0-based, within its docstring), indentation and per-example options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)
                == (other.source, other.want, other.lineno, other.indent, other.options, other.exc_msg))

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in and where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        shown = 'no examples' if count == 0 else '1 example' if count == 1 else '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename, self.lineno, shown)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)
                == (other.examples, other.docstring, other.globs, other.name, other.filename, other.lineno))

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))
        theirs = (other.name, other.filename, -1 if other.lineno is None else other.lineno, id(other))
        return mine < theirs


# ---------------------------------------------------------------- parsing


class DocTestParser:
    """Splits a docstring into text and Examples."""

    # A prompt line, continuation lines, then the expected output: every following line that is
    # neither blank nor another prompt.
    _EXAMPLE_RE = re.compile(
        r'(?P<source>(?:^(?P<indent>[ ]*)>>>.*)(?:\n[ ]*\.\.\..*)*)\n?'
        r'(?P<want>(?:(?![ ]*$)(?![ ]*>>>).+$\n?)*)',
        re.MULTILINE)

    # An expected traceback: its header, anything, then the first line starting with a word.
    _EXCEPTION_RE = re.compile(
        r'^(?P<hdr>Traceback\ \((?:most\ recent\ call\ last|innermost\ last)\):)\s*$'
        r'(?P<stack>.*?)^(?P<msg>\w+.*)',
        re.MULTILINE | re.DOTALL)

    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

    _IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match

    _INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        margin = self._min_indent(string)
        if margin > 0:
            string = '\n'.join(line[margin:] for line in string.split('\n'))
        pieces = []
        pos = 0
        lineno = 0
        for found in self._EXAMPLE_RE.finditer(string):
            start, end = found.span()
            pieces.append(string[pos:start])
            lineno += string.count('\n', pos, start)
            source, options, want, exc_msg = self._parse_example(found, name, lineno)
            if not self._IS_BLANK_OR_COMMENT(source):  # a prompt with only a comment is no example
                pieces.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=margin + len(found.group('indent')), options=options))
            lineno += string.count('\n', start, end)
            pos = end
        pieces.append(string[pos:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, m, name, lineno):
        width = len(m.group('indent'))
        prompts = m.group('source').split('\n')
        self._check_prompt_blank(prompts, width, name, lineno)
        self._check_prefix(prompts[1:], ' ' * width + '.', name, lineno)
        source = '\n'.join(line[width + 4:] for line in prompts)

        want_lines = m.group('want').split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            want_lines.pop()
        self._check_prefix(want_lines, ' ' * width, name, lineno + len(prompts))
        want = '\n'.join(line[width:] for line in want_lines)

        found = self._EXCEPTION_RE.match(want)
        exc_msg = found.group('msg') if found else None
        return source, self._find_options(source, name, lineno), want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for directive in self._OPTION_DIRECTIVE_RE.finditer(source):
            for option in directive.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and self._IS_BLANK_OR_COMMENT(source):  # nothing to apply them to
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def _min_indent(self, s):
        widths = [len(w) for w in self._INDENT_RE.findall(s)]
        return min(widths) if widths else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + i + 1, name, line))


# ---------------------------------------------------------------- finding


class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._skip_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        src_lines = None
        try:
            path = inspect.getsourcefile(obj) or inspect.getfile(obj)
            if module is not None:
                src_lines = linecache.getlines(path, module.__dict__)
            else:
                src_lines = linecache.getlines(path)
            if not src_lines:
                src_lines = None
        except TypeError:
            pass

        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'

        tests = []
        self._find(tests, obj, name, module, src_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        home = inspect.getmodule(obj)
        if home is not None:
            return module is home
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__objclass__'):
            return module.__name__ == getattr(obj.__objclass__, '__module__', None)
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, src_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1

        test = self._get_test(obj, name, module, globs, src_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return

        if inspect.ismodule(obj):
            for member, val in list(obj.__dict__.items()):
                if (self._is_routine(val) or inspect.isclass(val)) and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, member), module, src_lines, globs, seen)
            for member, val in getattr(obj, '__test__', {}).items():
                if not isinstance(member, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(member),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or inspect.ismodule(val)
                        or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, member), module, src_lines, globs, seen)

        if inspect.isclass(obj):
            for member, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, member), module, src_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, src_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, src_lines)
        if self._skip_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, src_lines):
        """The 0-based line where obj's docstring starts, or None."""
        lineno = None
        doc = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and doc is not None:
            lineno = 0
        if inspect.isclass(obj) and doc is not None:
            if src_lines is None:
                return None
            head = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(src_lines):
                if head.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if src_lines is None:
                return lineno + 1
            quote = re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(src_lines)):
                if quote.match(src_lines[i]):
                    return i
        return None


# ---------------------------------------------------------------- checking output


class OutputChecker:
    """Decides whether an example's output matches, and words the difference when not."""

    def _to_text(self, s):
        return str(s)

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            wanted = want.splitlines(keepends=True)
            gotten = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                lines = list(difflib.unified_diff(wanted, gotten, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(wanted, gotten, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = list(differ.compare(wanted, gotten))
                kind = 'ndiff with -expected +actual'
            lines = [line.rstrip() + '\n' for line in lines]
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------- running


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output differs."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


_SUCCESS, _FAILURE, _BOOM = 'success', 'failure', 'boom'


class DocTestRunner:
    """Runs DocTests, writes what went wrong, and keeps per-test counts for summarize()."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # ---- reporting (override to change what is written)

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # ---- running

    def __run(self, test, compileflags, out):
        failures = tries = 0
        start_flags = self.optionflags
        matches = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = start_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, number)
            raised = None
            try:
                exec(compile(example.source, filename, "single", compileflags, True), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                raised = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            outcome = _FAILURE
            if raised is None:
                if matches(example.want, got, self.optionflags):
                    outcome = _SUCCESS
            else:
                shown = traceback.format_exception_only(*raised[:2])
                if issubclass(raised[0], SyntaxError):
                    kind = raised[0]
                    starts = (f"{kind.__qualname__}:", f"{kind.__module__}.{kind.__qualname__}:")
                    for i, line in enumerate(shown):
                        if line.startswith(starts):
                            shown = shown[i:]
                            break
                exc_msg = ''.join(shown)
                if not quiet:
                    got += _exception_traceback(raised)
                if example.exc_msg is None:
                    outcome = _BOOM
                elif matches(example.exc_msg, exc_msg, self.optionflags):
                    outcome = _SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if matches(_strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                               self.optionflags):
                        outcome = _SUCCESS

            if outcome is _SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is _FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, raised)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break

        self.optionflags = start_flags
        self.__count_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __count_outcome(self, test, failures, tries):
        old_f, old_t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_f + failures, old_t + tries)
        self.failures += failures
        self.tries += tries

    _EXAMPLE_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def __example_lines(self, filename, module_globals=None):
        m = self._EXAMPLE_FILENAME.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self._saved_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            encoding = getattr(saved_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = saved_stdout.write
            else:
                def out(s):
                    s = str(s.encode(encoding, 'backslashreplace'), encoding)
                    saved_stdout.write(s)
        sys.stdout = self._fakeout
        saved_trace = sys.gettrace()
        self._saved_getlines = linecache.getlines
        linecache.getlines = self.__example_lines
        saved_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            if sys.gettrace() is not saved_trace:
                sys.settrace(saved_trace)
            linecache.getlines = self._saved_getlines
            sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                clean.append((name, t))
            else:
                broken.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if clean:
                print(len(clean), "items passed all tests:")
                for name, t in sorted(clean):
                    print(" %3d tests in %s" % (t, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), "items had failures:")
            for name, (f, t) in sorted(broken):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                old_f, old_t = self._name2ft[name]
                f += old_f
                t += old_t
            self._name2ft[name] = (f, t)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it (UnexpectedException or
    DocTestFailure), for post-mortem debugging."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------- entry points

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default __main__) and of the functions
    and classes it defines; returns TestResults(failed, attempted)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    found = DocTestFinder(exclude_empty=exclude_empty).find(m, name, globs=globs, extraglobs=extraglobs)
    for test in found:
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(failed=runner.failures, attempted=runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples of a text file, as if it were one big docstring."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding or "utf-8")
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(failed=runner.failures, attempted=runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Runs the examples of f's own docstring (not of what it contains)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------- unittest support

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the reporting flags DocTestCase uses when its own has none; returns the old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_saved_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_saved_globs)

    def runTest(self):
        test = self._dt_test
        saved_stdout = sys.stdout
        sink = StringIO()
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=sink.write, clear_globs=False)
        finally:
            sys.stdout = saved_stdout
        if failures:
            raise self.failureException(self.format_failure(sink.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, short, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return "%s (%s)" % (parts[-1], '.'.join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module whose docstrings -OO removed."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):

    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of `module` that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(), encoding=None,
                **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _load_testfile(path, package, module_relative, encoding or "utf-8")
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    return DocFileCase(parser.get_doctest(text, globs, name, path, 0), **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------- scripts from examples


def script_from_examples(s):
    """The examples of `s` as a script: code as code, expected output and prose as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines += ['## ' + line for line in piece.want.split('\n')[:-1]]
        else:
            lines += [_comment_line(line) for line in piece.split('\n')[:-1]]
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        lines.pop(0)
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The script made from the examples of the object called `name` in `module`."""
    module = _normalize_module(module)
    found = [t for t in DocTestFinder().find(module) if t.name == name]
    if not found:
        raise ValueError(name, "not found in tests")
    return script_from_examples(found[0].docstring)


def debug_src(src, pm=False, globs=None):
    """Runs the examples of `src` under pdb."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    import pdb
    globs = {} if globs is None else globs.copy()
    if pm:
        try:
            exec(src, globs, globs)
        except BaseException:
            print(sys.exc_info()[1])
            pdb.post_mortem(sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, globs, globs)


def debug(module, name, pm=False):
    """Runs the examples of module's `name` under pdb."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


# ---------------------------------------------------------------- python -m doctest


def _test():
    import argparse
    # Run with -m, gilpy names this embedded module's script '<frozen doctest>'; usage lines say
    # 'doctest.py' as python3's do.
    prog = 'doctest.py' if sys.argv[0].startswith('<frozen ') else None
    parser = argparse.ArgumentParser(prog=prog, description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help=('specify a doctest option flag to apply to the test run; may be specified more '
                              'than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this is a shorthand for -o FAIL_FAST, '
                              'and is in addition to any other -o options)'))
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    flags = 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        flags |= FAIL_FAST
    for path in args.file:
        if path.endswith(".py"):
            folder, base = os.path.split(path)
            sys.path.insert(0, folder)
            module = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(module, verbose=args.verbose, optionflags=flags)
        else:
            failures, _ = testfile(path, module_relative=False, verbose=args.verbose, optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
