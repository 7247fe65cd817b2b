"""unittest.case: TestCase (running one test method between setUp and tearDown, its cleanups
and subtests, and every assert method with CPython's failure messages and diffs),
FunctionTestCase, SkipTest and the skip/expectedFailure decorators, module-level cleanups."""

import collections
import contextlib
import difflib
import functools
import pprint
import re
import sys
import types
import warnings

from .result import TestResult as _TestResult
from ._contexts import _AssertRaisesContext, _AssertWarnsContext
from .util import (_common_shorten_repr, _count_diff_all_purpose, _count_diff_hashable,
                   safe_repr, strclass)

__unittest = True

# subTest() called without a message.
_NO_MESSAGE = object()

DIFF_OMITTED = "\nDiff is %s characters long. Set self.maxDiff to None to see it."


class SkipTest(Exception):
    """Raise (or call TestCase.skipTest) to skip the running test; the argument is the reason."""


class _StopTest(Exception):
    """Unwinds a test that must not go on (failfast inside a subtest, an expected failure met)."""


class _PassedUnexpectedly(Exception):
    """Stands in for the failure reported to results that know no unexpected successes."""


def _report_skip(outcome_result, test, reason):
    add = getattr(outcome_result, "addSkip", None)
    if add is None:
        warnings.warn("TestResult has no addSkip method, skips not reported", RuntimeWarning, 2)
        outcome_result.addSuccess(test)
    else:
        add(test, reason)


def _report_problem(outcome_result, test, exc_info):
    """An exception from a test: a failure when it is the test's failureException kind."""
    if outcome_result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        outcome_result.addFailure(test, exc_info)
    else:
        outcome_result.addError(test, exc_info)


class _Outcome:
    """The state of one test's run: whether every part so far succeeded, and the exception of
    an expected failure."""

    def __init__(self, result=None):
        self.result, self.success = result, True
        # Old-style results without addSubTest run subTest blocks as plain code.
        self.result_supports_subtests = getattr(result, "addSubTest", None) is not None
        self.expecting_failure, self.expectedFailure = False, None

    @contextlib.contextmanager
    def testPartExecutor(self, test_case, subTest=False):
        """Runs one part (setUp, the method, tearDown, a cleanup, a subtest's body) and reports
        what it raised, so that the next part still runs."""
        before, self.success = self.success, True
        try:
            yield
        except _StopTest:
            pass
        except SkipTest as exc:
            self.success = False
            _report_skip(self.result, test_case, str(exc))
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            self._caught(test_case, subTest, sys.exc_info())
        else:
            if subTest and self.success:
                # A subtest that passed is reported too (err None).
                self.result.addSubTest(test_case.test_case, test_case, None)
        finally:
            self.success = before and self.success

    def _caught(self, test_case, in_subtest, exc_info):
        if self.expecting_failure:
            # Kept: the test's expected failure, reported when the test is over.
            self.expectedFailure = exc_info
            return
        self.success = False
        if in_subtest:
            self.result.addSubTest(test_case.test_case, test_case, exc_info)
        else:
            _report_problem(self.result, test_case, exc_info)


def _id(obj):
    return obj


def _enter_context(cm, addcleanup):
    """Enter `cm` and register its exit as a cleanup; the value of __enter__ is returned."""
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support the "
                        f"context manager protocol") from None
    value = enter(cm)
    addcleanup(leave, cm, None, None, None)
    return value


_module_cleanups = []


def _pop_and_call(stack, call=None):
    """Take the last (function, args, kwargs) from a cleanup stack and call it (through `call`)."""
    fn, positional, named = stack.pop()
    if call is None:
        return fn(*positional, **named)
    return call(fn, *positional, **named)


def addModuleCleanup(function, /, *args, **kwargs):
    """Call `function(*args, **kwargs)` after the module's tests (after tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager now; it exits with the module cleanups."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last added first; the first exception is raised afterwards."""
    problems = []
    while _module_cleanups:
        try:
            _pop_and_call(_module_cleanups)
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise problems[0]


def skip(reason):
    """Skip the decorated test method or class unconditionally."""

    def mark(item):
        if not isinstance(item, type):
            @functools.wraps(item)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)

            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item

    if type(reason) is types.FunctionType:
        # Used bare (@skip): the argument is the test itself.
        item, reason = reason, ""
        return mark(item)
    return mark


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _SubTestParams(collections.ChainMap):
    """The parameters of nested subtests: inner values win; keys listed innermost first."""

    def __iter__(self):
        listed = set()
        for layer in self.maps:
            for key in layer:
                if key not in listed:
                    listed.add(key)
                    yield key


