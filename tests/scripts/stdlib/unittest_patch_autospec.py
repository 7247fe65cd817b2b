# unittest.mock.patch with autospec on classmethods, staticmethods and functions, create_autospec(instance=True,
# spec_set=True), stacked decorators, patch in TestCase methods, patch.multiple(create=True), mock_open iteration.
import re, sys, io, unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, patch, create_autospec, DEFAULT, sentinel
def clean(s): return re.sub(r"id='\d+'", "id=ID", re.sub(r"0x[0-9a-f]+", "ADDR", str(s)))
def show(f, *a, **k):
    try: r = f(*a, **k)
    except BaseException as e: print(type(e).__name__ + ":", clean(e))
    else: print("->", clean(repr(r)))
class Thing:
    attr = 1
    def meth(self, x): return x
    @classmethod
    def cm(cls, y): return y
    @staticmethod
    def sm(z): return z
    @property
    def prop(self): return 5
def func(a, b=2): return a
with patch.object(Thing, 'cm', autospec=True) as cm:
    Thing.cm(1)
    print(cm.call_args, clean(cm))
with patch.object(Thing, 'sm', autospec=True) as sm:
    Thing.sm(1); Thing().sm(2)
    print(sm.call_args_list)
    show(Thing.sm)
with patch('__main__.func', autospec=True) as fn:
    func(1)
    show(func, 1, 2, 3)
    print(fn.call_count, fn.called, fn.call_args)
    fn.assert_called_once_with(1)
    print(clean(fn.return_value), clean(fn))
    print(type(fn).__name__)
s = create_autospec(Thing, instance=True)
s.meth(1)
show(s.meth, 1, 2)
show(s)
print(clean(s), clean(s.meth), s.mock_calls)
s = create_autospec(Thing, spec_set=True)
show(setattr, s, 'nope', 1)
s.attr = 3
print(s.attr)
pr = create_autospec(Thing).return_value.prop
print(type(pr).__name__)
@patch('__main__.func')
@patch('__main__.Thing')
def two(T, F):
    return type(T).__name__, type(F).__name__
print(two())
class T(unittest.TestCase):
    @patch('__main__.func', return_value=5)
    def test_x(self, f):
        self.assertEqual(func(), 5)
    @patch.object(Thing, 'attr', 7)
    def test_y(self):
        self.assertEqual(Thing.attr, 7)
r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, r.wasSuccessful(), Thing.attr)
with patch.multiple(Thing, attr=3, new_one=5, create=True):
    print(Thing.attr, Thing.new_one)
print(hasattr(Thing, 'new_one'))
with patch('sys.argv', ['x', 'y']):
    print(sys.argv)
print(sys.argv != ['x', 'y'])
d = {'a': 1}
p = patch.dict(d, a=2)
p.start(); print(d); p.stop(); print(d)
with patch.object(Thing, 'meth', new_callable=Mock, return_value=9) as mm:
    print(Thing().meth(), mm.call_args)
with patch('__main__.Thing.attr', sentinel.val):
    print(Thing.attr)
show(patch('__main__.Thing.missing').__enter__)
with patch('__main__.Thing.missing', create=True) as mi:
    print(clean(mi))
print(hasattr(Thing, 'missing'))
with patch.object(Thing, 'prop', new_callable=mock.PropertyMock, return_value=8):
    print(Thing().prop)
print(Thing().prop)
m = mock.mock_open(read_data='x\ny')
with patch('builtins.open', m):
    with open('a') as fh:
        for line in fh: print(repr(line))
    with open('a') as fh:
        print(fh.readlines())
    print(open('a').read(1), m.call_count)
print(m.mock_calls[:3])
