"""unittest.result: TestResult, the record a run fills in (failures, errors, skips, expected
failures, unexpected successes), with output buffering and the rendering of a failure's
traceback without unittest's own frames."""

import io
import sys
import traceback
import functools

from . import util

__unittest = True

_CAPTURED_OUT = "\nStdout:\n%s"
_CAPTURED_ERR = "\nStderr:\n%s"


def failfast(method):
    """Marks a result method after which a failfast run stops."""

    @functools.wraps(method)
    def stopping(self, *args, **kwargs):
        if getattr(self, "failfast", False):
            self.stop()
        return method(self, *args, **kwargs)

    return stopping


def _belongs_to_unittest(tb):
    return "__unittest" in tb.tb_frame.f_globals


class TestResult:
    """What happened in a run: each list holds (test, formatted traceback) pairs, except skipped
    (test, reason) and unexpectedSuccesses (tests)."""

    # Where a suite's run is (which class ran last, whether the module's set-up failed).
    _previousTestClass = None
    _testRunEntered = _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.testsRun = 0
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        # With buffer on, a test's output goes to these; shown only when the test fails.
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by a runner once the run is over (nothing to print here)."""

    def startTest(self, test):
        self.testsRun += 1
        self._quiet_unless_failing()
        self._setupStdout()

    def _quiet_unless_failing(self):
        self._mirrorOutput = False

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        """Called once before any test of a run."""

    def stopTest(self, test):
        self._restoreStdout()
        self._quiet_unless_failing()

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            for captured, target, template in ((sys.stdout, self._original_stdout, _CAPTURED_OUT),
                                               (sys.stderr, self._original_stderr, _CAPTURED_ERR)):
                text = captured.getvalue()
                if text:
                    if not text.endswith("\n"):
                        text += "\n"
                    target.write(template % text)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        """Called once after the last test of a run."""

    def _keep(self, bucket, test, err):
        """File a problem with its rendered traceback; the captured output will be shown."""
        bucket.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addError(self, test, err):
        self._keep(self.errors, test, err)

    @failfast
    def addFailure(self, test, err):
        self._keep(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        """A subtest ended; err is None when it passed."""
        if err is None:
            return
        if getattr(self, "failfast", False):
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._keep(self.failures if failed else self.errors, subtest, err)

    def addSuccess(self, test):
        """A test passed (nothing is recorded)."""

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """No failures, no errors, no unexpected successes."""
        if self.failures or self.errors:
            return False
        return not getattr(self, "unexpectedSuccesses", ())

    def stop(self):
        """Ask the run to end after the current test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        kind, value, tb = err
        tb = self._clean_tracebacks(kind, value, tb, test)
        try:
            rendered = traceback.TracebackException(kind, value, tb, capture_locals=self.tb_locals, compact=True)
        except AttributeError:
            # gilpy cannot read a function frame's locals: --locals shows the traceback without them.
            rendered = traceback.TracebackException(kind, value, tb, compact=True)
        parts = list(rendered.format())
        if self.buffer:
            out = sys.stdout.getvalue()
            err_text = sys.stderr.getvalue()
            if out:
                parts.append(_CAPTURED_OUT % (out if out.endswith("\n") else out + "\n"))
            if err_text:
                parts.append(_CAPTURED_ERR % (err_text if err_text.endswith("\n") else err_text + "\n"))
        return "".join(parts)

    def _clean_tracebacks(self, kind, value, tb, test):
        """Drop unittest's frames: those a traceback starts with (the runner calling the test),
        and for assertion failures those it ends with (the assert method raising). Chained
        exceptions are cleaned the same way."""
        first = None
        outermost = True
        pending = [(kind, value, tb)]
        seen = {id(value)}
        while pending:
            kind, value, tb = pending.pop()
            while tb is not None and _belongs_to_unittest(tb):
                tb = tb.tb_next
            if kind is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if outermost:
                first = tb
                outermost = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for linked in (value.__cause__, value.__context__):
                    if linked is not None and id(linked) not in seen:
                        seen.add(id(linked))
                        pending.append((type(linked), linked, linked.__traceback__))
        return first

    def _remove_unittest_tb_frames(self, tb):
        """Cut the chain before the first unittest frame that follows the user's frames."""
        last_own = None
        while tb is not None and not _belongs_to_unittest(tb):
            last_own = tb
            tb = tb.tb_next
        if last_own is not None:
            last_own.tb_next = None

    def __repr__(self):
        return (f"<{util.strclass(self.__class__)} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")
