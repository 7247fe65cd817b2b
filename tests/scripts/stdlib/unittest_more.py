# unittest: less common corners — argument errors of the assert helpers, bare @skip, debug(),
# subTest descriptions, failfast inside subtests, results without addSubTest, module and class
# cleanups (and their failures), load_tests, the module-level loader helpers, signals, util.
import helper_paths
import io
import re
import signal
import sys
import types
import unittest
import unittest.util as util


def report(result):
    def names(pairs):
        return [(str(test), text.strip().splitlines()[-1]) for test, text in pairs]
    print("  run", result.testsRun, "failures", names(result.failures), "errors", names(result.errors))
    print("  skipped", [(str(t), why) for t, why in result.skipped],
          "xfail", len(result.expectedFailures), "xpass", [str(t) for t in result.unexpectedSuccesses])


def run_case(cls, **kw):
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    result = unittest.TestResult()
    for name, value in kw.items():
        setattr(result, name, value)
    suite.run(result)
    report(result)
    return result


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def attempt(label, f):
    try:
        value = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", re.sub(r" at 0x[0-9a-fA-F]+", "", str(e)))
    else:
        print(label, "->", value)


attempt("raises non-type", lambda: t.assertRaises(5))
attempt("raises tuple bad", lambda: t.assertRaises((ValueError, 3)))
attempt("warns non-warning", lambda: t.assertWarns(ValueError, lambda: None))
attempt("warns regex bad", lambda: t.assertWarnsRegex(KeyError, "x"))
attempt("raises bad kw", lambda: t.assertRaises(ValueError, foo=1, bar=2))
attempt("raises callable ok", lambda: t.assertRaises(ZeroDivisionError, lambda: 1 / 0))
attempt("raises by name", lambda: t.assertRaises(ValueError, print, end=""))
attempt("raises tuple none", lambda: t.assertRaises((ValueError, KeyError), len, []))
attempt("almost both", lambda: t.assertAlmostEqual(1, 2, places=2, delta=1))
attempt("almost both equal", lambda: t.assertAlmostEqual(1, 1, places=2, delta=1))
attempt("not almost both", lambda: t.assertNotAlmostEqual(1, 1, places=2, delta=1))
attempt("almost delta msg", lambda: t.assertAlmostEqual(10, 13, delta=2, msg="off"))
attempt("not almost delta", lambda: t.assertNotAlmostEqual(10, 11, delta=2))
attempt("count msg", lambda: t.assertCountEqual([1, 1], [1], "counts"))
attempt("isinstance tuple", lambda: t.assertIsInstance("s", (int, float), "need number"))
attempt("regex empty", lambda: t.assertRegex("abc", ""))
attempt("regex compiled", lambda: t.assertRegex("abc", re.compile("z+")))
attempt("not regex bytes", lambda: t.assertNotRegex(b"abc", b"b"))
attempt("seq no len", lambda: t.assertSequenceEqual(5, [1]))
attempt("seq second no len", lambda: t.assertSequenceEqual([1], 5))
attempt("seq type", lambda: t.assertSequenceEqual([1], [1], seq_type=tuple))
attempt("seq longer second", lambda: t.assertSequenceEqual([1], [1, 2, 3]))
attempt("seq equal other types", lambda: t.assertSequenceEqual([1, 2], (1, 2)))
attempt("set bad", lambda: t.assertSetEqual({1}, 5))
attempt("set unhashable", lambda: t.assertSetEqual({1}, [[1]]))
attempt("dict not dict", lambda: t.assertDictEqual([], {}))
attempt("multiline not str", lambda: t.assertMultiLineEqual("a", b"a"))
attempt("multiline empty", lambda: t.assertMultiLineEqual("", "x\n"))
attempt("multiline one line", lambda: t.assertMultiLineEqual("abc", "abd\n"))
attempt("is not", lambda: t.assertIsNot(t, t, "same"))
attempt("greater equal msg", lambda: t.assertGreaterEqual("a", "b", "letters"))
attempt("bad repr", lambda: t.assertEqual(type("R", (), {"__repr__": lambda s: 1 / 0})(), 5))
t.longMessage = False
attempt("long off no msg", lambda: t.assertIn(1, [2]))
attempt("long off msg", lambda: t.assertIn(1, [2], "custom"))
t.longMessage = True


class Decorated(unittest.TestCase):
    @unittest.skip
    def test_bare_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail_error(self):
        raise KeyError("counts as expected")

    @unittest.expectedFailure
    def test_xfail_setup_fine(self):
        self.assertEqual(1, 2)

    def test_skip_in_test(self):
        self.skipTest("not now")

    def test_subtest_no_args(self):
        with self.subTest():
            self.fail("plain")

    def test_subtest_msg_only(self):
        with self.subTest("just a message"):
            raise ValueError("inner")

    def test_subtest_skip(self):
        with self.subTest(i=1):
            self.skipTest("subtest skipped")
        self.fail("after skipped subtest")


run_case(Decorated)


