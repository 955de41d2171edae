# Annotated assignments: with and without value, simple and complex targets.
x: int
y: int = 1
z: "str" = 'forward'
(w): int = 1
(w): int
a.b: int
a.b: int = 2
a[0]: str = 'x'
a[1:2]: list
items: list[int] = []
mapping: dict[str, list[tuple[int, ...]]] = {}
maybe: int | None = None
value: tuple = 1, 2
gen: object = (yield_ for yield_ in range(3))


class Config:
    name: str
    debug: bool = False
    level: int = 3
    tags: list[str] = []
    self_ref: "Config | None" = None

    def __init__(self) -> None:
        self.name: str = "default"
        self.extra: dict = {}
        counter: int = 0
        counter: int
