# unittest.mock.patch: as decorator and context manager, patch.object, patch.dict,
# patch.multiple, start/stop, new/new_callable, create, and what is restored afterwards.
import os
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, sentinel


class Thing:
    value = 1

    def method(self):
        return "real"


def helper():
    return "helper"


def uses_helper():
    return helper()


config = {"a": 1, "b": 2}

with patch("__main__.helper") as fake:
    fake.return_value = "fake"
    print(uses_helper(), type(fake).__name__)
print(uses_helper())

with patch("__main__.helper", return_value="rv") as fake:
    print(uses_helper())
    fake.assert_called_once_with()

with patch("__main__.helper", new=lambda: "new"):
    print(uses_helper())


@patch("__main__.helper")
def decorated(fake):
    fake.return_value = "decorated"
    return uses_helper(), fake.call_count


print(decorated(), uses_helper())


@patch("__main__.helper", return_value=1)
@patch.object(Thing, "method", return_value="patched method")
def two(fake_method, fake_helper):
    return Thing().method(), helper(), fake_method.call_count, fake_helper.call_count


print(two())
print(Thing().method())

with patch.object(Thing, "value", 99):
    print(Thing.value)
print(Thing.value)

with patch.object(Thing, "extra", "x", create=True):
    print(Thing.extra)
print(hasattr(Thing, "extra"))

try:
    with patch.object(Thing, "nothere", 1):
        pass
except AttributeError as e:
    print("AttributeError:", e)

with patch.dict(config, {"a": 10, "c": 3}):
    print(sorted(config.items()))
print(sorted(config.items()))
with patch.dict(config, clear=True):
    print(config)
print(sorted(config.items()))


@patch.dict(config, b=20)
def dict_decorated():
    return dict(config)


print(dict_decorated(), config)

with patch.dict(os.environ, {"GILPY_TEST_VAR": "yes"}):
    print(os.environ.get("GILPY_TEST_VAR"))
print(os.environ.get("GILPY_TEST_VAR"))

p = patch("__main__.helper", return_value="started")
started = p.start()
print(uses_helper(), started.called)
p.stop()
print(uses_helper())

with patch.multiple(Thing, value=5, method=mock.DEFAULT) as values:
    print(Thing.value, sorted(values), type(values["method"]).__name__)
print(Thing.value, Thing().method())

with patch("__main__.Thing") as FakeThing:
    FakeThing.return_value.method.return_value = "instance mock"
    print(Thing().method(), FakeThing.call_count)

with patch("__main__.helper", new_callable=lambda: Mock(return_value="from callable")):
    print(helper())

with patch("os.getcwd", return_value="/nowhere"):
    print(os.getcwd())
print(os.getcwd() != "/nowhere")

try:
    patch("nodots")
except TypeError as e:
    print("TypeError:", e)


class Prop:
    @property
    def p(self):
        return "real p"


with patch.object(Prop, "p", new_callable=mock.PropertyMock) as pm:
    pm.return_value = "mocked p"
    print(Prop().p, pm.call_count)
print(Prop().p)


class TestWithPatch(unittest.TestCase):
    @patch("__main__.helper", return_value="in test")
    def test_patched(self, fake):
        self.assertEqual(uses_helper(), "in test")
        fake.assert_called_once()

    def test_unpatched(self):
        self.assertEqual(uses_helper(), "helper")

    @patch("__main__.helper", side_effect=RuntimeError("boom"))
    def test_side_effect(self, fake):
        with self.assertRaises(RuntimeError):
            uses_helper()


@patch("__main__.helper", return_value="class level")
class TestClassPatch(unittest.TestCase):
    def test_a(self, fake):
        self.assertEqual(helper(), "class level")

    def test_b(self, fake):
        self.assertTrue(fake is not None)


import io
stream = io.StringIO()
suite = unittest.TestSuite()
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(TestWithPatch))
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(TestClassPatch))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith("Ran ")))
print(uses_helper())
m = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", m):
    with open("somefile") as f:
        print(repr(f.read()))
m.assert_called_once_with("somefile")
with patch("builtins.open", mock.mock_open(read_data="a\nb\n")):
    with open("x") as f:
        print(f.readline(), f.readlines())
