"""setUpModule fails: no test of the module runs (run by unittest_script)."""
import unittest


def setUpModule():
    raise OSError("no fixture today")


class Never(unittest.TestCase):
    def test_one(self):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
