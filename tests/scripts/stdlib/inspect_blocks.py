# inspect.getsource on awkward blocks: strings and comments at column 0 inside bodies, backslash
# continuations, multi-line decorators, local classes and functions, lambdas, frames and tracebacks.
import inspect, functools


def with_string():
    text = """
no indent here
  still inside"""
    return text


def with_comment():
    x = 1
# a column-0 comment inside
    return x


def continued(a,
              b) \
        -> int:
    return a + \
b


@functools.lru_cache(
    maxsize=None,
)
def cached(x):
    return x


def outer():
    def inner(y):
        return [y
                for _ in range(2)]
    class Local:
        def m(self):
            return 1
    return inner, Local


class K:
    x = (1,
         2)

    def after(self): pass


    # gap


    def later(self):
        return "s"  # c


f = lambda a: (a,
               a)
inner, Local = outer()
for obj in [with_string, with_comment, continued, cached, inner, Local, Local.m, K, K.after, K.later, f]:
    print(inspect.getsource(obj), end="")
    print("---", inspect.getsourcelines(obj)[1])
print(inspect.getsource(outer.__code__) == inspect.getsource(outer))
import sys
def fr():
    return sys._getframe()
print(inspect.getsource(fr()).splitlines()[0])
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
print(inspect.getframeinfo(tb)[1:4], inspect.getinnerframes(tb)[0][3])
print(inspect.getcomments(K.later), inspect.getcomments(K))
print(repr(inspect.getcomments(sys.modules[__name__])))
