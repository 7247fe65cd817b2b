"""__import__ with fromlist and level, and its errors."""
import sys

m = __import__('os.path')
print(m.__name__)
m = __import__('os.path', fromlist=['join'])
print(m.__name__)
m = __import__('helper_pkg.deep', globals(), locals(), [], 0)
print(m.__name__)
m = __import__('helper_pkg.deep', fromlist=['leaf'])
print(m.__name__, m.leaf.LEAF)
m = __import__('helper_pkg', fromlist=['extra', 'nothing_here'])
print(m.__name__, m.extra.E, hasattr(m, 'nothing_here'))
m = __import__('helper_pkg', fromlist=['*'])
print(m.__name__)
g = {'__name__': 'helper_pkg.deep.leaf', '__package__': 'helper_pkg.deep'}
print(__import__('', g, None, ['leaf'], 1).__name__)
print(__import__('leaf', g, None, [], 1).__name__)
print(__import__('sub', g, None, [], 2).__name__)
print(__import__('deep.leaf', {'__name__': 'helper_pkg.x'}, None, [], 1).__name__)
print(__import__('deep.leaf', {'__name__': 'helper_pkg.x'}, None, ['LEAF'], 1).__name__)
for args in [("x", None, None, [], 1), ("x", 5, None, [], 1), ("x", {}, None, [], 1),
             ("", {"__package__": "a.b"}, None, [], 3), ("x", {"__package__": 5}, None, [], 1),
             ("", {}, None, [], 0), (5,), ("x", {}, None, [], -1), ("x", {"__package__": ""}, None, [], 1),
             ("helper_pkg", None, None, [5], 0)]:
    try:
        __import__(*args)
    except BaseException as e:
        print(type(e).__name__, e)
try:
    __import__()
except TypeError as e:
    print(e)
