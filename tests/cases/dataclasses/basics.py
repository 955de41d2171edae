import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__, [f.name for f in fields(Point)], [f.default is dataclasses.MISSING for f in fields(p)])
print(asdict(p), astuple(p), replace(p, y=9))
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(3))
print(Point.__doc__, Point.__init__.__qualname__)


@dataclass()
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)


a = Inventory("a")
b = Inventory("a")
a.tags.append("x")
print(a, b, a.tags is b.tags, a == b, Inventory("q", [], 0, "t") == Inventory("q", [], 0, "u"))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


vs = [Version(2, 1), Version(1, 5), Version(2, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(3) >= Version(2, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1): "one"}[Version(1, 0)])
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3).area)


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), [f.name for f in fields(Point3)])


@dataclass
class Nested:
    pts: list
    origin: Point
    meta: dict


n = Nested([Point(1, 1), Point(2, 2)], Point(0), {"k": Point(5)})
print(asdict(n))
print(astuple(n))

for bad in ("Point()", "Point(1, 2, 3)", "Point(1, z=3)", "Point(1, x=1)", "Rect()"):
    try:
        eval_result = None
        if bad == "Point()":
            Point()
        elif bad == "Point(1, 2, 3)":
            Point(1, 2, 3)
        elif bad == "Point(1, z=3)":
            Point(1, z=3)
        elif bad == "Point(1, x=1)":
            Point(1, x=1)
        else:
            Rect()
    except TypeError as e:
        print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)

try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)

try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Ident:
    v: int


i = Ident(1)
print(i == Ident(1), i == i, Ident.__hash__ is object.__hash__)


@dataclass(repr=False)
class NoRepr:
    v: int


print(type(repr(NoRepr(1))).__name__, repr(NoRepr(1)).startswith("<"))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: str = field(default="x", hash=False)


print(hash(Hashed(1)) == hash(Hashed(1, "y")), Hashed(1) == Hashed(1, "y"))


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))

C = dataclasses.make_dataclass("C", [("a", int), ("b", int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))
