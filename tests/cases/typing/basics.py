# typing: the names annotated scripts use, their reprs as 3.11 prints them, generic classes,
# NamedTuple and TypedDict classes, NewType, cast, overload, get_type_hints, errors.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, Iterator,
                    List, Literal, NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple,
                    Type, TypedDict, TypeVar, Union, cast, get_args, get_origin, get_type_hints,
                    overload)

T = TypeVar('T')
K = TypeVar('K')
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Any, T, Set[int], FrozenSet[str])
print(Iterable[int], Iterator[str], Sequence[float], Type[int], Literal[1, 'a'], ClassVar[int])
print(Final[int], Union[int], Optional[Union[int, str]], Union[int, None], Union[int, Union[str, int]])
print(repr(typing.List), typing.TYPE_CHECKING, cast(int, 'x'), Dict[str, List[int]])
print(TypeVar('U', bound=int), TypeVar('V', int, str), TypeVar('W', covariant=True),
      TypeVar('X', contravariant=True))
print(List[int] == List[int], Union[int, str] == Union[str, int], get_origin(List[int]) is list,
      get_args(Dict[str, int]), get_origin(Optional[int]) is Union)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(Stack[int], Stack.__orig_bases__, Stack.__mro__, s.pop(), Stack.__parameters__)


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point._fields, Point(1), isinstance(p, tuple), Point.__annotations__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print(e)


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name='Blade Runner', year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__))

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double('ab'))


def greet(name: str, times: 'int' = 1) -> Optional[str]:
    return name * times


print(get_type_hints(greet), greet.__annotations__['times'])


class Shape(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(2), Square(3)]))
for bad in (lambda: List[int, str], lambda: Dict[int], lambda: Generic[int], lambda: List(),
            lambda: Any(), lambda: isinstance(1, List[int])):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance([], List), issubclass(list, typing.Sequence))
