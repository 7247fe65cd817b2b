# unittest: nested subtests, failures in cleanups and tearDown after a failure, long diffs
# shortened, skipped classes and SkipTest in setUpClass, a test returning a value.
import helper_paths
import io, re, unittest, sys

class A(unittest.TestCase):
    def test_nested_sub(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                with self.subTest("msg", a=3):
                    self.assertTrue(False)
    def test_fail_and_teardown(self):
        self.addCleanup(self._boom)
        self.assertEqual({"a": [1, 2, {"deep": "x" * 30}]}, {"a": [1, 2, {"deep": "y" * 30}]})
    def _boom(self):
        raise ValueError("cleanup failed")
    def tearDown(self):
        if self._testMethodName == "test_fail_and_teardown":
            raise RuntimeError("teardown failed")
    @unittest.expectedFailure
    def test_xfail_sub(self):
        with self.subTest(i=1):
            self.fail("expected")
    def test_long(self):
        self.assertEqual("a" * 200 + "X" + "b" * 200, "a" * 200 + "Y" + "b" * 200)
    def test_long_list(self):
        self.assertEqual(list(range(200)), list(range(1, 201)))
    def test_multiline_diff(self):
        self.assertEqual("\n".join(str(i) for i in range(40)), "\n".join(str(i) for i in range(1, 41)))
    def test_tuple_vs_list(self):
        self.assertSequenceEqual((1, 2), [1, 3])
    def test_set_frozen(self):
        self.assertEqual({1, 2}, frozenset({1, 2}))
    def test_count_nonhash(self):
        self.assertCountEqual([[1], [1], [2]], [[1], [2], [2]])
    def test_dict_nested(self):
        self.assertDictEqual({"k": {"x": 1, "y": [1, 2, 3]}}, {"k": {"x": 1, "y": [1, 2, 4]}})
    def test_not_none_msg(self):
        self.assertIsNotNone(None, msg="needs value")
    def test_raises_no_exc_callable(self):
        self.assertRaises(ValueError, len, [1])
    def test_exception_in_raises(self):
        with self.assertRaises(KeyError):
            raise IndexError("wrong kind")
    def test_return_value(self):
        return 5

@unittest.skip("skipped class")
class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise Exception("never")
    def test_x(self):
        pass

class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skip from setUpClass")
    def test_y(self):
        pass

suite = unittest.TestSuite()
for cls in (A, B, C):
    suite.addTests(unittest.TestLoader().loadTestsFromTestCase(cls))
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue())
out = re.sub(r'File "[^"]*/unittest/([a-z]+\.py)"', r'File "UT/\1"', out)
out = re.sub(r'File "<frozen unittest\.([a-z]+)>"', r'File "UT/\1.py"', out)
print(out)
