# inspect: getcallargs errors, getattr_static, class source with decorators and nesting in functions,
# getcomments, partialmethod, metaclass __call__, Signature/Parameter equality and hashing, builtins.
import functools
import inspect
from inspect import Parameter, Signature


def f(a, b, c=3, *rest, d, e=5, **kw):
    pass


def g(x, y=1):
    pass


def h(p, q, r, s):
    pass


for fn, args, kwargs in [(f, (1, 2), {"d": 4}), (f, (1, 2, 3, 4, 5), {"d": 1, "z": 2}),
                         (g, (1, 2, 3), {}), (g, (), {}), (g, (1,), {"x": 2}), (g, (1,), {"w": 2}),
                         (f, (1,), {}), (f, (1, 2), {}), (h, (), {}), (h, (1,), {}),
                         (h, (1, 2, 3, 4, 5), {}), (lambda *, k: 0, (1,), {"k": 1}),
                         (lambda a, *, k: 0, (1, 2), {"k": 1})]:
    try:
        print(sorted(inspect.getcallargs(fn, *args, **kwargs).items()))
    except TypeError as e:
        print("TypeError:", e)


class Desc:
    def __get__(self, obj, kind=None):
        return "got"

    def __set__(self, obj, value):
        pass


class Meta(type):
    meta_attr = "meta"


class Thing(metaclass=Meta):
    d = Desc()
    plain = 1

    def __init__(self):
        self.__dict__["d"] = "instance"
        self.plain = 2
        self.own = 3

    def __getattr__(self, name):
        return "dynamic"


t = Thing()
print(t.d, inspect.getattr_static(t, "d").__class__.__name__, inspect.getattr_static(t, "plain"),
      inspect.getattr_static(t, "own"), inspect.getattr_static(Thing, "meta_attr"))
try:
    inspect.getattr_static(t, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n, v in inspect.getmembers_static(Thing) if not n.startswith("__")])


def decorate(cls):
    return cls


# A comment about Decorated
# over two lines
@decorate
class Decorated:
    """Docs."""

    # comment about method
    def method(self):  # trailing
        return 1


def factory():
    class Local:
        value = 1

        def get(self):
            return self.value
    return Local


print(inspect.getsource(Decorated), end="")
print(inspect.getsource(factory()), end="")
print(inspect.getsource(factory().get), end="")
print(repr(inspect.getcomments(Decorated)), repr(inspect.getcomments(Decorated.method)))
print(inspect.getsourcelines(Decorated.method)[1], inspect.findsource(factory)[1])


class WithPartial:
    def target(self, a, b, c=1):
        pass

    part = functools.partialmethod(target, 1)


print(inspect.signature(WithPartial.part), inspect.signature(WithPartial().part))


class CallMeta(type):
    def __call__(cls, token, *, flag=False):
        return super().__call__()


class Made(metaclass=CallMeta):
    def __init__(self):
        pass


print(inspect.signature(Made))
s1 = inspect.signature(f)
s2 = Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD),
                Parameter("c", Parameter.POSITIONAL_OR_KEYWORD, default=3),
                Parameter("rest", Parameter.VAR_POSITIONAL), Parameter("e", Parameter.KEYWORD_ONLY, default=5),
                Parameter("d", Parameter.KEYWORD_ONLY), Parameter("kw", Parameter.VAR_KEYWORD)])
print(s1 == s2, hash(s1) == hash(s2), s1 != inspect.signature(g), s2)
print(s1.replace(return_annotation=int), s1.replace(parameters=[]))
print(hash(Parameter("a", 1)) == hash(Parameter("a", 1)), Parameter("a", 1) == Parameter("a", 2))
b1 = s1.bind(1, 2, d=3)
print(b1 == s1.bind(1, 2, d=3), b1 == s1.bind(1, 2, d=4), b1.signature is s1)
print(s1.bind_partial(1, 2, 3, 4, 5, z=1), s1.bind_partial())
print(inspect.signature(lambda *args, a, **kw: 0).bind(1, 2, a=3, b=4).kwargs)
print(inspect.signature(g).bind(1, 2).args, inspect.signature(g).bind(y=2, x=1).args)
for obj in [int, dict, object, len, print, sorted, getattr]:
    try:
        print(inspect.signature(obj))
    except ValueError as e:
        print("ValueError:", e)
print(inspect.signature(Parameter.replace))
print(repr(Parameter.KEYWORD_ONLY), Parameter.KEYWORD_ONLY.description, Parameter.KEYWORD_ONLY == 3)
print(inspect.signature(functools.partial(g, y=5)), inspect.signature(functools.partial(f, 1, 2, 3, 4)))
try:
    inspect.signature(functools.partial(g, 1, 2, 3))
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0], str(e).split(">")[1])


def gen():
    yield 1


print(inspect.getargs(f.__code__))
print(inspect.unwrap(functools.wraps(g)(lambda: 0)) is g)
print(inspect.isdatadescriptor(Desc()), inspect.ismethoddescriptor(Desc()), inspect.isroutine(Desc()))
print(inspect.getdoc(Decorated().method), inspect.getdoc(Thing), inspect.cleandoc(""), repr(inspect.cleandoc("   \n  ")))
print(inspect.formatannotation(list[int]), inspect.formatannotation(Desc, "__main__"), inspect.formatannotation(None))
print(inspect.signature(lambda a: 0).parameters["a"].kind is Parameter.POSITIONAL_OR_KEYWORD)
print(inspect.signature(lambda a: 0).parameters == inspect.signature(lambda a: 0).parameters)
print(str(inspect.signature(lambda a: 0).parameters), len(inspect.signature(f).parameters))
