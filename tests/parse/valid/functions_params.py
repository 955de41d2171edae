# Function definitions with every parameter kind, defaults and annotations.
def f0():
    pass


def f1(a, b, c):
    pass


def f2(a, b=1, c=2):
    pass


def f3(*args):
    pass


def f4(**kwargs):
    pass


def f5(a, /, b, *, c):
    pass


def f6(a, b, /):
    pass


def f7(*, a, b=2):
    pass


def f8(a, b=1, /, c=2, *args, d, e=5, f, **kwargs):
    pass


def f9(a: int, b: str = 'x', *args: int, c: float = 1.0, **kwargs: object) -> None:
    pass


def f10(a: int = 1, /, b: "str" = '', *, c: list[int] = []) -> dict[str, int]:
    return {}


def f11(self, *args: *tuple[int, ...]) -> int:
    return 0


def f12(
    first,
    second: int = 2,
    /,
    third=3,
    *,
    fourth,
    **rest,
):
    pass


def f13(a=(1, 2), b={'k': 1}, c=lambda: 0, d=None if x else 1):
    pass


def f14(*args, **kwargs) -> 'ForwardRef':
    return f13(*args, **kwargs)


def f15(a, *, b) -> lambda: 1:
    pass


def f16(x,): pass
def f17(*a,): pass
def f18(**k,): pass
def f19(a, /,): pass
