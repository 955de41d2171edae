# The ellipsis literal.
x = ...
y = a[...]
z = a[..., 1]


def stub(): ...


class Proto:
    def method(self) -> ...: ...
    attr: ... = ...


...
t = (..., ...)
Callable[..., int]
