import warnings, sys
print(warnings.filters[:2] == [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0)])
def f(n):
    warnings.warn("deprecated thing %d" % n, DeprecationWarning, stacklevel=2)
for i in range(3):
    f(0)
warnings.warn("plain")
warnings.warn("plain")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="abc.*")
    warnings.warn("abcdef")
    warnings.warn("xyz")
    warnings.warn("XYZ", RuntimeWarning)
    warnings.warn("ABCx")
    print([str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename == __file__)
    print(str(w[0])[:40])
print(len(warnings.filters))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
warnings.warn("after catch")
def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno)
old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("custom shown")
warnings.showwarning = old
def my_fmt(message, category, filename, lineno, line=None):
    return "FMT %s %s\n" % (category.__name__, message)
warnings.formatwarning = my_fmt
warnings.warn("formatted", FutureWarning)
warnings.formatwarning = warnings._formatwarning_orig
warnings.filterwarnings("error", module="__main__", lineno=0)
try:
    warnings.warn("err via module")
except UserWarning as e:
    print("module filter", e)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module only")
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "  src line  "))
c = warnings.catch_warnings(record=True)
print(repr(c))
c.__enter__()
try: c.__enter__()
except RuntimeError as e: print(e)
c.__exit__(None, None, None)
try: warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e: print(e)
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", category=int), lambda: warnings.warn("x", int), lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try: bad()
    except (AssertionError, TypeError) as e: print(type(e).__name__, e)
warnings.warn(UserWarning("an instance"))
warnings.warn_explicit("explicit", RuntimeWarning, "some/file.py", 12)
warnings.warn_explicit("explicit2", RuntimeWarning, "some/file.py", 12, module="x", registry={})
warnings.simplefilter("always")
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced by action")
print(WarningMessage := warnings.WarningMessage("m", UserWarning, "f", 1))
print(sys.modules['warnings'] is warnings)
