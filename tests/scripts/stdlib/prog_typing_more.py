# typing names of 3.11 beyond the basics: ParamSpec, Concatenate, TypeVarTuple, Required/NotRequired, overload registry, IO types, Pattern/Match, Annotated as a class.
from __future__ import annotations
import typing
from typing import *
from dataclasses import dataclass
T = TypeVar("T", bound="Comparable")
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...
def biggest(items: Sequence[T]) -> T:
    return max(items)
print(biggest([3, 1, 2]), get_type_hints(biggest))
@dataclass
class Node(Generic[T]):
    value: T
    next: Optional["Node[T]"] = None
print(Node(1, Node(2)), get_type_hints(Node), Node.__parameters__, Node[int])
P = ParamSpec("P")
R = TypeVar("R")
def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner
@logged
def add(x: int, y: int) -> int: return x + y
print(add(2, 3), P, P.args, P.kwargs)
print(Callable[P, int], Callable[Concatenate[int, P], int])
class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
def is_str_list(val: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in val)
print(is_str_list(["a"]), TypeGuard[int], Never, NoReturn, LiteralString, Self)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), [g.__name__ for g in typing.get_overloads(f)], len(typing.get_overloads(f)))
def g(x: int | str) -> None:
    match x:
        case int(): print("int")
        case str(): print("str")
        case _: assert_never(x)
g(1); g("s")
try:
    assert_never(1)
except AssertionError as e:
    print(e)
print(reveal_type(5) if False else "", TYPE_CHECKING, typing.ClassVar, typing.Final[int], typing.Optional)
class Shape:
    def set_scale(self, scale: float) -> Self:
        self.scale = scale; return self
print(type(Shape().set_scale(2)).__name__, get_type_hints(Shape.set_scale))
Vector = list[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2, [1.0]), get_type_hints(scale))
UserId = NewType("UserId", int)
print(UserId(5) + 1, UserId, type(UserId(5)), UserId.__supertype__)
print(typing.get_origin(Required[int]), typing.get_args(Literal[1, 2]), typing.get_origin(Annotated[int, 1]))
print(isinstance([], typing.Iterable), issubclass(dict, typing.Mapping), typing.Text, typing.AnyStr)
print(IO, IO[str], TextIO, BinaryIO, Pattern, Pattern[str], Match[bytes], issubclass(TextIO, IO), TextIO.__parameters__ if hasattr(TextIO, "__parameters__") else "")
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], Tuple[int, Unpack[Ts]], is_typeddict(Movie), is_typeddict(dict), assert_type(3, int))
@dataclass_transform(kw_only_default=True)
def model(cls): return cls
print(model.__dataclass_transform__)
class Partial(TypedDict, total=False):
    a: int
    b: Required[str]
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), ByteString, AsyncGenerator[int, None], AsyncContextManager[int])
Q = ParamSpec("Q")
class Wrapper(Generic[Q, R]): pass
print(Wrapper.__parameters__, Wrapper[[int, str], bool] if False else "", Concatenate[int, Q])
typing.clear_overloads(); print(typing.get_overloads(f))
try:
    Concatenate[int]
except TypeError as e:
    print(e)
try:
    Annotated()
except TypeError as e:
    print(e)
print(Annotated, Annotated[int, "m"])
