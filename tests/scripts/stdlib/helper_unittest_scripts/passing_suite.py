"""All tests pass (or are skipped or fail expectedly): exit status 0 (run by unittest_script)."""
import sys
import unittest


class Numbers(unittest.TestCase):
    """Checks on numbers."""

    def test_add(self):
        """Addition works."""
        self.assertEqual(1 + 1, 2)

    def test_compare(self):
        self.assertLess(1, 2)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    @unittest.skipIf(sys.maxsize > 0, "always skipped here")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("abc".upper(), "ABC")

    def test_split(self):
        self.assertEqual("a b".split(), ["a", "b"])


if __name__ == "__main__":
    unittest.main()
