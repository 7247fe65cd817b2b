# Star-unpacking in calls, displays and assignment targets; ** in calls and dicts.
def f(*args, **kwargs):
    return args, kwargs

a = [1, 2]
d = {"x": 1}
print(f(*a, 3, *a), f(**d, y=2), f(*"ab", **{"z": 0}, **d))
print([*a, *range(3)], (*a,), {*a, 5}, {**d, "y": 2, **{"x": 9}})
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
p, (q, r), *_ = 1, (2, 3), 4, 5
print(first, rest, init, last, p, q, r)
a, b = b, a = 1, 2
print(a, b)
x = y = z = []
x.append(1)
print(y, z is x)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
(m, n), o = "ab", 3
print(m, n, o)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(e)
