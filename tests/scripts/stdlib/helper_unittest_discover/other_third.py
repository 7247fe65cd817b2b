import unittest


class Third(unittest.TestCase):
    def test_d(self):
        pass
