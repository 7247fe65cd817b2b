"""An unexpected success fails the run; failfast stops at the first problem (run by unittest_script)."""
import unittest


class Surprise(unittest.TestCase):
    @unittest.expectedFailure
    def test_a_passes(self):
        pass

    def test_b_fails(self):
        self.assertIn("x", "abc")

    def test_c_not_reached_with_failfast(self):
        self.assertTrue(False)


if __name__ == "__main__":
    unittest.main()
