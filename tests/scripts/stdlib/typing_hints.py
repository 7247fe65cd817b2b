# typing: aliases and their reprs, Union/Optional folding, TypeVar, Generic bases (PEP 560),
# NamedTuple (functional), get_type_hints, isinstance with the abstract collections.
import typing as t
T = t.TypeVar('T'); K = t.TypeVar('K', bound=int); V = t.TypeVar('V', covariant=True)
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, str, None], t.Union[int], t.Optional[t.Union[int,str]])
print(t.Callable[[int, str], bool], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Any, T, K, V, t.Literal['a', 1], t.ClassVar[int], t.Final[int])
print(t.List[int].__origin__, t.List[int].__args__, t.Optional[int].__args__, t.Union[int, int], t.Set[T], t.Type[int], t.Iterable[int], t.Sequence[str], t.Mapping[str, int])
print(isinstance([], t.List), isinstance([], t.Iterable), isinstance(3, t.Iterable), t.cast(int, 'x'), t.TYPE_CHECKING)
try: isinstance([], t.List[int])
except TypeError as e: print(e)
print(t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int], t.get_type_hints(lambda: 0))
def f(a: 'int', b: t.List[str]) -> None: pass
print(t.get_type_hints(f))
class Box(t.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, Box.__mro__)
P = t.NamedTuple('P', [('x', int), ('y', float)])
print(P(1, 2.0), P.__annotations__)
print(t.Dict, t.List.__origin__, t.AnyStr, t.Text, t.NoReturn)
print(t.Dict[str, T][int], t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_origin(int))
from typing import List, Optional, Dict
def worker(items: List[int], limit: Optional[int] = None) -> Dict[str, int]:
    return {"n": len(items)}
print(worker([1, 2]), worker.__annotations__)
class Point:
    x: int
    y: "float" = 0.0
print(t.get_type_hints(Point))
print(isinstance({}, t.Mapping), isinstance([], t.Sequence), isinstance(len, t.Callable), isinstance(3, t.Hashable))
try:
    t.List[int, str]
except TypeError as e:
    print(e)
try:
    t.Any()
except TypeError as e:
    print(e)
