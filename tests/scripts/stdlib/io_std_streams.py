"""sys.stdin/stdout/stderr as text streams: their attributes, reconfigure(), the queries, and
reading stdin whole, by size and by lines (in a child interpreter fed through a pipe)."""
import subprocess
import sys

print(sys.stdout.encoding, sys.stdout.mode, sys.stdin.mode, sys.stderr.mode)
print(sys.stderr.errors)
print(sys.stdout.line_buffering, sys.stdout.write_through, sys.stderr.write_through)
print(sys.stdout.newlines, sys.stdout.closed, sys.stdin.closed)
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.isatty(), sys.stdin.isatty())
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
for kw in [dict(foo=1), dict(encoding=1), dict(newline='x'), dict(line_buffering='x')]:
    try:
        sys.stdout.reconfigure(**kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure('ascii')
except Exception as e:
    print(type(e).__name__, e)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(errors='replace')
print(sys.stdout.errors, sys.stdout.encoding)
sys.stdout.reconfigure(encoding='ascii', errors='backslashreplace')
print('é ü', sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding='latin-1')
print(sys.stdout.errors)
sys.stdout.reconfigure(encoding='utf-8', errors='strict')
print('é back', sys.stdout.encoding)
sys.stdout.flush()

child = r'''
import sys
print(sys.stdin.readable(), sys.stdin.mode)
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)))
print([l for l in sys.stdin])
print(repr(sys.stdin.read()), sys.stdin.readlines())
'''
r = subprocess.run([sys.executable, '-c', child], input='héllo\r\nwörld\nx\ry\nlast'.encode(), capture_output=True)
print(r.stdout.decode(), r.returncode)
child = 'import sys; print(sys.stdin.readlines(5)); print(repr(sys.stdin.read()))'
r = subprocess.run([sys.executable, '-c', child], input=b'ab\ncd\nef\ngh\n', capture_output=True)
print(r.stdout.decode(), r.returncode)
