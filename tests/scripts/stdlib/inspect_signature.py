# inspect.signature, Signature, Parameter (str, kinds, defaults, annotations), bind and
# bind_partial with their errors, BoundArguments, getfullargspec.
import functools
import inspect
from inspect import Parameter, Signature


def f0():
    pass


def f1(a, b=2, *args, c, d=4, **kw) -> int:
    pass


def f2(x: int, y: "str" = "s", /, z: list = None, *, w: float = 1.5) -> None:
    pass


def f3(*args, **kwargs):
    pass


def f4(a, /, b, *, c):
    pass


def f5(a, b=(1, 2), c={"k": [1]}, d=None, e="text", f=-1.5):
    pass


lam = lambda x, y=3: x + y


class K:
    def method(self, a, b=1):
        pass

    @classmethod
    def cm(cls, x):
        pass

    @staticmethod
    def sm(y, z=0):
        pass

    def __call__(self, q, *, r=2):
        pass


class Init:
    def __init__(self, name, size=10):
        pass


class NoInit:
    pass


class Base:
    def __init__(self, a, b):
        pass


class Derived(Base):
    pass


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(p, q=1):
    pass


for obj in [f0, f1, f2, f3, f4, f5, lam, K.method, K().method, K.cm, K.sm, K(), Init, NoInit,
            Derived, wrapped, functools.partial(f1, 1, c=3), functools.partial(f4, 1)]:
    sig = inspect.signature(obj)
    print(sig)
    for p in sig.parameters.values():
        print("   ", repr(p), p.kind, p.kind.description, p.default is Parameter.empty,
              p.annotation is Parameter.empty)
print(inspect.signature(wrapped, follow_wrapped=False))
print(repr(inspect.signature(f1)), inspect.signature(f1).return_annotation)
print(inspect.signature(f0).return_annotation is Signature.empty)

sig = inspect.signature(f1)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, c=5)
print(ba)
ba.apply_defaults()
print(ba)
print(sig.bind_partial(c=1))
print(inspect.signature(f4).bind(1, 2, c=3).args, inspect.signature(f4).bind(1, b=2, c=3).kwargs)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"a": 1, "c": 2}),
                     ((1,), {"c": 2, "zz": 3})]:
    try:
        print(inspect.signature(f4 if len(args) == 3 else f1).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
for args, kwargs in [((1, 2), {"c": 3, "a": 5}), ((), {"a": 1, "b": 2, "c": 3}), ((1, 2, 3, 4), {})]:
    try:
        print(inspect.signature(f4).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(lam).bind(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(f0).bind(x=1)
except TypeError as e:
    print("TypeError:", e)

p = Parameter("x", Parameter.KEYWORD_ONLY, default=3, annotation=int)
print(p, repr(p), p.name, p.default, p.annotation, p.kind)
print(p.replace(name="y", default=Parameter.empty), p == p.replace(), p == p.replace(default=4))
print(Signature([Parameter("a", Parameter.POSITIONAL_ONLY), p]))
print(Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD)], return_annotation=list))
for bad in [lambda: Parameter("1x", Parameter.POSITIONAL_ONLY),
            lambda: Parameter("def", Parameter.KEYWORD_ONLY),
            lambda: Parameter(5, Parameter.KEYWORD_ONLY),
            lambda: Parameter("a", 7),
            lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("a", Parameter.KEYWORD_ONLY)]),
            lambda: inspect.signature(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Parameter.POSITIONAL_ONLY < Parameter.KEYWORD_ONLY, int(Parameter.VAR_KEYWORD), str(Parameter.VAR_POSITIONAL))
print(inspect.getfullargspec(f1))
print(inspect.getfullargspec(f2))
print(inspect.getfullargspec(K.method))
print(inspect.signature(f1) == inspect.signature(f1), inspect.signature(f1) == inspect.signature(f3))
print(inspect.formatannotation(int), inspect.formatannotation(Init), inspect.formatannotation("x"))
print(list(inspect.signature(f1).parameters))
