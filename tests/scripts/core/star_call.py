# Calls with a single *iterable argument, and the error when it is not iterable.
def f(*a): return a
print(f(*[1, 2]), f(*(3,)), f(*range(3)), f(*'ab'), f(*{1: 2}), print(*[1, 2], sep='-'))
class A:
    def m(self, *a): return a
print(A().m(*[5]))
for call in [lambda: f(*5), lambda: print(*None), lambda: A().m(*1), lambda: A(*3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(*a):
    return f(*a)
print(g(1, 2))
