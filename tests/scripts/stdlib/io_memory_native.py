# io.StringIO and io.BytesIO as CPython's: newline translation and the newlines record, reads by
# size and by line, seek/tell/truncate rules and their errors, writes past the end, closed
# streams, bad arguments, iteration, attributes set on instances.
import io

TEXT = 'a\r\nb\rc\nd'
for newline in ('\n', None, '', '\r', '\r\n'):
    s = io.StringIO(TEXT, newline=newline)
    print(repr(newline), repr(s.getvalue()), s.newlines, s.readlines())
    s = io.StringIO(newline=newline)
    s.write('x\r')
    s.write('\ny\n')
    s.seek(0)
    print('  ', repr(s.read()), s.newlines, list(io.StringIO('p\rq\r\nr\ns', newline=newline)))

s = io.StringIO('héllo\nwörld\nlast')
print(s.read(3), s.tell(), repr(s.readline()), repr(s.readline(2)), s.readlines(), repr(s.read()), s.tell())
s.seek(0)
print([line for line in s], s.tell())
s = io.StringIO('a\nbb\nccc\ndddd\n')
print(s.readlines(3), s.readlines(0), io.StringIO('a\nbb\n').readlines(None))
print(io.StringIO('abc').read(None), io.StringIO('abc').read(-5), io.StringIO('abc').readline(None))

s = io.StringIO('abcdef')
for args in [(-1,), (3, 3), (-2, 1), (2, 1), (0, 1), (0, 2), (10,), (1.5,), ('x',), (True,)]:
    try:
        print('seek', args, s.seek(*args), s.tell())
    except Exception as e:
        print('seek', args, type(e).__name__, e)
s.write('X')
print(repr(s.getvalue()), s.tell())
for args in [(-1,), (20,), (2,), (None,), (1.5,), ()]:
    try:
        print('truncate', args, s.truncate(*args), repr(s.getvalue()), s.tell())
    except Exception as e:
        print('truncate', args, type(e).__name__, e)
s = io.StringIO('0123456789')
s.seek(3)
print(s.write('ab'), repr(s.getvalue()), s.tell(), s.write('cdefghijk'), repr(s.getvalue()))

for bad in [(1,), (b'x',), ('', 'x'), ('', 5), ('', '\n\n')]:
    try:
        io.StringIO(*bad)
    except Exception as e:
        print('StringIO', bad, type(e).__name__, e)
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value='kw', newline='').getvalue()))
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print(e)
s = io.StringIO()
print(s.encoding, s.errors, s.line_buffering, s.newlines, s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
for name in ('fileno', 'detach'):
    try:
        getattr(s, name)()
    except io.UnsupportedOperation as e:
        print(name, 'UnsupportedOperation', e)
s.name = 'named'
print(s.name, s.__dict__)
with io.StringIO('in a with') as s:
    print(s.read())
print(s.closed)

s = io.StringIO()
s.close()
s.close()
for m in ('read', 'readline', 'write', 'getvalue', 'seek', 'tell', 'truncate', 'flush', 'readable', 'writable',
          'seekable', 'isatty', 'readlines', '__iter__', '__next__', '__enter__'):
    try:
        args = {'write': ('x',), 'seek': (0,)}.get(m, ())
        print(m, getattr(s, m)(*args))
    except Exception as e:
        print(m, type(e).__name__, e)

# BytesIO
b = io.BytesIO(b'abcdef')
for args in [(-1,), (3, 3), (-2, 1), (-100, 2), (2, 2), (1, 1), (1.5,), ('x',)]:
    try:
        print('seek', args, b.seek(*args))
    except Exception as e:
        print('seek', args, type(e).__name__, e)
for args in [(-1,), (2,), (None,), (10,), (1.5,)]:
    try:
        print('truncate', args, b.truncate(*args), b.getvalue(), b.tell())
    except Exception as e:
        print('truncate', args, type(e).__name__, e)
for init in [b'', b'xy', bytearray(b'zz'), memoryview(b'mv'), None, 'str', 5, [1, 2]]:
    try:
        print('BytesIO', type(init).__name__, io.BytesIO(init).getvalue())
    except Exception as e:
        print('BytesIO', type(init).__name__, type(e).__name__, e)
b = io.BytesIO(b'ab\ncd\nef')
ba = bytearray(4)
print(b.readinto(ba), ba, b.read1(), b.readlines(), b.read(), b.readinto(bytearray(3)))
b = io.BytesIO(b'a\nbb\nccc\n')
print(b.readlines(3), io.BytesIO(b'a\nbb\nccc\n').readlines(2), list(io.BytesIO(b'1\n2\n\n3')))
b = io.BytesIO()
b.seek(3)
print(b.write(b'x'), b.getvalue(), b.write(bytearray(b'yz')), b.write(memoryview(b'!')), b.getvalue(), b.tell())
b.seek(1)
b.write(b'OVER')
print(b.getvalue(), b.readline(), b.read(1))
for bad in ('text', 5, None):
    try:
        b.write(bad)
    except TypeError as e:
        print('write', type(bad).__name__, e)
b.writelines([b'l1', bytearray(b'l2')])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b.close()
for m in ('read', 'read1', 'readline', 'write', 'getvalue', 'seek', 'tell', 'truncate', 'flush', 'readable',
          'readlines', '__next__', 'readinto'):
    try:
        args = {'write': (b'x',), 'seek': (0,), 'readinto': (bytearray(2),)}.get(m, ())
        print(m, getattr(b, m)(*args))
    except Exception as e:
        print(m, type(e).__name__, e)
print(iter(b) is b)
