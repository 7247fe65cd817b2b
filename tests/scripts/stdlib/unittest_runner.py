# unittest: a TextTestRunner run (to a stream) with passes, failures, errors, skips, expected
# failures, unexpected successes and subtests; dots and verbose output; the summary line.
import helper_paths
import io
import re
import unittest


def run(*classes, verbosity=1, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(c) for c in classes])
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue())
    print(text, end="")
    print("wasSuccessful:", result.wasSuccessful(), "run:", result.testsRun,
          "failures:", len(result.failures), "errors:", len(result.errors),
          "skipped:", len(result.skipped), "xfail:", len(result.expectedFailures),
          "xpass:", len(result.unexpectedSuccesses))
    print("-" * 20)
    return result


class Passing(unittest.TestCase):
    def test_one(self):
        self.assertEqual(1 + 1, 2)

    def test_two(self):
        """Checks truth.

        More text here."""
        self.assertTrue(True)


class Mixed(unittest.TestCase):
    def test_a_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_b_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_c_skip(self):
        pass

    @unittest.expectedFailure
    def test_d_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_e_xpass(self):
        pass

    def test_f_skiptest(self):
        self.skipTest("inside")

    def test_g_msg(self):
        self.assertTrue(0, "custom message")

    def test_h_chain(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("converted") from e


class Sub(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_subtest_msg(self):
        with self.subTest("labelled", x=1, y="a"):
            self.fail("boom")
        with self.subTest():
            raise KeyError("k")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

    def test_y(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self):
        pass

    @unittest.skipUnless(False, "unless false")
    def test_unless(self):
        pass

    @unittest.skipIf(False, "not skipped")
    def test_runs(self):
        pass


run(Passing)
run(Passing, verbosity=2)
run(Mixed)
run(Mixed, verbosity=2)
run(Sub)
run(Sub, verbosity=2)
run(Skipped, Conditional, verbosity=2)
run(Mixed, Passing, verbosity=0)
run(Mixed, failfast=True)
r = run(Passing, verbosity=2, descriptions=False)
print(repr(r)[:30])
