# arg moving + binding failures + recursion + generators + closures
def f(a, b=2, *, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=4))
try:
    f()
except TypeError as e:
    print(e)
class K:
    def m(self, x, y=10):
        return self, x, y
    def g(self):
        yield self.v
        yield from range(2)
k = K(); k.v = 7
print(k.m(1)[1:], k.m(1, 2)[1:], list(k.g()))
try:
    k.m()
except TypeError as e:
    print(e)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
def outer(self_):
    def inner():
        return self_.v
    return inner
print(outer(k)())
i = 0
while i < 3:
    i += 1
else:
    print("else", i)
x = [3, 1, 2]
if x[0] > x[1] > x[2]:
    print("chained no")
elif x[0] is not None:
    print("is not")
print(sum(1 for a in range(10) if a % 2 == 0))
assert 1 < 2, "no"
try:
    assert 2 < 1, "msg"
except AssertionError as e:
    print("assert", e)
