"""unittest.runner: the text runner — TextTestResult reports each test as it ends (dots, or one
line per test when verbose) and lists the failures at the end; TextTestRunner runs a suite under
the chosen warnings filter and prints the "Ran N tests" summary."""

import sys
import time
import warnings

from . import result
from .case import _SubTest
from .signals import registerResult

__unittest = True


class _WritelnDecorator:
    """A stream with writeln() added; everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # Not found on the instance: ask the stream (but never for these, which would loop).
        if attr not in ("stream", "__getstate__"):
            return getattr(self.stream, attr)
        raise AttributeError(attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write("\n")


class TextTestResult(result.TestResult):
    """A TestResult that reports on a stream as the run goes."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        # verbosity 2 and up: a line per test; 1: a letter per test; 0: nothing until the end.
        self.showAll, self.dots = verbosity >= 2, verbosity == 1
        self._newline = True

    def getDescription(self, test):
        summary = test.shortDescription()
        if self.descriptions and summary:
            return f"{test}\n{summary}"
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._announce(test)
            self.stream.flush()
            self._newline = False

    def _announce(self, test):
        self.stream.write(f"{self.getDescription(test)} ... ")

    def _write_status(self, test, status):
        """The verbose status word; a subtest, or a second status for one test, gets its own line."""
        nested = isinstance(test, _SubTest)
        if nested or self._newline:
            if not self._newline:
                self.stream.writeln()
            if nested:
                self.stream.write("  ")
            self._announce(test)
        self.stream.write(status + "\n")
        self.stream.flush()
        self._newline = True

    def _report(self, test, word, letter):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._report(subtest, *(("FAIL", "F") if failed else ("ERROR", "E")))
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, f"skipped {reason!r}", "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, "unexpected success", "u")

    def printErrors(self):
        """After the run: each error and failure with its traceback, then the unexpected successes."""
        if self.showAll or self.dots:
            self.stream.write("\n")
            self.stream.flush()
        for flavour, entries in (("ERROR", self.errors), ("FAIL", self.failures)):
            self.printErrorList(flavour, entries)
        surprises = getattr(self, "unexpectedSuccesses", ())
        if not surprises:
            return
        lines = [self.separator1] + [f"UNEXPECTED SUCCESS: {self.getDescription(t)}" for t in surprises]
        self.stream.write("\n".join(lines) + "\n")
        self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            heading = f"{flavour}: {self.getDescription(test)}"
            self.stream.write("\n".join((self.separator1, heading, self.separator2, f"{text}")) + "\n")
            self.stream.flush()


class TextTestRunner:
    """Runs a test (or suite) with a TextTestResult writing to `stream` (stderr by default)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        # A warnings action for the run's duration (unittest.main passes "default"); None keeps
        # the filters as they are.
        self.warnings = warnings
        if resultclass is not None:
            # Otherwise the class attribute (which a subclass may set) is used.
            self.resultclass = resultclass

    def _makeResult(self):
        make = self.resultclass
        return make(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast = self.failfast
        outcome.buffer = self.buffer
        outcome.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            action = self.warnings
            if action:
                warnings.simplefilter(action)
                if action in ("default", "always"):
                    # The deprecated assert aliases warn once per module, not at every call.
                    warnings.filterwarnings("module", category=DeprecationWarning,
                                            message=r"Please use assert\w+ instead.")
            began = time.perf_counter()
            hook = getattr(outcome, "startTestRun", None)
            if hook is not None:
                hook()
            try:
                test(outcome)
            finally:
                hook = getattr(outcome, "stopTestRun", None)
                if hook is not None:
                    hook()
            elapsed = time.perf_counter() - began
        outcome.printErrors()
        if hasattr(outcome, "separator2"):
            self.stream.writeln(outcome.separator2)
        count = outcome.testsRun
        self.stream.writeln(f"Ran {count} test{'' if count == 1 else 's'} in {elapsed:.3f}s")
        self.stream.writeln()
        self._summary(outcome)
        return outcome

    def _summary(self, outcome):
        """'OK' or 'FAILED', then the counts worth mentioning in parentheses."""
        try:
            xfails, xpasses, skips = (len(outcome.expectedFailures), len(outcome.unexpectedSuccesses),
                                      len(outcome.skipped))
        except AttributeError:
            xfails = xpasses = skips = 0
        notes = []
        passed = outcome.wasSuccessful()
        self.stream.write("OK" if passed else "FAILED")
        if not passed:
            if outcome.failures:
                notes.append(f"failures={len(outcome.failures)}")
            if outcome.errors:
                notes.append(f"errors={len(outcome.errors)}")
        for label, count in (("skipped", skips), ("expected failures", xfails), ("unexpected successes", xpasses)):
            if count:
                notes.append(f"{label}={count}")
        if notes:
            self.stream.writeln(f" ({', '.join(notes)})")
        else:
            self.stream.write("\n")
        self.stream.flush()
