for s in ["0._0", "0_.0", "._0", "1_e5", "1e_5", "1_0.5", "1e1_0", "_1", "1_", "1__0", "0x1", " 1_0 ", "1_0e-1_0", "inf", "-iNF", "nan_", "1.5_"]:
    try: print(repr(s), float(s))
    except ValueError as e: print(repr(s), e)
class H:
    def __float__(self): return 1
try: float(H())
except TypeError as e: print(e)
class FS(float): pass
class H2:
    def __float__(self): return FS(2.5)
v = float(H2()); print(v, type(v))
for f in ["%e", "%f", "%g", "{:e}", "{:f}", "{:.3}"]:
    try: print(f % 10**400 if '%' in f else f.format(10**400))
    except OverflowError as e: print(f, e)
try: print(format(10**400, 'f'))
except OverflowError as e: print(e)
print("%(key())s" % {"key()": "aaa"}, "%(a(b)c)s" % {"a(b)c": 1})
