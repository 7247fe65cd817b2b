# inspect: predicates, getmembers, getdoc/cleandoc, getmro, unwrap, getsource/getsourcelines,
# getfile/getmodule, currentframe/stack/getframeinfo, isabstract, get_annotations.
import helper_paths
import abc
import functools
import inspect
import os
import sys


def plain(a, b=1):
    """Plain function.

    With a longer description,
        indented here.
    """
    return a + b


def gen():
    yield 1


class Base:
    """Base docstring."""

    x = 5

    def method(self):
        """Method doc."""
        return 1

    @property
    def prop(self):
        return 2

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


class Child(Base):
    def method(self):
        return 2


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abstract):
    def run(self):
        return 1


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def decorated(x):
    return x


objs = {"plain": plain, "gen": gen, "gen()": gen(), "Base": Base, "Base()": Base(), "method": Base().method,
        "Base.method": Base.method, "len": len, "[].append": [].append, "os": os, "lambda": lambda: 0,
        "1": 1, "decorated": decorated, "frame": sys._getframe()}
preds = ["isfunction", "isclass", "ismethod", "ismodule", "isgenerator", "isgeneratorfunction",
         "isbuiltin", "isroutine", "iscoroutinefunction", "isframe", "iscode", "isabstract",
         "istraceback", "iscoroutine", "isawaitable", "isasyncgenfunction"]
for name, obj in objs.items():
    print(name, [p for p in preds if getattr(inspect, p)(obj)])
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isclass(Abstract))
print(inspect.iscode(plain.__code__), inspect.isdatadescriptor(Base.__dict__["prop"]))

print([name for name, _ in inspect.getmembers(Child) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child(), inspect.ismethod)])
print(inspect.getmembers(Base, lambda v: v == 5))
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child().method)))
print(repr(inspect.getdoc(Base.method)), inspect.getdoc(1) == inspect.getdoc(int))
print(repr(inspect.cleandoc("  first\n    second\n      third\n\n")))
print(repr(inspect.cleandoc("\n\n  a\n  b\n")))
print(repr(inspect.cleandoc("x\n\ty")))
print(inspect.getmro(Child) == (Child, Base, object))
print(inspect.unwrap(decorated) is decorated.__wrapped__, inspect.unwrap(plain) is plain)
print(inspect.unwrap(decorated, stop=lambda f: True) is decorated)

print(inspect.getsource(plain), end="")
print(inspect.getsourcelines(gen))
print(inspect.getsource(Child), end="")
print(inspect.getsource(decorated), end="")
print(inspect.getsource(Base.method), end="")
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getsourcefile(Base)))
print(inspect.getmodule(plain).__name__, inspect.getmodule(os.path.join).__name__)
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("/a/b/data.txt"))
for bad in [len, 1]:
    try:
        inspect.getsource(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.getfile(sys)
except TypeError as e:
    print("TypeError:", e)
print(inspect.get_annotations(plain), inspect.get_annotations(lambda x: x))


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    return (frame.f_code.co_name, os.path.basename(info.filename), info.lineno, info.function,
            info.code_context, info.index)


print(where())


def outer():
    return inner()


def inner():
    return [(os.path.basename(f.filename), f.function, f.lineno) for f in inspect.stack()][:3]


print(outer())
print(inspect.stack()[0].function, inspect.stack()[0][3])
print(inspect.getattr_static(Base, "prop").__class__.__name__, inspect.getattr_static(Base(), "x"))
print(inspect.getattr_static(Base, "nope", "default"))
print(inspect.Parameter.empty.__name__, inspect.Signature.empty is inspect.Parameter.empty)
print(inspect.indentsize("    x"), inspect.indentsize("\tx"))
print(inspect.getcomments(where))
