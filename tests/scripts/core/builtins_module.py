import builtins
print(builtins.__name__, builtins.len is len, 'print' in dir(builtins), type(builtins).__name__)
orig = builtins.print
def shout(*a, **k):
    orig(*[str(x).upper() for x in a], **k)
builtins.print = shout
print("hello")
builtins.print = orig
print(hasattr(builtins, "ValueError"), builtins.ValueError is ValueError)
import sys
print(sys.modules['builtins'] is builtins)
