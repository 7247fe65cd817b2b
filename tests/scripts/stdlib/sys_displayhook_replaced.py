# A replaced sys.displayhook sees what interactive code would echo; sys.stdout replacements get
# the default hook's output.
import io
import sys

seen = []
sys.displayhook = seen.append
exec(compile('1 + 1\nNone\n"x" * 3\n', '<input>', 'single')) if False else None
for source in ('1 + 1', 'None', '"x" * 3', '[i * i for i in range(4)]'):
    exec(compile(source, '<input>', 'single'))
print(seen)

sys.displayhook = sys.__displayhook__
buffer = io.StringIO()
real = sys.stdout
sys.stdout = buffer
exec(compile('{"a": 1}', '<input>', 'single'))
exec(compile('None', '<input>', 'single'))
sys.stdout = real
print(repr(buffer.getvalue()))

del sys.displayhook
try:
    exec(compile('5', '<input>', 'single'))
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = sys.__displayhook__
sys.stdout = None
try:
    sys.displayhook(3)
except RuntimeError as e:
    sys.stdout = real
    print('RuntimeError', e)
