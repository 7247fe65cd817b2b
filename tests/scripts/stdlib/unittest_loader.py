# unittest.TestLoader: loadTestsFromTestCase/Module/Name(s), getTestCaseNames, prefixes and
# sorting, testNamePatterns, failed names as _FailedTest, TestSuite building and its errors,
# FunctionTestCase.
import io
import re
import sys
import unittest


class Zeta(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    def check_c(self):
        pass

    not_callable_test = 5


class WithRunTest(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Zeta("test_a")])


def not_a_test():
    return 42


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zeta))
print(ids(loader.loadTestsFromTestCase(Zeta)), ids(loader.loadTestsFromTestCase(WithRunTest)))
print(ids(loader.loadTestsFromModule(sys.modules[__name__])))
print(ids(loader.loadTestsFromName("Zeta", sys.modules[__name__])))
print(ids(loader.loadTestsFromName("Zeta.test_b", sys.modules[__name__])))
print(ids(loader.loadTestsFromName("make_suite", sys.modules[__name__])))
print(ids(loader.loadTestsFromNames(["Zeta.test_a", "WithRunTest"], sys.modules[__name__])))
print(ids(loader.loadTestsFromName("__main__.Zeta.test_a")))
bad = loader.loadTestsFromName("Zeta.test_missing", sys.modules[__name__])
print(ids(bad), len(loader.errors), loader.errors[-1].splitlines()[0])
res = unittest.TestResult()
bad.run(res)
print(res.testsRun, [e[1].strip().splitlines()[-1] for e in res.errors])
bad = loader.loadTestsFromName("no_such_module_here")
print(ids(bad), loader.errors[-1].splitlines()[0])
try:
    loader.loadTestsFromName("not_a_test", sys.modules[__name__])
except TypeError as e:
    print("TypeError:", str(e).split(" at 0x")[0])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)

l2 = unittest.TestLoader()
l2.testMethodPrefix = "check"
print(l2.getTestCaseNames(Zeta))
l3 = unittest.TestLoader()
l3.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(l3.getTestCaseNames(Zeta))
l4 = unittest.TestLoader()
l4.sortTestMethodsUsing = None
print(l4.getTestCaseNames(Zeta))
l5 = unittest.TestLoader()
l5.testNamePatterns = ["*test_b*"]
print(l5.getTestCaseNames(Zeta))

s = unittest.TestSuite()
s.addTest(Zeta("test_a"))
s.addTests([Zeta("test_b"), unittest.TestSuite([WithRunTest()])])
print(s.countTestCases(), ids(s))
print(s == unittest.TestSuite([Zeta("test_a"), Zeta("test_b"), unittest.TestSuite([WithRunTest()])]))
for bad in [lambda: s.addTest(5), lambda: s.addTest(Zeta), lambda: s.addTests("abc")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
r = unittest.TestResult()
s.run(r)
print(r.testsRun, r.wasSuccessful(), s.countTestCases(), list(s))


def plain_check():
    """A function test."""
    assert 1 + 1 == 2


def failing_check():
    assert False, "function failed"


ft = unittest.FunctionTestCase(plain_check)
ft2 = unittest.FunctionTestCase(failing_check, description="custom description")
print(str(ft), ft.id(), ft.shortDescription(), ft2.shortDescription())
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestSuite([ft, ft2]))
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()).split("Traceback")[0])
print(unittest.defaultTestLoader.__class__.__name__, isinstance(unittest.TestResult(), unittest.TestResult))
print(repr(unittest.TestResult()))
