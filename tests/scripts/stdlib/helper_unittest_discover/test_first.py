import unittest


class First(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        self.assertEqual("x", "y")
