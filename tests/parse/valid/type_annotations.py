# Type annotations everywhere they may appear.
from typing import Callable, Optional, Union, TypeVar, Generic

T = TypeVar('T')
x: int = 1
y: Optional[str] = None
z: Union[int, str]
handler: Callable[[int, str], bool]
callback: Callable[..., None] = print
nested: dict[str, list[tuple[int, float]]] = {}
pipe: int | str | None = None
forward: 'MyClass'
literal: 'list[int]' = []


def f(a: int, b: 'str' = '', *args: float, c: bool = False, **kw: dict) -> Optional[int]:
    local: list[int] = []
    return None


def g(x: (int, str), y: [int], z: {'k': int}) -> lambda: None:
    pass


def h(fn: Callable[[T], T] = lambda v: v) -> T | None: ...


class Box(Generic[T]):
    item: T
    count: int = 0

    def __init__(self, item: T) -> None:
        self.item: T = item
        self.items: list[T] = [item]

    def get(self) -> T:
        return self.item


async def af(q: 'asyncio.Queue[int]') -> None: ...
