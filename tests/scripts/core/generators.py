# Generators: yield, yield from, send, return values, generator expressions, comprehension scopes.
def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"


g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def outer():
    r = yield from gen(2)
    print("inner returned", r)
    yield from [10, 20]


print(list(outer()))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares), list(x for x in "abc" if x != "b"))
x = "outer"
print([x for x in range(3)], x, {k: v for k, v in zip("ab", (1, 2))}, sorted({c for c in "hello"}))
print([(i, j) for i in range(3) for j in range(i) if j % 2 == 0])
print([[j for j in range(i)] for i in range(4)])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


c = closing()
print(next(c))
c.close()
print(list(zip(range(3), fib())), next(iter(gen(5))))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"


k = catcher()
print(next(k), k.throw(ValueError("boom")), next(k), k.throw(ValueError, "two"))
try:
    k.throw(KeyError("x"))
except KeyError as e:
    print("propagated", repr(e))
print(next(k, "exhausted"))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
fresh = gen(3)
fresh.close()
print(next(fresh, "closed before start"))
try:
    gen(2).send(1)
except TypeError as e:
    print(e)


def averager():
    total, n = 0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n


a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
