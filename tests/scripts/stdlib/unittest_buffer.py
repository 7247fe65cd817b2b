# unittest: buffer=True captures a test's output (shown with its failure only), tb_locals,
# failfast stops after the first problem, result.stop(), startTestRun/stopTestRun hooks,
# a custom resultclass, and the deprecated assert aliases (their warnings).
import helper_paths
import io
import re
import sys
import unittest
import warnings


class Loud(unittest.TestCase):
    def test_a_quiet_pass(self):
        print("this is swallowed")

    def test_b_loud_fail(self):
        print("captured stdout line")
        print("captured stderr line", file=sys.stderr)
        self.fail("with output")

    def test_c_error(self):
        sys.stdout.write("no newline")
        raise RuntimeError("boom")


def run(cls, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(unittest.TestLoader().loadTestsFromTestCase(cls))
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
    return result


run(Loud, buffer=True, verbosity=2)
print("after buffer run")
run(Loud, failfast=True)


class Hooks(unittest.TextTestResult):
    def startTestRun(self):
        self.stream.writeln("<start run>")

    def stopTestRun(self):
        self.stream.writeln("<stop run>")

    def addSuccess(self, test):
        super().addSuccess(test)
        self.stream.write("[ok %s]" % test._testMethodName)


class Simple(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        pass


run(Simple, resultclass=Hooks)


class Stopper(unittest.TestCase):
    def test_1(self):
        self._outcome.result.stop()

    def test_2(self):
        print("not reached")


run(Stopper, verbosity=2)


class Old(unittest.TestCase):
    def test_aliases(self):
        self.assertEquals(1, 1)
        self.failUnless(True)
        self.assertNotEquals(1, 2)


stream = io.StringIO()
unittest.TextTestRunner(stream=stream, warnings="ignore").run(unittest.TestLoader().loadTestsFromTestCase(Old))
print(stream.getvalue().splitlines()[-1])
