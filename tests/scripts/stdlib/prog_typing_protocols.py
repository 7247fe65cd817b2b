from typing import *
import collections.abc
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(collections.abc.Callable[[int, str], str]))
print(get_origin(Callable[[int], str]), get_origin(Union[int, str]), get_origin(int))
try:
    print(get_args(Annotated[int, "meta"]), Annotated[int, "meta"])
except Exception as e: print(type(e))
@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...
class Sq:
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(isinstance(Sq(2), SupportsArea), issubclass(Sq, SupportsArea), issubclass(int, SupportsArea))
try:
    SupportsArea()
except TypeError as e: print(e)
class Impl(SupportsArea):
    pass
print(Impl().area())
try:
    runtime_checkable(Sq)
except TypeError as e: print(e)
@runtime_checkable
class HasX(Protocol):
    x: int
class WX:
    x = 1
print(isinstance(WX(), HasX))
try:
    issubclass(WX, HasX)
except TypeError as e: print(e)
print(isinstance([], SupportsInt), isinstance(3.0, SupportsFloat), isinstance(3, SupportsIndex))
K = TypeVar("K"); V = TypeVar("V")
class Pair(Generic[K, V]):
    pass
class IntPair(Pair[int, V]): pass
print(Pair.__parameters__, IntPair.__parameters__, Pair[str, int], IntPair[str])
def f(x: "int", y: List["str"]) -> None: pass
print(get_type_hints(f))
print(NewType("UserId", int)(5), NewType("UserId", int))
print(TypeVar("T", bound=int), TypeVar("S", int, str).__constraints__)
print(Tuple[int, ...], Tuple[()], Type[int], Iterable[int], Iterator[str], Sequence[int], Mapping[str, int])
print(isinstance([], Iterable), isinstance({}, Mapping), isinstance((), Sequence), isinstance(3, Hashable))
def g(a: Annotated[int, "units"], b: List[Annotated[str, 1]]) -> Annotated[float, "x"]: pass
print(get_type_hints(g))
print(get_type_hints(g, include_extras=True))
print(Annotated[Annotated[int, 1], 2], get_origin(Annotated[int, 1]) is Annotated, Annotated[int, 1](7))
class Sub(SupportsArea, Protocol):
    def perim(self): ...
print(Sub._is_protocol, Impl._is_protocol, Sub.__parameters__)
