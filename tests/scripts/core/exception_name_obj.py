# NameError.name, AttributeError.name/.obj: set by the interpreter when it raises them, and
# accepted as keywords by the constructors, as in CPython 3.11.
e = NameError("m", name="x"); print(e.name, e.args)
a = AttributeError("m", name="n", obj=3); print(a.name, a.obj, a.args)
print(AttributeError().name, AttributeError().obj, NameError().name)
for cls in (NameError, AttributeError, ValueError, UnboundLocalError):
    try:
        cls(foo=1)
    except TypeError as t:
        print(t)
class A:
    @property
    def x(self): raise AttributeError("inner")
    def __getattr__(self, name):
        if name == "dyn":
            return 5
        raise AttributeError(f"no {name}")
try: A().x
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
try: A().y
except AttributeError as e: print(e, e.name, type(e.obj).__name__)
print(A().dyn)
def f():
    print(zz)
    zz = 1
try: f()
except NameError as e: print(type(e).__name__, e.name)
import math
try: math.foo
except AttributeError as e: print(e.name, e.obj is math)
try: getattr(3, 'reel')
except AttributeError as e: print(e.name, e.obj)
try: del undefined_global
except NameError as e: print(e, e.name)
def outer():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(e, e.name)
    later = 1
outer()
print(getattr([], 'nope', 'default'), hasattr(1, 'nope'))