def _deprecated_alias(method):
    def alias(*args, **kwargs):
        warnings.warn(f"Please use {method.__name__} instead.", DeprecationWarning, 2)
        return method(*args, **kwargs)

    return alias


def _first_line(doc):
    """A docstring's first non-blank line, stripped; None for no docstring."""
    return doc.strip().split("\n")[0].strip() if doc else None


def _one_tolerance(places, delta):
    if places is not None and delta is not None:
        raise TypeError("specify delta or places not both")


_NO_LENGTH = (TypeError, NotImplementedError)
_UNINDEXABLE = (TypeError, IndexError, NotImplementedError)

# The type-specific equality checks assertEqual uses, by method name.
_TYPE_CHECKERS = {
    dict: "assertDictEqual",
    list: "assertListEqual",
    tuple: "assertTupleEqual",
    set: "assertSetEqual",
    frozenset: "assertSetEqual",
    str: "assertMultiLineEqual",
}


class TestCase:
    """One test: an instance runs the method named when it was made. Subclasses define
    test_* methods, and setUp/tearDown (around each) and setUpClass/tearDownClass (around all)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Above this length strings are compared without a diff (difflib would be too slow).
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, **kwargs):
        # Each class has its own fixture state and class cleanups.
        cls._classSetupFailed, cls._class_cleanups = False, []
        super().__init_subclass__(**kwargs)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = "No test"
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                # runTest may be left undefined when the instance is only used for its asserts.
                raise ValueError(f"no such test method in {self.__class__}: {methodName}")
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        # Named, not bound: looked up on the instance when used (subclasses may override them).
        self._type_equality_funcs = dict(_TYPE_CHECKERS)

    def addTypeEqualityFunc(self, typeobj, function):
        """assertEqual on two values of exactly `typeobj` calls function(first, second, msg=...)."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call `function(*args, **kwargs)` after tearDown (even when setUp failed), last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        """Runs before each test method."""

    def tearDown(self):
        """Runs after each test method whose setUp succeeded."""

    @classmethod
    def setUpClass(cls):
        """Runs once before the class's tests."""

    @classmethod
    def tearDownClass(cls):
        """Runs once after the class's tests."""

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return _TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        return _first_line(self._testMethodDoc)

    def id(self):
        return f"{strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((self.__class__, self._testMethodName))

    def __str__(self):
        return f"{self._testMethodName} ({strclass(self.__class__)}.{self._testMethodName})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} testMethod={self._testMethodName}>"

    @contextlib.contextmanager
    def subTest(self, msg=_NO_MESSAGE, **params):
        """A block reported on its own: a failure inside ends the block, not the test."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        outer = self._subtest
        chain = _SubTestParams(params) if outer is None else outer.params.new_child(params)
        self._subtest = _SubTest(self, msg, chain)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if outcome.success:
                if outcome.expectedFailure:
                    # An expected failure happened: the test is over.
                    raise _StopTest
            elif outcome.result is not None and outcome.result.failfast:
                raise _StopTest
        finally:
            self._subtest = outer

    def _addExpectedFailure(self, result, exc_info):
        add = getattr(result, "addExpectedFailure", None)
        if add is None:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes", RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        add = getattr(result, "addUnexpectedSuccess", None)
        if add is not None:
            add(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure", RuntimeWarning)
        # An old-style result wants a real exception with a traceback.
        try:
            raise _PassedUnexpectedly from None
        except _PassedUnexpectedly:
            result.addFailure(self, sys.exc_info())

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f"It is deprecated to return a value that is not None from a test case ({method})",
                          DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        """The reason when the class or the method is marked skipped, else None."""
        if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
            return getattr(self.__class__, "__unittest_skip_why__", "") or getattr(method, "__unittest_skip_why__", "")
        return None

    def run(self, result=None):
        """Run the test, reporting to `result` (a fresh TestResult, returned, when None)."""
        finish_run = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, "startTestRun", None)
            finish_run = getattr(result, "stopTestRun", None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                _report_skip(result, self, why)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            self._outcome = state = _Outcome(result)
            try:
                part = state.testPartExecutor
                with part(self):
                    self._callSetUp()
                if state.success:
                    # Only the test method itself may fail "expectedly".
                    state.expecting_failure = expecting
                    with part(self):
                        self._callTestMethod(method)
                    state.expecting_failure = False
                    with part(self):
                        self._callTearDown()
                self.doCleanups()
                if state.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif state.expectedFailure:
                        self._addExpectedFailure(result, state.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                # Drop the frames the saved exception holds on to.
                state.expectedFailure = state = self._outcome = None
        finally:
            result.stopTest(self)
            if finish_run is not None:
                finish_run()

    def doCleanups(self):
        """Run the cleanups, last added first; False when one of them failed."""
        state = self._outcome or _Outcome()
        while self._cleanups:
            with state.testPartExecutor(self):
                _pop_and_call(self._cleanups, self._callCleanup)
        return state.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; what they raise is kept in cls.tearDown_exceptions."""
        problems = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            try:
                _pop_and_call(pending)
            except Exception:
                problems.append(sys.exc_info())

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the test without a result: exceptions propagate to the caller."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            _pop_and_call(self._cleanups, self._callCleanup)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure text: with longMessage the user's msg follows the standard one."""
        if not self.longMessage:
            return standardMsg if not msg else msg
        if msg is None:
            return standardMsg
        try:
            return f"{standardMsg} : {msg}"
        except UnicodeDecodeError:
            return f"{safe_repr(standardMsg)} : {safe_repr(msg)}"

    def _fail_with(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail_with(msg, f"{safe_repr(expr)} is not false")

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail_with(msg, f"{safe_repr(expr)} is not true")

    def assertRaises(self, expected_exception, *args, **kwargs):
        """With a callable: call it and check it raises. Without: a context manager whose
        block must raise; `.exception` is what it raised."""
        checker = _AssertRaisesContext(expected_exception, self)
        return checker.handle("assertRaises", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        checker = _AssertWarnsContext(expected_warning, self)
        return checker.handle("assertWarns", args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager checking that the block logs at `level` (INFO) or above on `logger`
        (the root logger); it yields a watcher with `.records` and `.output`."""
        return self._logs_checker(logger, level, False)

    def assertNoLogs(self, logger=None, level=None):
        return self._logs_checker(logger, level, True)

    def _logs_checker(self, logger, level, none_wanted):
        from . import _log
        return _log._AssertLogsContext(self, logger, level, no_logs=none_wanted)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            checker = self._type_equality_funcs.get(type(first))
            if checker is not None:
                return getattr(self, checker) if isinstance(checker, str) else checker
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            left, right = _common_shorten_repr(first, second)
            self._fail_with(msg, f"{left} != {right}")

    def assertEqual(self, first, second, msg=None):
        """first == second; values of the same type may have a type-specific check and diff."""
        checker = self._getAssertEqualityFunc(first, second)
        checker(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail_with(msg, f"{safe_repr(first)} == {safe_repr(second)}")

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """|first - second| rounded to `places` (7) decimals is 0, or at most `delta`."""
        if first == second:
            return
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            why = f"{safe_repr(first)} != {safe_repr(second)} within {safe_repr(delta)} delta ({safe_repr(gap)} difference)"
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            why = f"{safe_repr(first)} != {safe_repr(second)} within {places!r} places ({safe_repr(gap)} difference)"
        self._fail_with(msg, why)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is not None:
            if not (first == second) and gap > delta:
                return
            why = f"{safe_repr(first)} == {safe_repr(second)} within {safe_repr(delta)} delta ({safe_repr(gap)} difference)"
        else:
            places = 7 if places is None else places
            if not (first == second) and round(gap, places) != 0:
                return
            why = f"{safe_repr(first)} == {safe_repr(second)} within {places!r} places"
        self._fail_with(msg, why)

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + DIFF_OMITTED % len(diff)

    def _pformat_diff(self, first, second):
        """A line diff of the two values pretty-printed, after a newline."""
        lines = difflib.ndiff(pprint.pformat(first).splitlines(), pprint.pformat(second).splitlines())
        return "\n" + "\n".join(lines)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Two sequences are equal; the message names the first differing element, or the
        extra ones, and shows a diff."""
        if seq_type is None:
            kind = "sequence"
        else:
            kind = seq_type.__name__
            for which, seq in (("First", seq1), ("Second", seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(f"{which} sequence is not a {kind}: {safe_repr(seq)}")
        report = self._sequence_difference(seq1, seq2, kind, seq_type)
        if report is None:
            return
        report = self._truncateMessage(report, self._pformat_diff(seq1, seq2))
        self.fail(self._formatMessage(msg, report))

    def _sequence_difference(self, seq1, seq2, kind, seq_type):
        """The standard message for unequal sequences, or None when they count as equal."""
        sizes = []
        for which, seq in (("First", seq1), ("Second", seq2)):
            try:
                sizes.append(len(seq))
            except _NO_LENGTH:
                return f"{which} {kind} has no length.    Non-sequence?"
        len1, len2 = sizes
        if seq1 == seq2:
            return None
        left, right = _common_shorten_repr(seq1, seq2)
        report = f"{kind.capitalize()}s differ: {left} != {right}\n"
        for i in range(min(sizes)):
            try:
                item1 = seq1[i]
            except _UNINDEXABLE:
                report += f"\nUnable to index element {i} of first {kind}\n"
                break
            try:
                item2 = seq2[i]
            except _UNINDEXABLE:
                report += f"\nUnable to index element {i} of second {kind}\n"
                break
            if item1 != item2:
                left, right = _common_shorten_repr(item1, item2)
                report += f"\nFirst differing element {i}:\n{left}\n{right}\n"
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                # Same items in sequences of different types: equal enough.
                return None
        if len1 != len2:
            longer, which, extra_at = (seq1, "first", len2) if len1 > len2 else (seq2, "second", len1)
            report += f"\n{which.capitalize()} {kind} contains {abs(len1 - len2)} additional elements.\n"
            try:
                report += f"First extra element {extra_at}:\n{safe_repr(longer[extra_at])}\n"
            except _UNINDEXABLE:
                report += f"Unable to index element {extra_at} of {which} {kind}\n"
        return report

    def assertListEqual(self, list1, list2, msg=None):
        return self.assertSequenceEqual(list1, list2, msg=msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        return self.assertSequenceEqual(tuple1, tuple2, msg=msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Two sets (anything with .difference) hold the same items; the message lists the
        items found in one only."""
        only = []
        for which, left, right in (("first", set1, set2), ("second", set2, set1)):
            try:
                only.append(left.difference(right))
            except TypeError as exc:
                self.fail(f"invalid type when attempting set difference: {exc}")
            except AttributeError as exc:
                self.fail(f"{which} argument does not support set difference: {exc}")
        if not (only[0] or only[1]):
            return
        lines = []
        for items, title in zip(only, ("Items in the first set but not the second:",
                                       "Items in the second set but not the first:")):
            if items:
                lines.append(title)
                lines.extend(repr(item) for item in items)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail_with(msg, f"{safe_repr(member)} not found in {safe_repr(container)}")

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail_with(msg, f"{safe_repr(member)} unexpectedly found in {safe_repr(container)}")

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail_with(msg, f"{safe_repr(expr1)} is not {safe_repr(expr2)}")

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail_with(msg, f"unexpectedly identical: {safe_repr(expr1)}")

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            left, right = _common_shorten_repr(d1, d2)
            report = self._truncateMessage(f"{left} != {right}", self._pformat_diff(d1, d2))
            self.fail(self._formatMessage(msg, report))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: every key of `subset` is in `dictionary` with the same value."""
        warnings.warn("assertDictContainsSubset is deprecated", DeprecationWarning)
        absent = []
        different = []
        for key, wanted in subset.items():
            if key in dictionary:
                found = dictionary[key]
                if wanted != found:
                    different.append(f"{safe_repr(key)}, expected: {safe_repr(wanted)}, actual: {safe_repr(found)}")
            else:
                absent.append(key)
        if not (absent or different):
            return
        parts = []
        if absent:
            parts.append("Missing: " + ",".join(safe_repr(key) for key in absent))
        if different:
            parts.append("Mismatched values: " + ",".join(different))
        self.fail(self._formatMessage(msg, "; ".join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """The same items the same number of times, in any order."""
        first_items, second_items = list(first), list(second)
        try:
            counted_first = collections.Counter(first_items)
            counted_second = collections.Counter(second_items)
        except TypeError:
            # Unhashable items: count by comparing.
            mismatches = _count_diff_all_purpose(first_items, second_items)
        else:
            if counted_first == counted_second:
                return
            mismatches = _count_diff_hashable(first_items, second_items)
        if mismatches:
            lines = [f"First has {mine}, Second has {theirs}:  {item!r}" for mine, theirs, item in mismatches]
            report = self._truncateMessage("Element counts were not equal:\n", "\n".join(lines))
            self.fail(self._formatMessage(msg, report))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Two strings are equal; the message shows a line diff."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if max(len(first), len(second)) > self._diffThreshold:
            # Too long for difflib: the short message only.
            self._baseAssertEqual(first, second, msg=msg)
        first_lines = first.splitlines(keepends=True)
        second_lines = second.splitlines(keepends=True)
        if len(first_lines) == 1 and first.strip("\r\n") == first:
            # One line without an end: give both one, so the diff's "?" lines line up.
            first_lines = [first + "\n"]
            second_lines = [second + "\n"]
        left, right = _common_shorten_repr(first, second)
        diff = "\n" + "".join(difflib.ndiff(first_lines, second_lines))
        self.fail(self._formatMessage(msg, self._truncateMessage(f"{left} != {right}", diff)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail_with(msg, f"{safe_repr(a)} not less than {safe_repr(b)}")

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail_with(msg, f"{safe_repr(a)} not less than or equal to {safe_repr(b)}")

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail_with(msg, f"{safe_repr(a)} not greater than {safe_repr(b)}")

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail_with(msg, f"{safe_repr(a)} not greater than or equal to {safe_repr(b)}")

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail_with(msg, f"{safe_repr(obj)} is not None")

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail_with(msg, "unexpectedly None")

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail_with(msg, f"{safe_repr(obj)} is not an instance of {cls!r}")

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail_with(msg, f"{safe_repr(obj)} is an instance of {cls!r}")

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, and str() of the exception must match the regex (re.search)."""
        checker = _AssertRaisesContext(expected_exception, self, expected_regex)
        return checker.handle("assertRaisesRegex", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        checker = _AssertWarnsContext(expected_warning, self, expected_regex)
        return checker.handle("assertWarnsRegex", args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = expected_regex
        if isinstance(pattern, (str, bytes)):
            assert pattern, "expected_regex must not be empty."
            pattern = re.compile(pattern)
        if not pattern.search(text):
            self._fail_with(msg, f"Regex didn't match: {pattern.pattern!r} not found in {text!r}")

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = unexpected_regex
        if isinstance(pattern, (str, bytes)):
            pattern = re.compile(pattern)
        found = pattern.search(text)
        if found:
            seen = text[found.start():found.end()]
            self._fail_with(msg, f"Regex matched: {seen!r} matches {pattern.pattern!r} in {text!r}")

    failUnlessEqual = assertEquals = _deprecated_alias(assertEqual)
    failIfEqual = assertNotEquals = _deprecated_alias(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecated_alias(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecated_alias(assertNotAlmostEqual)
    failUnless = assert_ = _deprecated_alias(assertTrue)
    failUnlessRaises = _deprecated_alias(assertRaises)
    failIf = _deprecated_alias(assertFalse)
    assertRaisesRegexp = _deprecated_alias(assertRaisesRegex)
    assertRegexpMatches = _deprecated_alias(assertRegex)
    assertNotRegexpMatches = _deprecated_alias(assertNotRegex)


class FunctionTestCase(TestCase):
    """A plain function run as a test, with optional set-up and tear-down functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc, self._description = testFunc, description
        self._setUpFunc, self._tearDownFunc = setUp, tearDown

    def setUp(self):
        before = self._setUpFunc
        if before is not None:
            before()

    def tearDown(self):
        after = self._tearDownFunc
        if after is not None:
            after()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._parts() == other._parts()

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __str__(self):
        return f"{strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        given = self._description
        if given is None:
            # The docstring's first line (None when that is blank).
            given = (self._testFunc.__doc__ or "").split("\n")[0].strip() or None
        return given


class _SubTest(TestCase):
    """The report name of one subTest block: its test, message and parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _NO_MESSAGE:
            parts.append(f"[{self._message}]")
        if self.params:
            listed = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
            parts.append(f"({listed})")
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"
