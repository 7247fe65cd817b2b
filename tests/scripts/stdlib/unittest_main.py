# unittest.main() in a test file: the output on stderr, the exit code (1 on failure).
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertIn(1, [1, 2])

    def test_fail(self):
        self.assertEqual("a", "b")


if __name__ == "__main__":
    print("running")
    unittest.main()
