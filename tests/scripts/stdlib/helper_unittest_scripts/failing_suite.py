"""A test file as users write it: unittest.main() and a mix of failures (run by unittest_script)."""
import unittest


def parse(text):
    return int(text)


class Parsing(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(parse("12"), 12)

    def test_wrong_value(self):
        self.assertEqual(parse("12"), 13, "parse went wrong")

    def test_error_inside(self):
        values = {"a": 1}
        total = values["a"] + values["b"]
        self.assertEqual(total, 2)

    def test_chained(self):
        try:
            parse("x")
        except ValueError as exc:
            raise RuntimeError("could not parse") from exc

    def test_context(self):
        try:
            parse("y")
        except ValueError:
            self.fail("parse raised")

    def test_nested_subtests(self):
        for row in range(3):
            with self.subTest(row=row):
                for col in range(2):
                    with self.subTest(col=col):
                        self.assertNotEqual((row, col), (1, 1))

    def test_raises_regex_mismatch(self):
        with self.assertRaisesRegex(ValueError, r"^number"):
            parse("z")

    def test_dict_diff(self):
        self.assertEqual({"name": "ann", "age": 30, "tags": ["a", "b"]},
                         {"name": "ann", "age": 31, "tags": ["a", "c"]})


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest("resource not available")

    def test_never_runs(self):
        raise AssertionError("not reached")


class BrokenClassFixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ConnectionError("database down")

    def test_a(self):
        pass

    def test_b(self):
        pass


if __name__ == "__main__":
    unittest.main()
