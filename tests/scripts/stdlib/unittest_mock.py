# unittest.mock: Mock/MagicMock calls and assertions, side_effect, return_value, call objects,
# mock_calls/method_calls, spec, magic methods, sentinel, ANY, reset_mock, configure_mock.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, NonCallableMock


def expect_error(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
    else:
        print("no error")


m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list)
r = m(1, 2, key="v")
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args == call(1, 2, key="v"), m.call_args == ((1, 2), {"key": "v"}))
m.assert_called_with(1, 2, key="v")
m.assert_called_once_with(1, 2, key="v")
m.assert_called()
m.assert_called_once()
m.assert_any_call(1, 2, key="v")
expect_error(m.assert_called_with, 1, 2)
expect_error(m.assert_not_called)
m(3)
print(m.call_args_list)
expect_error(m.assert_called_once_with, 3)
expect_error(m.assert_called_once)
expect_error(m.assert_any_call, 99)
m.assert_has_calls([call(1, 2, key="v"), call(3)])
expect_error(m.assert_has_calls, [call(3), call(1, 2, key="v")])
m.assert_has_calls([call(3), call(1, 2, key="v")], any_order=True)
expect_error(m.assert_has_calls, [call(4)], any_order=True)

n = Mock(name="fetch")
expect_error(n.assert_called_with, 5)
expect_error(n.assert_called)
n("x")
expect_error(n.assert_called_with, "y")
expect_error(n.assert_not_called)

# return_value and side_effect
m = Mock(return_value=42)
print(m(), m("a"))
m = Mock(side_effect=[1, 2, ValueError("third")])
print(m(), m())
expect_error(m)
expect_error(m)
m = Mock(side_effect=KeyError("k"))
expect_error(m)
m = Mock(side_effect=lambda x: x * 2)
print(m(21))
m = Mock(side_effect=lambda x: DEFAULT, return_value="dflt")
print(m(1))
m.side_effect = None
m.return_value = "new"
print(m())
m = Mock(side_effect=TypeError)
expect_error(m)

# attributes and children
m = Mock()
m.method(1)
m.other.nested(2, x=3)
m.attr = 5
print(m.attr, m.method_calls)
print(m.mock_calls)
print(m.method.call_args, m.other.nested.call_args)
m.method.assert_called_once_with(1)
expect_error(m.method.assert_called_once_with, 2)
m2 = Mock()
m2().foo(1)
m2.bar.baz()
print(m2.mock_calls)
print(m2.mock_calls == [call(), call().foo(1), call.bar.baz()])
print(call.foo.bar(1), call(1)(2), call().x)
print(call(1, a=2) == call(1, a=2), call(1) == call(2), call.x(1) == call.y(1))
print(call(ANY, 2) == call(1, 2), ANY == object(), repr(ANY))
print(call(1, 2).call_list() if hasattr(call(1, 2), "call_list") else None)

# configure_mock and constructor kwargs
m = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "value": 7})
print(m.method(), m.value)
expect_error(m.other)
m.configure_mock(**{"a.b.return_value": "deep"})
print(m.a.b())

# reset_mock
m = Mock(return_value=1)
m(1)
m.child(2)
m.reset_mock()
print(m.called, m.call_count, m.call_args_list, m.mock_calls, m.child.called, m())

# spec
class Spec:
    attr = 1

    def method(self, a):
        return a


s = Mock(spec=Spec)
s.method(1)
print(isinstance(s, Spec))
expect_error(getattr, s, "missing")
s.new_attr = 3
print(s.new_attr)
ss = Mock(spec_set=Spec)
expect_error(setattr, ss, "missing", 1)
ss.attr = 2
print(ss.attr)
sl = Mock(spec=["a", "b"])
sl.a()
expect_error(getattr, sl, "c")

# MagicMock magic methods
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), 3 in mm, mm == mm, mm != mm)
mm.__len__.return_value = 5
mm.__iter__.return_value = iter([1, 2])
mm.__getitem__.return_value = "item"
mm.__contains__.return_value = True
print(len(mm), list(mm), mm[0], mm["k"], "z" in mm)
mm.__getitem__.assert_has_calls([call(0), call("k")])
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__exit__.call_args)
mm.__str__.return_value = "custom str"
print(str(mm))
mm2 = MagicMock()
mm2.__lt__.return_value = True
print(mm2 < 3)
mm3 = MagicMock(return_value=9)
import re
print(mm3(), re.sub(r" id='\d+'", " id=ID", repr(mm3.x.y())))
print(re.sub(r" id='\d+'", " id=ID", repr(Mock(name="named"))), re.sub(r" id='\d+'", " id=ID", repr(Mock(spec=Spec).method)))
print(re.sub(r" id='\d+'", " id=ID", repr(Mock()().attr)), re.sub(r" id='\d+'", " id=ID", repr(MagicMock(spec_set=Spec))))
print(mm.mock_calls[:2])

# sentinel, DEFAULT
print(sentinel.foo, sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar, DEFAULT)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)

# wraps
def real(x):
    return x + 100

w = Mock(wraps=real)
print(w(1), w.call_args)
nc = NonCallableMock()
expect_error(nc)
m = Mock()
expect_error(getattr, m, "assert_caled_once")
del m.gone
expect_error(getattr, m, "gone")
print(mock.FILTER_DIR)
