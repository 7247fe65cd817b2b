import reprlib, array, collections
r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(()), r([]))
print(r(set(range(20))), r(set()), r(frozenset()), r(frozenset({3,1,2})), r(frozenset(range(10))))
print(r({i: str(i) for i in range(10)}), r({}), r({'a': [1, [2, [3, [4, [5, [6, [7]]]]]]]}))
print(r('x' * 100), r('abc'), r("it's" * 20), r(b'x' * 100))
print(r(10 ** 100), r(-10 ** 60), r(12345))
print(r(array.array('i')), r(array.array('i', range(10))), r(array.array('d', [1.5])))
print(r(collections.deque(range(10))), r(collections.deque()))
print(r([[[[[[[[1]]]]]]]]), r([[[[[[[[]]]]]]]]), r(((((((((1,),),),),),),),)))
class Bad:
    def __repr__(self): raise ValueError
b = Bad()
s = r(b); print(s.startswith('<Bad instance at 0x'), s == '<Bad instance at %#x>' % id(b))
class Long:
    def __repr__(self): return 'L' * 50
print(r(Long()))
R = reprlib.Repr(); R.maxlist = 2; R.fillvalue = '+++'; R.maxlevel = 1
print(R.repr([1, 2, 3, 4]), R.repr([[1], [2]]), R.repr({'a': {}}), R.repr({'a': {'b': 1}}))
R.maxstring = 5; print(R.repr('abcdefghij'), R.repr('ab'))
R.maxstring = 0; print(R.repr('abcdefghij'))
R.maxlong = 3; print(R.repr(123456))
print(R.repr1(5, 0), R.repr1([1], 0), R.repr1((), 0), R.repr1([], 0))
class Foo:
    def __init__(self): self.items = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return 'Foo(%r)' % self.items
    __repr__.extra = 1
print(repr(Foo()), Foo.__repr__.__name__, Foo.__repr__.__qualname__, Foo.__repr__.__doc__, Foo.__repr__.__module__)
class G(list):
    @reprlib.recursive_repr('<<rec>>')
    def __repr__(self): 
        "my doc"
        return 'G' + list.__repr__(self)
g = G(); g.append(g); g.append([g]); print(repr(g), G.__repr__.__doc__)
print(hasattr(Foo.__repr__, '__wrapped__'), Foo.__repr__.__annotations__)
class my_type: pass
class X(int): pass
print(r(X(5)), r(True), r(None), r(1.5), r(type))
print(reprlib.__all__, type(reprlib.aRepr).__name__)
