# Every function and class of builtins, and the methods of the core types, have a docstring
# (what help() shows); instances read their class's; user classes without one have None.
import builtins

missing = []
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if name.startswith('_') or name in ('copyright', 'credits', 'license', 'exit', 'quit', 'help'):
        continue
    if callable(obj) and not (isinstance(obj.__doc__, str) and obj.__doc__):
        missing.append(name)
print("builtins without a doc:", missing)

for t in (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, range):
    public = [n for n in sorted(vars(t)) if not n.startswith('_') and callable(getattr(t, n))]
    bare = [n for n in public if not getattr(t, n).__doc__]
    print(t.__name__, len(public) > 0, "methods without a doc:", bare)

print((5).__doc__ == int.__doc__, "x".__doc__ == str.__doc__, [].append.__doc__ == list.append.__doc__)
print(ValueError("x").__doc__ == ValueError.__doc__, type(KeyError.__doc__).__name__)


class Plain:
    pass


class Documented:
    """Mine."""


class MyError(ValueError):
    pass


print(Plain.__doc__, Plain().__doc__, Documented.__doc__, Documented().__doc__, MyError.__doc__, MyError().__doc__)
print(len.__doc__.splitlines()[0] != "", isinstance(print.__doc__, str), (1).bit_length.__doc__ is not None)
