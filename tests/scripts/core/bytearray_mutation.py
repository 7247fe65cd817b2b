# bytearray: every mutator, slice assignment and deletion, += and *=, and their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def run(label, ba, op):
    try:
        r = op(ba)
        print(label, repr(ba), repr(r))
    except Exception as e:
        print(label, repr(ba), type(e).__name__, e)

run('append', bytearray(b'ab'), lambda b: b.append(99))
run('append big', bytearray(b'ab'), lambda b: b.append(256))
run('append bytes', bytearray(b'ab'), lambda b: b.append(b'c'))
run('append none', bytearray(), lambda b: b.append())
run('append bool', bytearray(), lambda b: b.append(True))
run('extend bytes', bytearray(b'a'), lambda b: b.extend(b'bc'))
run('extend list', bytearray(b'a'), lambda b: b.extend([98, 99]))
run('extend gen', bytearray(b'a'), lambda b: b.extend(x for x in b'xy'))
run('extend ba', bytearray(b'a'), lambda b: b.extend(bytearray(b'z')))
run('extend mv', bytearray(b'a'), lambda b: b.extend(memoryview(b'mv')))
run('extend self', bytearray(b'ab'), lambda b: b.extend(b))
run('extend int', bytearray(b'a'), lambda b: b.extend(5))
run('extend str', bytearray(b'a'), lambda b: b.extend('bc'))
run('extend bad item', bytearray(b'a'), lambda b: b.extend([1, 300]))
run('insert', bytearray(b'ac'), lambda b: b.insert(1, 98))
run('insert neg', bytearray(b'ac'), lambda b: b.insert(-1, 98))
run('insert far', bytearray(b'ac'), lambda b: b.insert(100, 100))
run('insert far neg', bytearray(b'ac'), lambda b: b.insert(-100, 100))
run('insert one', bytearray(b'ac'), lambda b: b.insert(1))
run('insert bad', bytearray(b'ac'), lambda b: b.insert(0, 1000))
run('pop', bytearray(b'abc'), lambda b: b.pop())
run('pop 0', bytearray(b'abc'), lambda b: b.pop(0))
run('pop neg', bytearray(b'abc'), lambda b: b.pop(-2))
run('pop oob', bytearray(b'abc'), lambda b: b.pop(3))
run('pop empty', bytearray(), lambda b: b.pop())
run('pop str', bytearray(b'a'), lambda b: b.pop('x'))
run('pop many', bytearray(b'a'), lambda b: b.pop(1, 2))
run('remove', bytearray(b'abcb'), lambda b: b.remove(98))
run('remove miss', bytearray(b'abc'), lambda b: b.remove(120))
run('remove bytes', bytearray(b'abc'), lambda b: b.remove(b'a'))
run('reverse', bytearray(b'abc'), lambda b: b.reverse())
run('clear', bytearray(b'abc'), lambda b: b.clear())
run('copy', bytearray(b'abc'), lambda b: b.copy() is b)
run('setitem', bytearray(b'abc'), lambda b: b.__setitem__(0, 65))
run('setitem neg', bytearray(b'abc'), lambda b: b.__setitem__(-1, 67))
run('setitem oob', bytearray(b'abc'), lambda b: b.__setitem__(3, 1))
run('setitem bytes', bytearray(b'abc'), lambda b: b.__setitem__(0, b'x'))
run('setitem big', bytearray(b'abc'), lambda b: b.__setitem__(0, 256))
run('setitem key', bytearray(b'abc'), lambda b: b.__setitem__('k', 1))
def sl(label, data, key, value):
    b = bytearray(data)
    try:
        b[key] = value
        print(label, repr(b))
    except Exception as e:
        print(label, repr(b), type(e).__name__, e)
sl('slice same', b'abcdef', slice(1, 3), b'XY')
sl('slice grow', b'abcdef', slice(1, 3), b'WXYZ')
sl('slice shrink', b'abcdef', slice(1, 5), b'-')
sl('slice empty', b'abcdef', slice(2, 2), b'123')
sl('slice delete', b'abcdef', slice(0, 3), b'')
sl('slice list', b'abcdef', slice(0, 2), [49, 50, 51])
sl('slice ba', b'abcdef', slice(4, None), bytearray(b'!!'))
sl('slice mv', b'abcdef', slice(None, 1), memoryview(b'mv'))
sl('slice int', b'abcdef', slice(0, 1), 5)
sl('slice str', b'abcdef', slice(0, 1), 'x')
sl('slice bad item', b'abcdef', slice(0, 1), [300])
sl('slice reversed bounds', b'abcdef', slice(4, 2), b'XY')
sl('ext slice', b'abcdef', slice(None, None, 2), b'123')
sl('ext slice neg', b'abcdef', slice(None, None, -2), b'123')
sl('ext slice size', b'abcdef', slice(None, None, 2), b'12')
sl('ext slice list', b'abcdef', slice(1, None, 2), [120, 121, 122])
sl('step zero', b'abc', slice(None, None, 0), b'')
def dl(label, data, key):
    b = bytearray(data)
    try:
        del b[key]
        print(label, repr(b))
    except Exception as e:
        print(label, repr(b), type(e).__name__, e)
dl('del index', b'abcdef', 0)
dl('del neg', b'abcdef', -1)
dl('del oob', b'abc', 5)
dl('del slice', b'abcdef', slice(1, 4))
dl('del ext', b'abcdef', slice(None, None, 2))
dl('del ext neg', b'abcdef', slice(None, None, -3))
dl('del all', b'abcdef', slice(None))
dl('del str', b'abc', 'x')
b = bytearray(b'ab')
alias = b
b += b'cd'
print('iadd', b, b is alias)
b += bytearray(b'e')
b += memoryview(b'f')
print('iadd buffers', b)
try:
    b += [1]
except TypeError as e:
    print('iadd list', e)
try:
    b += 'x'
except TypeError as e:
    print('iadd str', e)
b *= 2
print('imul', b, b is alias)
b *= 0
print('imul 0', b, b is alias)
try:
    b *= 'x'
except TypeError as e:
    print('imul str', e)
c = bytearray(b'xyz')
it = iter(c)
print('iter live', next(it))
c[1] = 65
c.append(66)
print('iter live', list(it))
class Sub(bytearray):
    pass
s = Sub(b'sub')
print('subclass', s, type(s).__name__, isinstance(s, bytearray), s.upper(), type(s.upper()).__name__, len(s), s + b'!')
s.append(33)
print('subclass append', s)
class Init(bytearray):
    def __init__(self, n):
        super().__init__(b'x' * n)
print('subclass init', Init(3))
