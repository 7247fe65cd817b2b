"""unittest.main: TestProgram (`unittest.main()` in a test file, and `python -m unittest`) —
reads the command line (-v, -q, -f, -c, -b, -k, test names, `discover -s -p -t`), loads the
tests, runs them with a TextTestRunner and exits with 0 or 1."""

import argparse
import os
import sys
import warnings

from . import loader as _loader
from . import runner as _runner
from . import signals

__unittest = True

# The example lines after the help of `-h`: (arguments, what they do).
_SCRIPT_EXAMPLES = (
    ("", "run default set of tests"),
    ("MyTestSuite", "run suite 'MyTestSuite'"),
    ("MyTestCase.testSomething", "run MyTestCase.testSomething"),
    ("MyTestCase", "run all 'test*' test methods\n" + " " * 39 + "in MyTestCase"),
)
_MODULE_EXAMPLES = (
    ("test_module", "run tests from test_module"),
    ("module.TestClass", "run tests from module.TestClass"),
    ("module.Class.test_method", "run specified test method"),
    ("path/to/test_file.py", "run tests from test_file.py"),
)


def _examples(prog, rows):
    lines = ["Examples:"]
    lines.extend(f"  {prog} {args:<26}- {what}" for args, what in rows)
    return "\n".join(lines) + "\n"


def _resolve_module(module):
    """The module object for a dotted name (a module object is kept as it is)."""
    if not isinstance(module, str):
        return module
    found = __import__(module)
    for attr in module.split(".")[1:]:
        found = getattr(found, attr)
    return found


def _convert_name(name):
    """A path to an existing .py file (under the current folder) becomes a dotted module name."""
    if not (os.path.isfile(name) and name.lower().endswith(".py")):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")


def _convert_names(names):
    return list(map(_convert_name, names))


def _convert_select_pattern(text):
    """-k: a plain substring matches anywhere; a pattern with * is used as it is."""
    return text if "*" in text else f"*{text}*"


class TestProgram:
    """Loads tests from `module` (or the names on the command line) and runs them."""

    module = _discovery_parser = None
    verbosity = 1
    # None: not given to the constructor, so offered as a command-line option.
    failfast = catchbreak = buffer = None
    progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=_loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _resolve_module(module)
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        # Without -W, show DeprecationWarnings during the run (Python hides them by default).
        self.warnings = "default" if warnings is None and not sys.warnoptions else warnings
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        """Deprecated: print msg and the help, exit with status 2."""
        warnings.warn("TestProgram.usageExit() is deprecated and will be removed in Python 3.13",
                      DeprecationWarning)
        if msg:
            print(msg)
        if not self._discovery_parser:
            self._initArgParsers()
        self._print_help()
        sys.exit(2)

    def _print_help(self, *ignored, **also_ignored):
        """-h: the usage and options, examples, and under -m unittest the discover help too."""
        as_module = self.module is None
        print(self._main_parser.format_help())
        print(_examples(self.progName, _MODULE_EXAMPLES if as_module else _SCRIPT_EXAMPLES))
        if as_module:
            self._discovery_parser.print_help()

    def parseArgs(self, argv):
        """Set the options from argv, then load the tests it names (or the default ones)."""
        self._initArgParsers()
        args = argv[1:]
        as_module = self.module is None
        if as_module and args and args[0].lower() == "discover":
            self._do_discovery(args[1:])
            return
        self._main_parser.parse_args(args, self)
        if as_module and not self.tests:
            # `-m unittest` with options only: discover from the current folder.
            self._do_discovery([])
            return
        default = self.defaultTest
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == "__main__":
                self.module = None
        elif default is None:
            # Everything in self.module.
            self.testNames = None
        else:
            self.testNames = (default,) if isinstance(default, str) else list(default)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        patterns = self.testNamePatterns
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if from_discovery:
            finder = self.testLoader if Loader is None else Loader()
            self.test = finder.discover(self.start, self.pattern, self.top)
            return
        names = self.testNames
        if names is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)

    def _initArgParsers(self):
        common = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(common)
        self._discovery_parser = self._getDiscoveryArgParser(common)

    def _getParentArgParser(self):
        """The options shared by the plain and the discover command lines. Those given to the
        constructor (failfast, catchbreak, buffer) are not offered."""
        common = argparse.ArgumentParser(add_help=False)
        for flags, level, text in ((("-v", "--verbose"), 2, "Verbose output"), (("-q", "--quiet"), 0, "Quiet output")):
            common.add_argument(*flags, dest="verbosity", action="store_const", const=level, help=text)
        common.add_argument("--locals", dest="tb_locals", action="store_true",
                            help="Show local variables in tracebacks")
        switches = (
            ("failfast", "-f", "--failfast", "Stop on first fail or error"),
            ("catchbreak", "-c", "--catch", "Catch Ctrl-C and display results so far"),
            ("buffer", "-b", "--buffer", "Buffer stdout and stderr during tests"),
        )
        for dest, short, long, text in switches:
            if getattr(self, dest) is None:
                common.add_argument(short, long, dest=dest, action="store_true", help=text)
                setattr(self, dest, False)
        if self.testNamePatterns is None:
            common.add_argument("-k", dest="testNamePatterns", action="append", type=_convert_select_pattern,
                                help="Only run tests which match the given substring")
            self.testNamePatterns = []
        return common

    def _getMainArgParser(self, parent):
        main_parser = argparse.ArgumentParser(prog=self.progName, parents=[parent])
        # -h prints our help (with the examples) instead of argparse's.
        main_parser.print_help = self._print_help
        main_parser.add_argument("tests", nargs="*",
                                 help="a list of any number of test modules, classes and test methods.")
        return main_parser

    def _getDiscoveryArgParser(self, parent):
        finder = argparse.ArgumentParser(
            prog=f"{self.progName} discover", parents=[parent],
            epilog="For test discovery all test modules must be importable from the top level directory of the project.")
        places = (
            ("-s", "--start-directory", "start", "Directory to start discovery ('.' default)"),
            ("-p", "--pattern", "pattern", "Pattern to match tests ('test*.py' default)"),
            ("-t", "--top-level-directory", "top", "Top level directory of project (defaults to start directory)"),
        )
        for short, long, dest, text in places:
            finder.add_argument(short, long, dest=dest, help=text)
        # The same three may also be given by position.
        for _, _, dest, _ in places:
            finder.add_argument(dest, nargs="?", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return finder

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = ".", "test*.py", None
        if argv is not None:
            if not self._discovery_parser:
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, namespace=self)
        self.createTests(True, Loader)

    def _make_runner(self):
        """An instance of testRunner, or a class given there made with the options it accepts."""
        if not isinstance(self.testRunner, type):
            return self.testRunner
        options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                       warnings=self.warnings, tb_locals=self.tb_locals)
        try:
            return self.testRunner(**options)
        except TypeError:
            pass
        del options["tb_locals"]
        try:
            return self.testRunner(**options)
        except TypeError:
            return self.testRunner()

    def runTests(self):
        if self.catchbreak:
            signals.installHandler()
        self.testRunner = self.testRunner or _runner.TextTestRunner
        self.result = self._make_runner().run(self.test)
        if self.exit:
            # SystemExit(False) when everything passed (status 0), SystemExit(True) otherwise.
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