class FailfastSub(unittest.TestCase):
    def test_many(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_next(self):
        pass


run_case(FailfastSub, failfast=True)
run_case(FailfastSub)


class OldResult:
    """A result from before subtests: no addSubTest, no addSkip."""

    def __init__(self):
        self.log = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.log.append("start")

    def stopTest(self, test):
        self.log.append("stop")

    def addSuccess(self, test):
        self.log.append("success")

    def addFailure(self, test, err):
        self.log.append("failure " + str(err[1]))

    def addError(self, test, err):
        self.log.append("error " + str(err[1]))


class UsesSub(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)


old = OldResult()
UsesSub("test_sub").run(old)
print(old.log)

# TestCase.run() without a result makes one and calls startTestRun/stopTestRun.
r = UsesSub("test_sub").run()
print(type(r).__name__, r.testsRun, len(r.failures), str(r.failures[0][0]))
print(UsesSub("test_sub")._subtest, UsesSub("test_sub").defaultTestResult().__class__.__name__)

# debug() lets exceptions through.
try:
    UsesSub("test_sub").debug()
except AssertionError as e:
    print("debug raised AssertionError:", e)
try:
    Decorated("test_skip_in_test").debug()
except unittest.SkipTest as e:
    print("debug raised SkipTest:", e)
try:
    Decorated("test_bare_skip").debug()
except unittest.SkipTest as e:
    print("debug of skipped raised SkipTest:", repr(str(e)))

log = []


class ClassCleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup ran")
        value = cls.enterClassContext(Recorder("class ctx"))
        log.append("class ctx value %s" % value)
        raise RuntimeError("setUpClass fails after cleanups registered")

    def test_x(self):
        log.append("never")


class Recorder:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append("exit " + self.name)
        return False


class BadClassCleanup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        def broken():
            raise ValueError("class cleanup broke")
        cls.addClassCleanup(broken)

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def test_y(self):
        log.append("test_y")


res = unittest.TestResult()
unittest.TestSuite([unittest.TestLoader().loadTestsFromTestCase(c) for c in (ClassCleanups, BadClassCleanup)]).run(res)
report(res)
print(log)

# Module cleanups by hand.
log.clear()
unittest.addModuleCleanup(log.append, "first added")
unittest.addModuleCleanup(log.append, "second added")
print(unittest.enterModuleContext(Recorder("module ctx")))
unittest.doModuleCleanups()
print(log)


def bad_cleanup():
    raise KeyError("module cleanup")


unittest.addModuleCleanup(bad_cleanup)
unittest.addModuleCleanup(log.append, "still runs")
try:
    unittest.doModuleCleanups()
except KeyError as e:
    print("doModuleCleanups raised", repr(e), log[-1])
attempt("enterModuleContext bad", lambda: unittest.enterModuleContext(5))
attempt("enterContext bad", lambda: t.enterContext(None))


# load_tests in a module object, and a failing one.
class FakeModule:
    __name__ = "fake_module"

    class Inner(unittest.TestCase):
        def test_inner(self):
            pass

    @staticmethod
    def load_tests(loader, tests, pattern):
        extra = unittest.TestSuite([FakeModule.Inner("test_inner")])
        tests.addTests(extra)
        return tests


def broken_load_tests(loader, tests, pattern):
    raise ValueError("load_tests broke")


BrokenLoadTests = types.ModuleType("broken_module")
BrokenLoadTests.load_tests = broken_load_tests


loader = unittest.TestLoader()
print(loader.loadTestsFromModule(FakeModule).countTestCases())
failed = loader.loadTestsFromModule(BrokenLoadTests)
print(loader.errors[-1].splitlines()[0], [t.id() for t in failed])
res = unittest.TestResult()
failed.run(res)
print(res.errors[0][1].strip().splitlines()[-1])
attempt("module extra positional", lambda: loader.loadTestsFromModule(FakeModule, True, False))
attempt("module bad keyword", lambda: loader.loadTestsFromModule(FakeModule, zeta=1, alpha=2))
print([t.id() for t in unittest.makeSuite(Decorated, prefix="test_sub")])
print(unittest.getTestCaseNames(Decorated, "test_x"))
print(unittest.findTestCases(sys.modules[__name__]).countTestCases() > 10)

# Suites.
s = unittest.TestSuite([Decorated("test_bare_skip")])
print(repr(s))
print(s == unittest.TestSuite([Decorated("test_bare_skip")]), s != unittest.TestSuite())
print(unittest.BaseTestSuite([T()]).countTestCases(), list(unittest.TestSuite()))

# FunctionTestCase equality.
def check():
    pass


a = unittest.FunctionTestCase(check)
b = unittest.FunctionTestCase(check)
print(a == b, hash(a) == hash(b), a == unittest.FunctionTestCase(check, description="x"), a.id())

# Signals.
result = unittest.TestResult()
unittest.registerResult(result)
print(unittest.removeResult(result), unittest.removeResult(result))
before = signal.getsignal(signal.SIGINT)
unittest.installHandler()
installed = signal.getsignal(signal.SIGINT)
print(installed is before, type(installed).__name__)


@unittest.removeHandler
def without():
    return signal.getsignal(signal.SIGINT) is before


print(without(), signal.getsignal(signal.SIGINT) is installed)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is before)

# util.
print(util.safe_repr("x" * 100, short=True))
print(util.strclass(unittest.TestCase), util.strclass(T))
print(util.sorted_list_difference([1, 2, 2, 4, 6], [2, 3, 4, 4, 7]))
print(util.unorderable_list_difference([[1], [2], [3]], [[2], [4]]))
print(util.three_way_cmp(1, 2), util.three_way_cmp(2, 2), util.three_way_cmp("b", "a"))

# The runner with descriptions off, and an old-style stream.
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2, descriptions=False)
runner.run(unittest.TestSuite([Decorated("test_skip_in_test")]))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
print(unittest.TextTestResult is unittest.runner.TextTestResult, unittest.main is unittest.TestProgram)
