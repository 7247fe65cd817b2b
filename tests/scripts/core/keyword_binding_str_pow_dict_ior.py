for c in ["str(object=5)", "str(object=b'a')", "str(object=b'a', encoding='ascii')", "str(b'a', encoding='ascii')", "str(encoding='ascii')", "str(1, object=2)", "str(b'x', 'ascii', errors='strict')", "str(object='s')",
          "pow(base=2, exp=3, mod=5)", "pow(2, exp=3)", "pow(2, base=3)", "pow(base=2)", "pow(2, 3, x=1)", "pow(exp=2, base=3)", "pow(2, 3, mod=None)", "pow(2, 3, 5, mod=1)", "pow(2.0, exp=0.5)"]:
    try: print(c, '->', repr(eval(c)))
    except TypeError as e: print(c, 'TypeError:', e)
d = {'a': 1}; d |= [('b', 2)]; print(d)
d |= {'c': 3}.items(); print(d)
try:
    d |= 5
except TypeError as e: print(e)
try:
    d |= [1]
except (TypeError, ValueError) as e: print(type(e).__name__, e)
class M:
    def keys(self): return ['z']
    def __getitem__(self, k): return 26
d |= M(); print(d)
try:
    print({'a': 1} | [('b', 2)])
except TypeError as e: print(e)
