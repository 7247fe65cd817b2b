# unittest.mock: autospec (functions, methods, classes) with signature checks, call matching through
# specs, call_list, pprint-wrapped call lists in messages, wraps, PropertyMock, mock_open writes and
# iteration, patch variants (spec=True, autospec=True, stopall, dict by name, multiple as decorator).
import os
import re
from unittest import mock
from unittest.mock import (ANY, DEFAULT, MagicMock, Mock, NonCallableMagicMock, PropertyMock, call,
                           create_autospec, patch, seal, sentinel)


def show(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print("%s: %s" % (type(e).__name__, re.sub(r"id='\d+'", "id=ID", str(e).replace(__file__, "FILE"))))
    else:
        print("->", re.sub(r"id='\d+'", "id=ID", repr(r)))


def target(a, b, c=3, *, d=4):
    return "real"


class Service:
    limit = 10

    def fetch(self, key, default=None):
        return "real fetch"

    @classmethod
    def build(cls, size):
        return cls()

    @staticmethod
    def helper(x):
        return x


fake = create_autospec(target, return_value="fake")
show(fake, 1, 2)
show(fake, 1)
show(fake, 1, 2, e=5)
fake.assert_called_once_with(1, 2)
fake.assert_called_once_with(1, b=2)
show(fake.assert_called_with, 1, 2, 3)
print(fake.call_count, fake.called, fake.call_args, fake.mock_calls)
fake.reset_mock()
print(fake.call_count, fake.call_args_list)

S = create_autospec(Service)
inst = S()
inst.fetch("k")
show(inst.fetch)
show(inst.fetch, "k", "d", "extra")
inst.fetch.assert_called_once_with("k")
inst.fetch.assert_called_once_with(key="k")
print(S.mock_calls, inst.mock_calls)
show(getattr, inst, "missing")
print(inst.limit.__class__.__name__, isinstance(inst, Service))
show(S.build, 3)
show(S.helper, 1, 2)
print(S.return_value is inst)

with patch.object(Service, "fetch", autospec=True) as fetch:
    fetch.return_value = "patched"
    s = Service()
    print(s.fetch("x"))
    fetch.assert_called_once_with(s, "x")
    fetch.assert_called_once_with(ANY, "x")
    show(s.fetch)
print(Service().fetch("x"))

with patch("__main__.target", autospec=True) as t:
    t.return_value = 1
    print(target(1, 2), t.call_args)
    show(target, 1, 2, 3, 4)

with patch.object(Service, "limit", spec=True) as lim:
    print(type(lim).__name__)
with patch("__main__.Service", spec=True) as FakeService:
    obj = Service()
    print(type(FakeService).__name__, type(obj).__name__, isinstance(obj, Service.__class__))
    show(getattr, obj, "nothing")
with patch("__main__.Service", spec_set=True) as FakeService:
    show(setattr, FakeService, "other", 1)

show(patch, "__main__.target", new=1, new_callable=Mock)
show(patch("__main__.target", new=1, autospec=True).__enter__)
show(patch("__main__.target", spec=True, autospec=True).__enter__)
show(patch("__main__.target", 5, x=1).__enter__)
show(patch("__main__.nothing").__enter__)
show(patch.object, "__main__", "x")
show(patch.multiple, Service)
p1 = patch("__main__.target", return_value=1)
p2 = patch.object(Service, "limit", 99)
p1.start()
p2.start()
print(target(), Service.limit)
patch.stopall()
print(target(0, 0), Service.limit)
print(p1.stop())

values = {"x": 1}
with patch.dict("__main__.values", {"y": 2}) as d:
    print(d is values, sorted(values))
print(values)


@patch.multiple("__main__.Service", limit=DEFAULT, fetch=DEFAULT)
def multi(limit, fetch):
    return type(limit).__name__, type(fetch).__name__, Service.limit is limit


print(multi(), Service.limit)


@patch("__main__.target")
@patch.dict(values, z=3)
def stacked(mocked):
    return sorted(values), mocked is target


print(stacked(), sorted(values))

# call objects
c = call(1).foo(2).bar(3)
print(c, c.call_list())
print(call(1, 2) == ((1, 2),), call(1, 2) == ((1, 2), {}), call(a=1) == ({"a": 1},), call.f == ("f",))
print(call.f(1) == ("f", (1,)), call.f(1) == ("g", (1,)), call() == (), call(1) != call(1))
print(call.count(1), call.index, call().args, call(1, x=2).kwargs, call.name.args)
m = Mock()
m.one(1)
m.two(2)
m.three(3)
print(call.two(2) in m.mock_calls, [call.two(2), call.three(3)] in m.mock_calls, m.mock_calls.index(call.two(2)))
big = Mock(name="big")
for i in range(12):
    big("argument number %d" % i, i)
show(big.assert_has_calls, [call("nope")])
show(big.assert_called_once)
show(big.assert_not_called)

# wraps
class Real:
    value = 5

    def double(self, x):
        return 2 * x


w = Mock(wraps=Real())
print(w.double(4), w.double.call_args, w.mock_calls)
w.double.return_value = 0
print(w.double(4))
w2 = Mock(wraps=Real(), **{"double.side_effect": lambda x: -x})
print(w2.double(4))

# PropertyMock
class WithProp:
    @property
    def size(self):
        return 1


pm = PropertyMock(return_value=3)
with patch.object(WithProp, "size", pm):
    obj = WithProp()
    print(obj.size)
    obj.size = 7
    print(pm.mock_calls)
print(WithProp().size)

# mock_open
opener = mock.mock_open(read_data="alpha\nbeta\ngamma\n")
with patch("builtins.open", opener):
    with open("f.txt") as f:
        print([line for line in f])
    with open("f.txt") as f:
        print(f.readline(), end="")
        print(f.read())
    with open("out.txt", "w") as f:
        f.write("hello")
print(opener.mock_calls[:4])
handle = opener()
handle.write.assert_called_once_with("hello")
bopen = mock.mock_open(read_data=b"\x00\x01")
print(bopen().read())

# side effects and return values
m = Mock()
m.side_effect = [1, DEFAULT, 3]
m.return_value = "dflt"
print(m(), m(), m())
m = Mock(side_effect=[ValueError("v"), 2])
show(m)
show(m)
m = Mock(return_value=1, side_effect=KeyError("x"))
m.reset_mock(side_effect=True)
print(m())
m = MagicMock()
m.__iter__.return_value = iter("ab")
print(list(m), list(m))
m.__str__ = lambda self: "via function"
print(str(m))
m.__len__ = Mock(return_value=9)
print(len(m))
show(setattr, m, "__getattr__", lambda s, n: 1)
del m.__len__
show(len, m)
m = MagicMock()
print(m > 1 if False else "", m.__gt__(1), m.__lt__(1), m == 1, m != 1, m.__hash__() == hash(m))
print(type(m.__round__()).__name__, m.__trunc__() is m.__trunc__.return_value, m.__complex__(), m.__sizeof__() > 0)
print(m.__fspath__().startswith("MagicMock/mock.__fspath__/") if False else "", os.fspath(m).startswith("MagicMock/mock/"))
nc = NonCallableMagicMock()
print(len(nc), type(nc.child).__name__, type(nc()).__name__ if False else "")
show(nc)

# names, reprs, dir
m = Mock(name="root")
child = m.child
grand = child().attr
print(re.sub(r"id='\d+'", "id=ID", repr(grand)), grand._mock_name, child._mock_new_name)
print([n for n in dir(Mock()) if not n.startswith("_")])
print("child" in dir(m), "attr" in dir(m))
m.mock_add_spec(["a"])
show(getattr, m, "b")
print(m.a.__class__.__name__)
sm = Mock()
sm.a = 1
seal(sm)
show(setattr, sm, "b", 2)
show(getattr, sm, "c")
sm.a = 3
print(sm.a)
print(sentinel.x, repr(sentinel.x), DEFAULT is sentinel.DEFAULT)
show(Mock, spec=Service, autospect=True) if False else None
show(Mock(spec=target), 1, 2)
