import sys
print(sys.flags.optimize, sys.flags.debug, sys.flags.hash_randomization, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags), sys.flags[0])
print(type(sys.flags).__name__, isinstance(sys.flags, tuple))
try:
    sys.flags.debug = 1
except Exception as e:
    print(type(e).__name__, e)
impl = sys.implementation
print(type(impl).__name__, isinstance(impl.name, str), impl.name == impl.name.lower())
print(len(impl.version), impl.version.releaselevel, isinstance(impl.hexversion, int))
print(sys.intern('abc') == 'abc', sys.intern('x' * 3) is sys.intern('xxx'))
for bad in (1, b'x'):
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)
class S(str): pass
try:
    sys.intern(S('a'))
except TypeError as e:
    print('TypeError', e)
print(all(isinstance(sys.getsizeof(o), int) and sys.getsizeof(o) > 0 for o in (1, 'a', [], {}, (), 2**100, object(), 1.5, None)))
print(sys.getsizeof([1, 2, 3]) >= sys.getsizeof([]), sys.getsizeof('abcdef') > sys.getsizeof('a'))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) >= 1000)
class Slotted:
    __slots__ = ('a', 'b')
class Plain:
    pass
p = Plain(); p.a = 1; p.b = 2
s = Slotted(); s.a = 1; s.b = 2
print(sys.getsizeof(s) < sys.getsizeof(p) + sys.getsizeof(p.__dict__))
