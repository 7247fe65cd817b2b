# input() reads a replaced sys.stdin and writes its prompt to a replaced sys.stdout, as python3.
import io
import sys

sys.stdin = io.StringIO('first\nsecond\r\nthird')
print(repr(input('p1> ')), repr(input()), repr(input('x')))
try:
    input('end> ')
except EOFError as e:
    print('EOFError', e)


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ''


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(('write', text))

    def flush(self):
        self.calls.append(('flush',))


real_stdout = sys.stdout
sys.stdin = Lines('a\n', 'b', b'raw bytes\n')
recorder = Recorder()
sys.stdout = recorder
values = [input(42), input(), input('?')]
sys.stdout = real_stdout
print(values, recorder.calls)


class NotText:
    def readline(self):
        return 17


sys.stdin = NotText()
try:
    input()
except TypeError as e:
    print('TypeError', e)

for name in ('stdin', 'stdout', 'stderr'):
    saved = getattr(sys, name)
    setattr(sys, name, None)
    try:
        input()
    except RuntimeError as e:
        message = str(e)
    setattr(sys, name, saved)
    print(name, message)

sys.stdin = io.StringIO('')
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError', e)
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError', e)
