"""sys.stdout.buffer / sys.stderr.buffer / sys.stdin.buffer: bytes written to the standard streams
land in order with text flushed before them; the same object each time."""
import sys, io
print('text first')
sys.stdout.flush()
sys.stdout.buffer.write(b'bytes second\n')
sys.stdout.buffer.flush()
b = sys.stdout.buffer
print(b is sys.stdout.buffer, b.name, b.mode, b.writable(), b.readable(), isinstance(b, io.IOBase))
sys.stdout.flush()
print(b.write(b'third\n'), b.write(bytearray(b'fourth\n')))
sys.stdout.flush()
b.writelines([b'fifth\n', b'sixth\n'])
b.flush()
try:
    b.write('text')
except TypeError as e:
    print('TypeError', e)
print(sys.stdin.buffer.name, sys.stdin.buffer.mode, sys.stdin.buffer.read())
print(sys.stderr.buffer.name, sys.stderr.buffer.mode)
