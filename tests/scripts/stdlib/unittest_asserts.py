# unittest: every assert method's failure message as CPython words it (diffs included).
import unittest
from collections import OrderedDict


class Checker(unittest.TestCase):
    def runTest(self):
        pass


t = Checker()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: AssertionError: %s" % (name, e))
    except Exception as e:
        print("%s: %s: %s" % (name, type(e).__name__, e))
    else:
        print("%s: passed" % name)


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "note")
check("assertEqual", "abc", "abd")
check("assertEqual", "line1\nline2\nline3\n", "line1\nlineX\nline3\n")
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertEqual", "x" * 50 + "1" + "y" * 50, "x" * 50 + "2" + "y" * 50)
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3, 4])
check("assertEqual", (1, "a"), (1, "b"))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset([1]), frozenset([2]))
check("assertEqual", [1, 2], (1, 2))
check("assertEqual", list(range(100)), list(range(99)) + [1000])
check("assertEqual", {"k%d" % i: i for i in range(30)}, {"k%d" % i: i + (i == 7) for i in range(30)})
check("assertEqual", 1.0, 1)
check("assertEqual", None, 0)
check("assertNotEqual", 1, 1)
check("assertNotEqual", 1, 2)
check("assertNotEqual", [1], [1], "lists")
check("assertTrue", 0)
check("assertTrue", [])
check("assertTrue", 1)
check("assertFalse", "x")
check("assertFalse", None)
check("assertIs", 1, None)
check("assertIs", None, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 3, [1, 2])
check("assertIn", "x", "abc")
check("assertNotIn", 1, [1, 2])
check("assertNotIn", "b", {"a": 1, "b": 2})
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, list))
check("assertNotIsInstance", 1, int)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 1, 2)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, places=1, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.5, delta=1)
check("assertNotAlmostEqual", 1.0, 2.0)
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2], [1, 1, 2])
check("assertCountEqual", "aab", "abb")
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertCountEqual", [{"a": 1}], [{"a": 2}, {"a": 1}])
check("assertSequenceEqual", [1, 2], [1, 3])
check("assertSequenceEqual", "ab", ["a", "b"])
check("assertSequenceEqual", [1], 5)
check("assertListEqual", [1], (1,))
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1, 2), (1, 3))
check("assertSetEqual", {1}, {1, 2})
check("assertSetEqual", {1}, [1])
check("assertSetEqual", [1], {1})
check("assertDictEqual", {"a": 1}, {"a": 1, "b": [1, 2]})
check("assertDictEqual", {"a": 1}, [("a", 1)])
check("assertMultiLineEqual", "a\nb\n", "a\nc\n")
check("assertMultiLineEqual", "a", 1)
check("assertMultiLineEqual", "hello world", "hello there")
check("assertRegex", "hello", "^w")
check("assertRegex", "hello", "l+")
check("assertNotRegex", "hello", "l+")
check("assertNotRegex", "hello", "z")
check("assertRaises", ValueError, int, "x")
check("assertRaises", ValueError, int, "5")
check("assertRaises", (ValueError, TypeError), int, None)
check("assertRaises", KeyError, int, "x")
check("assertRaises", "notatype")
check("assertRaisesRegex", ValueError, "invalid literal", int, "x")
check("assertRaisesRegex", ValueError, "nope", int, "x")
check("assertRaisesRegex", ValueError, "nope", lambda: None)
check("fail")
check("fail", "explicit")
check("assertDictContainsSubset", {"a": 1, "c": 3}, {"a": 2, "b": 2}) if hasattr(t, "assertDictContainsSubset") else None

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
try:
    with t.assertRaises(ZeroDivisionError):
        pass
except AssertionError as e:
    print("AssertionError:", e)
try:
    with t.assertRaises(ZeroDivisionError, msg="extra"):
        pass
except AssertionError as e:
    print("AssertionError:", e)
try:
    with t.assertRaises(ZeroDivisionError, foo=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    with t.assertRaises(ZeroDivisionError):
        raise KeyError("other")
except KeyError as e:
    print("KeyError passes through:", e)
with t.assertRaisesRegex(ValueError, r"\d+") as cm:
    raise ValueError("code 42")
print(cm.exception.args)
try:
    with t.assertRaisesRegex(ValueError, r"^\d+$"):
        raise ValueError("code 42")
except AssertionError as e:
    print("AssertionError:", e)

# longMessage off, maxDiff
t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True
t.maxDiff = 20
check("assertEqual", [1, 2, 3, 4, 5], [1, 2, 3, 4, 6])
check("assertEqual", "a\nb\nc\n", "a\nB\nc\n")
t.maxDiff = None
check("assertEqual", list(range(30)), list(range(29)) + [99])


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __repr__(self):
        return "Point(%d)" % self.x


def point_eq(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException("points differ: %d vs %d" % (a.x, b.x))


t.addTypeEqualityFunc(Point, point_eq)
check("assertEqual", Point(1), Point(2))
check("assertEqual", Point(1), Point(1))
check("assertEqual", OrderedDict(a=1), OrderedDict(a=2))
print(t.id(), str(t), repr(t))
print(Checker("runTest") == Checker("runTest"), hash(Checker("runTest")) == hash(Checker("runTest")))
try:
    Checker("missing")
except ValueError as e:
    print("ValueError:", e)
print(t.shortDescription(), t.countTestCases())
