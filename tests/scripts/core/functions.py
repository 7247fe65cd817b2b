# def: defaults evaluated once, *args, **kwargs, keyword-only, closures, nonlocal, global, decorators.
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1), append_to(2))


def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(g(1, c=3), g(1, 5, 6, 7, c=8, e=9), g(a=0, c=1))


def pos_only(a, b, /, c):
    return a + b + c

print(pos_only(1, 2, c=3))


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c()
print(c(), c.__name__, counter.__name__)
total = 0


def add(x):
    global total
    total += x

add(5)
add(6)
print(total)
fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])


def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return inner
    return wrap


def twice(fn):
    return lambda *a: fn(fn(*a))


@deco("b")
@deco("i")
def hello(name):
    return "hi " + name


@twice
def inc(x):
    return x + 1

print(hello("bob"), inc(1))


def no_return():
    pass

print(no_return())


def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)

print(rec(20), rec(30))
for bad in ["g()", "g(1, 2)", "g(1, c=1, c=2)" if False else "g(1, x=1)", "pos_only(1, b=2, c=3)", "append_to()"]:
    try:
        eval(bad) if False else None
    except TypeError as e:
        print(e)
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
try:
    pos_only(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    append_to(1, 2, 3)
except TypeError as e:
    print(e)
try:
    append_to(1, y=2)
except TypeError as e:
    print(e)
