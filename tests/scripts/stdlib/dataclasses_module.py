# dataclasses: generated __init__/__repr__/__eq__/order/hash/frozen, field(), defaults and factories,
# inheritance, InitVar, KW_ONLY, asdict/astuple/replace, make_dataclass, CPython's errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses
from typing import List, ClassVar, Optional


@dataclass
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p, p.norm2(), p == Point(3, 4), p == Point(4, 3), p != Point(3, 5), Point(1))
print(Point.__init__.__qualname__, Point.__match_args__, Point.x if hasattr(Point, 'x') else 'no class attr x', Point.y)
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v = Version(1, 2)
print(v, v < Version(1, 3), v >= Version(1, 2), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    total: ClassVar[int] = 0

    def __post_init__(self):
        Inventory.total += 1
        self.count = len(self.items)


a = Inventory("a")
b = Inventory("b", ["x", "y"])
a.items.append("z")
print(a, b, b.count, Inventory.total, Inventory("c") == Inventory("c", secret="t"), [f.name for f in fields(Inventory)])
print(asdict(b))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5


print(Derived(1), Derived(1, "x", 2.5), [f.name for f in fields(Derived)])


@dataclass
class Nested:
    p: Point
    ps: list
    tag: Optional[str] = None


n = Nested(Point(1, 2), [Point(3, 4)])
print(asdict(n), astuple(n))


@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.x *= scale


print(WithInit(3, 10), WithInit(2))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3))

for make in (
    lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: replace(p, z=1),
    lambda: fields(3),
):
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

try:
    @dataclass
    class Wrong:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass(repr=False, eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), "object at" in repr(Plain(1)))


@dataclass(unsafe_hash=True)
class Hashy:
    v: int


print(hash(Hashy(5)) == hash(Hashy(5)), len({Hashy(1), Hashy(1), Hashy(2)}))
Dyn = dataclasses.make_dataclass("Dyn", [("x", int), ("y", int, field(default=5))])
print(Dyn(1), Dyn(1) == Dyn(1, 5))
