# unittest.mock: nested call recording, attach_mock, magic methods with side effects, spec=dict,
# create_autospec, seal, ANY in assertions, reset_mock(return_value=True), arithmetic magics.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, patch, ANY, PropertyMock, create_autospec, seal

m = MagicMock()
m.a.b.c(1)
m.a(2).d(3)
m(4)(5)
print(m.mock_calls)
print(m.method_calls)
print(m.a.mock_calls)
print(m.a.b.c.call_args_list, m.a.b.c.call_count)
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "child")
parent.child(1)
print(parent.mock_calls, parent.method_calls)
m = Mock()
m.side_effect = [1, 2]
print(m(), m())
try:
    m()
except StopIteration:
    print("StopIteration")
def effect(*a, **k):
    return mock.DEFAULT
m = Mock(side_effect=effect, return_value=7)
print(m(1))
m = MagicMock()
m.__getitem__.side_effect = lambda k: k * 2
print(m[3], m["ab"])
m.__setitem__(1, 2)
m[5] = 6
print(m.__setitem__.call_args_list)
m.__contains__.return_value = True
print(1 in m)
m = MagicMock()
m.__iter__.return_value = [1, 2, 3]
print(list(m), list(m))
m = MagicMock()
m.__enter__.return_value = "entered"
with m as v:
    print(v)
print(m.__exit__.called)
m = MagicMock(spec=dict)
print(isinstance(m, dict))
try:
    m.nonexistent
except AttributeError as e:
    print("AttributeError", e)
print(type(m.keys()).__name__, m.keys._mock_name)
a = create_autospec(list)
inst = a()
inst.append(3)
print(inst.append.call_args, isinstance(inst, list))
try:
    inst.not_a_method
except AttributeError as e:
    print("AttributeError", e)
m = Mock()
m.configure_mock(name="configured")
print(m.name)
m = Mock(name="realname")
print(m._mock_name)
print(call(1) in [call(2), call(1)], [call(1), call(2)] == [call(1), call(2)])
m = Mock()
m(1, 2)
m.assert_called_with(ANY, 2)
m.assert_called_with(1, ANY)
print(m.call_args == call(ANY, ANY))
s = Mock()
s.x.y = 3
seal(s)
try:
    s.z
except AttributeError as e:
    print("sealed", e)
print(s.x.y)
m = Mock(return_value=3)
m.reset_mock(return_value=True)
print(type(m()).__name__)
with patch.object(Mock, "__repr__", lambda self: "R"):
    print(repr(Mock()))
print(mock.sentinel.a == mock.sentinel.a, mock.sentinel.a != mock.sentinel.b)
m = MagicMock()
print(m + 1 is m.__add__.return_value, abs(m) is m.__abs__.return_value, -m is m.__neg__.return_value)
print(m < 1 if False else "skip", hash(m) == hash(m), str(m).startswith("<MagicMock"))
print(int(m), float(m), m.__index__())
