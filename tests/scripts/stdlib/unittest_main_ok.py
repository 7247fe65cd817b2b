# unittest.main(exit=False, argv=...) with -v, -k and test names; TestProgram.result.
import io
import sys
import unittest


class Calc(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_sub(self):
        self.assertEqual(5 - 3, 2)

    def test_mul(self):
        self.assertEqual(3 * 3, 9)


class Other(unittest.TestCase):
    def test_other(self):
        pass


def show(argv):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=2)
    prog = unittest.main(argv=argv, exit=False, testRunner=runner)
    lines = [l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")]
    print(argv, prog.result.testsRun, prog.result.wasSuccessful())
    print("\n".join(lines))


show(["prog"])
show(["prog", "Calc"])
show(["prog", "Calc.test_sub", "Other"])
show(["prog", "-k", "mul"])
show(["prog", "-k", "*_a*"])
try:
    unittest.main(argv=["prog", "Nope"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit", e.code)
prog = unittest.main(argv=["prog", "Nope"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, len(prog.result.errors), prog.result.errors[0][0].id())
try:
    unittest.main(argv=["prog", "-q"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit", e.code)
