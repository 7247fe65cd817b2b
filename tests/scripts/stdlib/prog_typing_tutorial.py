from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, get_type_hints, Optional, Union, List, Dict, Callable, Any, runtime_checkable, cast, overload, Literal, Final, ClassVar, get_origin, get_args

class Employee(NamedTuple):
    name: str
    id: int = 3

e = Employee("Guido")
print(e, e._fields, e._field_defaults, e._asdict(), e._replace(id=7))
print(Employee.__annotations__)

class Movie(TypedDict):
    name: str
    year: int

class Movie2(Movie, total=False):
    rating: float

m: Movie = {"name": "Blade Runner", "year": 1982}
print(m, sorted(Movie.__required_keys__), Movie2.__optional_keys__, Movie2.__total__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class F:
    def close(self): pass

print(isinstance(F(), Closable), isinstance(3, Closable))

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], T, Stack.__parameters__)

def greet(name: str, times: int = 1, *, sep: Optional[str] = None) -> List[str]:
    return [name] * times

print(get_type_hints(greet))
print(get_type_hints(Employee))
print(Optional[int], Union[int, str], List[Dict[str, int]], Callable[[int, str], bool], Dict[str, Any])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
print(cast(int, "x"), Literal["a", "b"], Final[int], ClassVar[int])
print(int | str, list[int], dict[str, list[int]])
print(Union[int, None] == Optional[int])
class P(Protocol):
    x: int
try:
    isinstance(1, P)
except TypeError as ex:
    print(ex)
