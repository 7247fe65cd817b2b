# inspect: getsource/getsourcelines of nested classes, multi-line signatures, one-liners, lambdas;
# signatures of partials, __new__, __call__, string annotations; getcomments.
import inspect, functools


class Outer:
    class Inner:
        def deep(self, x,
                 y=2,
                 *, z):
            """Deep doc."""
            return (x,
                    y)

    def one_liner(self): return 1

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def cached(a):
        return a


def multi(
    a,
    b: int = 3,
) -> str:
    # comment inside
    x = 1

    return str(a)
# trailing comment


square = lambda n: n * n


def gen_fn(*, key=None):
    yield key


print(inspect.getsource(Outer.Inner.deep), end="")
print(inspect.getsource(Outer.one_liner), end="")
print(inspect.getsource(multi), end="")
print(inspect.getsource(square), end="")
print(inspect.getsource(Outer.Inner), end="")
print(inspect.getsourcelines(gen_fn)[1])
print(inspect.signature(Outer.Inner.deep), inspect.signature(multi), inspect.signature(square))
print(inspect.signature(gen_fn), inspect.isgeneratorfunction(gen_fn))
print(inspect.getdoc(Outer.Inner().deep))
print(inspect.signature(functools.partial(multi, b=4)))
print(inspect.signature(functools.partial(Outer.Inner.deep, 1, 2)))
print(inspect.getcomments(multi))
def ann(a: "list[int]", b: dict = {}, *c: int, d: "x" = 1, **e: float) -> "tuple":
    pass
print(inspect.signature(ann))
print(inspect.signature(ann).parameters['c'], inspect.signature(ann).parameters['e'])
class WithNew:
    def __new__(cls, a, b=1):
        return object.__new__(cls)
print(inspect.signature(WithNew))
class Callable:
    def __call__(self, x, /, y):
        pass
print(inspect.signature(Callable()))
print(inspect.signature(Outer.cached) if False else "")
ba = inspect.signature(ann).bind([1], {}, 3, 4, d=5, f=6.0)
print(ba.arguments, ba.args, ba.kwargs)
