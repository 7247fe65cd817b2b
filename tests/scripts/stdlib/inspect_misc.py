# inspect: typing annotations in signatures, __init__ signatures and argspecs, get_annotations of classes,
# getmembers with failing properties, property docs, getmodule of builtins, unwrap loops, getattr_static.
import inspect, typing
from typing import Optional, List, Dict, Callable
def f(a: Optional[int] = None, b: List[str] = (), c: Dict[str, int] = {}, d: "Foo" = 1, e: None = None, *args: int, g: typing.Any, **kw: Callable[[int], str]) -> typing.Union[int, str]: pass
print(inspect.signature(f))
def g(a: list[int], b: int | None) -> dict[str, list[int]]: pass
print(inspect.signature(g))
print(inspect.formatannotation(typing.List[int]), inspect.formatannotation(Optional[str]))
class C:
    def __init__(self, x: int = 1) -> None: pass
print(inspect.signature(C), inspect.signature(C.__init__))
print(inspect.getfullargspec(C.__init__))
print(sorted(inspect.getcallargs(C.__init__, C(), 5)))
print(inspect.get_annotations(C.__init__), inspect.get_annotations(C))
class D:
    a: int
    b: "str" = "x"
print(inspect.get_annotations(D), inspect.get_annotations(D, eval_str=True))
import os, sys, collections
class P:
    @property
    def boom(self):
        raise AttributeError("no")
    @property
    def ok(self):
        "ok doc"
        return 1
    def __getattr__(self, n):
        if n == 'dyn': return 5
        raise AttributeError(n)
print([n for n, v in inspect.getmembers(P()) if not n.startswith('_')])
print(inspect.getdoc(P.ok), inspect.getdoc(P.__dict__['ok']))
print(inspect.getmodule(len).__name__ if inspect.getmodule(len) else None)
print(inspect.getmodule(collections.OrderedDict).__name__)
print(inspect.getsourcelines(sys.modules[__name__])[1], inspect.getsource(sys.modules[__name__]).splitlines()[0])
print(inspect.ismodule(os), inspect.isclass(P), inspect.isfunction(P.ok.fget) if False else "")
print(inspect.signature(P.__getattr__))
print(inspect.getattr_static(P(), 'ok').__class__.__name__, inspect.getattr_static(P, '__getattr__').__name__)
try:
    inspect.getattr_static(P(), 'dyn')
except AttributeError as e:
    print("AttributeError", e)
def f(): pass
f.__wrapped__ = f
try:
    inspect.unwrap(f)
except ValueError as e:
    print("ValueError", str(e)[:40])
print(inspect.isroutine(len), inspect.isroutine(P.ok), inspect.isdatadescriptor(P.ok) if False else inspect.isdatadescriptor(P.__dict__['ok']))
print(inspect.getmro(bool))
print(inspect.isabstract(collections.abc.Mapping), inspect.isabstract(dict))
print(inspect.cleandoc("\tTabbed\n\t  more\n\tend"))
