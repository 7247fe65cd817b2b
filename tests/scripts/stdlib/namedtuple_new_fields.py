# namedtuple's __new__ binds its fields as parameters (keywords, defaults, CPython's argument
# errors) and its fields are read natively (a subclass's __getitem__ is not asked).
from collections import namedtuple
P = namedtuple("P", "x y z", defaults=[9])
print(P(1, 2), P(1, 2, 3), P(x=1, y=2), P(1, z=5, y=0))
print(P.__new__.__doc__, P.__new__.__name__, P.__new__.__qualname__, P.__new__.__defaults__)
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((1,), {'x': 2}), ((1, 2), {'w': 3}), ((), {'y': 1})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
Q = namedtuple("Q", "a")
print(Q(1), Q(a=2), Q._make([3]))
R = namedtuple("R", "")
print(R(), R._make([]))
try:
    R(1)
except TypeError as e:
    print("TypeError", e)
S = namedtuple("S", ["def", "class", "ok"], rename=True)
print(S(1, 2, 3), S._fields)
T = namedtuple("T", "a b", defaults=[1, 2])
print(T(), T(5), T.__new__.__defaults__, T._field_defaults)
print(P(1, 2)._replace(x=7), P(1, 2)._asdict())
class Sub(P):
    pass
print(Sub(1, 2), type(Sub(1, 2)).__name__)
import pickle
print(pickle.loads(pickle.dumps(P(1, 2, 3))))
P = namedtuple("P", "x y")
p = P(1, 2)
print(p.x, p.y, P.x.__doc__, type(P.x).__name__ in ('property', '_tuplegetter'))
for f in (lambda: setattr(p, 'x', 3), lambda: delattr(p, 'x')):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
class Q(P):
    def __getitem__(self, i):
        return 'over'
q = Q(5, 6)
print(q.x, q[0], q.y)
try:
    P.x.__get__(3)
except TypeError as e:
    print("TypeError", e)
