from typing import NamedTuple, TypedDict
class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name='x', year=1)
print(type(m), m, sorted(Movie.__optional_keys__), Movie.__required_keys__, Movie.__total__, Movie.__annotations__)
print(type(Movie).__name__, Movie.__mro__)
class Film(Movie):
    director: str
print(sorted(Film.__required_keys__), sorted(Film.__optional_keys__), Film.__total__, Film.__annotations__)
class P(NamedTuple):
    """A point."""
    x: int
    y: int = 3
    def s(self): return self.x + self.y
p = P(1)
print(p, p.s(), P._fields, P._field_defaults, type(P), P.__mro__, P.__annotations__, P.__doc__)
x, y = p
print(x, y, p._replace(x=5), p._asdict(), isinstance(p, tuple))
try: isinstance(m, Movie)
except TypeError as e: print(e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): pass
except AttributeError as e: print(e)
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'x'), Q.__annotations__, Q.__module__)
T = TypedDict('T', {'k': int})
print(T(k=1), T.__required_keys__, T.__module__)
