# unittest: setUp/tearDown, setUpClass/tearDownClass, setUpModule/tearDownModule, addCleanup,
# class cleanups, failing fixtures and their report names, doCleanups order.
import helper_paths
import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("A.setUpClass")
        cls.addClassCleanup(log.append, "A.classCleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("A.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_1(self):
        log.append("test_1")

    def test_2(self):
        log.append("test_2")
        self.fail("two")


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("B.setUpClass")
        raise RuntimeError("class setup broken")

    def test_never(self):
        log.append("never")


class C(unittest.TestCase):
    def setUp(self):
        raise ValueError("setUp broken")

    def test_x(self):
        log.append("never C")

    def tearDown(self):
        log.append("never tearDown")


class D(unittest.TestCase):
    def tearDown(self):
        raise TypeError("tearDown broken")

    def test_y(self):
        log.append("D.test_y")

    def test_cleanup_error(self):
        def bad():
            raise OSError("cleanup broken")
        self.addCleanup(bad)
        self.addCleanup(log.append, "D cleanup runs first")


class E(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("teardown class")

    def test_z(self):
        pass


class Ctx:
    def __enter__(self):
        log.append("enter ctx")
        return 42

    def __exit__(self, *a):
        log.append("exit ctx")


class F(unittest.TestCase):
    def test_enter_context(self):
        value = self.enterContext(Ctx())
        log.append("value %s" % value)

    def test_not_cm(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(object())
        log.append(str(cm.exception))


stream = io.StringIO()
loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
print("\n".join(log))
print(result.testsRun, len(result.errors), len(result.failures))
for test, text in result.errors:
    print(type(test).__name__, str(test), text.strip().splitlines()[-1])
