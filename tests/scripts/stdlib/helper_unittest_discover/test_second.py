import unittest


class Second(unittest.TestCase):
    def test_c(self):
        pass
