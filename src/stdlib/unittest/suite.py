"""unittest.suite: TestSuite, a list of tests run in order, and the class and module fixtures
(setUpClass/tearDownClass, setUpModule/tearDownModule and their cleanups) it runs as the
tests' classes and modules change; a failing fixture is reported under an _ErrorHolder."""

import contextlib
import sys

from . import case, util

__unittest = True


def _call_if_exists(owner, name):
    found = getattr(owner, name, None)
    if found is not None:
        found()


def _isnotsuite(test):
    """A test case rather than a suite (suites are iterable)."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite:
    """Tests (cases or suites) run one after another, without class or module fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{util.strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        # Tests already run are dropped from the list but still counted.
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            # A string is iterable, but surely a mistake.
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        return result

    def _removeTestAtIndex(self, index):
        """Let a test that has run be freed, keeping its count."""
        try:
            done = self._tests[index]
        except TypeError:
            # A subclass replaced _tests with something not indexable.
            return
        if hasattr(done, "countTestCases"):
            self._removed_tests += done.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the tests without a result, letting exceptions through."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class and module fixtures. The outermost suite of a run tears
    down the last class and module when it ends."""

    def run(self, result, debug=False):
        outermost = getattr(result, "_testRunEntered", False) is False
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test) and not self._fixtures_before(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._removeTestAtIndex(position)
        if outermost:
            # The end of the whole run: the last class and module are done.
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _fixtures_before(self, test, result):
        """Entering a test of another class or module: tear down the old, set up the new.
        False when the test must not run (its class's or module's set-up failed)."""
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        klass = test.__class__
        result._previousTestClass = klass
        return not (getattr(klass, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False))

    def debug(self):
        self.run(_DebugResult(), True)

    def _createClassOrModuleLevelException(self, result, exc, method_name, parent, info=None):
        """A fixture raised: report it as 'method (parent)'."""
        self._addClassOrModuleLevelException(result, exc, f"{method_name} ({parent})", info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        """Report a fixture's exception (a skip when it is SkipTest) under an _ErrorHolder."""
        holder = _ErrorHolder(errorName)
        add_skip = getattr(result, "addSkip", None)
        if add_skip is not None and isinstance(exception, case.SkipTest):
            add_skip(holder, str(exception))
        else:
            result.addError(holder, info if info else sys.exc_info())

    def _guarded(self, result, fixture, method_name, parent):
        """Call a fixture, reporting what it raises (under debug() it propagates). True when
        it raised."""
        try:
            fixture()
        except Exception as exc:
            if isinstance(result, _DebugResult):
                raise
            self._createClassOrModuleLevelException(result, exc, method_name, parent)
            return True
        return False

    def _run_class_cleanups(self, result, klass, method_name):
        """Run a class's cleanups; each exception they raised is reported."""
        klass.doClassCleanups()
        for info in klass.tearDown_exceptions:
            if isinstance(result, _DebugResult):
                raise info[1]
            self._createClassOrModuleLevelException(result, info[1], method_name, util.strclass(klass), info=info)

    def _handleClassSetUp(self, test, result):
        klass = test.__class__
        if klass == getattr(result, "_previousTestClass", None):
            return
        if result._moduleSetUpFailed or getattr(klass, "__unittest_skip__", False):
            return
        try:
            klass._classSetupFailed = False
        except TypeError:
            # The "test" may be a function: its class is a builtin type.
            pass
        set_up = getattr(klass, "setUpClass", None)
        if set_up is None:
            return
        with _output_captured(result):
            if not self._guarded(result, set_up, "setUpClass", util.strclass(klass)):
                return
            try:
                klass._classSetupFailed = True
            except TypeError:
                pass
            # After a failed setUpClass the class cleanups run at once.
            if getattr(klass, "doClassCleanups", None) is not None:
                self._run_class_cleanups(result, klass, "setUpClass")

    def _get_previous_module(self, result):
        previous = getattr(result, "_previousTestClass", None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        module_name = test.__class__.__module__
        if module_name == self._get_previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        set_up = getattr(sys.modules.get(module_name), "setUpModule", None)
        if set_up is None:
            return
        with _output_captured(result):
            if self._guarded(result, set_up, "setUpModule", module_name):
                result._moduleSetUpFailed = True
                self._guarded(result, case.doModuleCleanups, "setUpModule", module_name)

    def _handleModuleTearDown(self, result):
        module_name = self._get_previous_module(result)
        if module_name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(module_name)
        if module is None:
            return
        with _output_captured(result):
            tear_down = getattr(module, "tearDownModule", None)
            if tear_down is not None:
                self._guarded(result, tear_down, "tearDownModule", module_name)
            self._guarded(result, case.doModuleCleanups, "tearDownModule", module_name)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        if previous is None or test.__class__ == previous:
            return
        for flag in (getattr(previous, "_classSetupFailed", False), getattr(result, "_moduleSetUpFailed", False),
                     getattr(previous, "__unittest_skip__", False)):
            if flag:
                return
        tear_down = getattr(previous, "tearDownClass", None)
        has_cleanups = getattr(previous, "doClassCleanups", None) is not None
        if tear_down is None and not has_cleanups:
            return
        with _output_captured(result):
            if tear_down is not None:
                self._guarded(result, tear_down, "tearDownClass", util.strclass(previous))
            if has_cleanups:
                self._run_class_cleanups(result, previous, "tearDownClass")


@contextlib.contextmanager
def _output_captured(result):
    """Fixtures' output is buffered like tests' when the result buffers."""
    _call_if_exists(result, "_setupStdout")
    try:
        yield
    finally:
        _call_if_exists(result, "_restoreStdout")


class _ErrorHolder:
    """Stands for a failed fixture in a result's lists: it has a name and no test to run."""

    failureException = None

    def __init__(self, description):
        # 'setUpClass (module.Class)' and the like.
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return f"<ErrorHolder description={self.description!r}>"

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class _DebugResult:
    """What TestSuite.debug() runs with: fixtures' exceptions propagate."""

    _previousTestClass = None
    _moduleSetUpFailed = shouldStop = False
