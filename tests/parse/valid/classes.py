# Class definitions: bases, keywords, metaclass, star-args, nesting.
class A: pass


class B(): pass


class C(A): pass


class D(A, B): pass


class E(A, metaclass=Meta): pass


class F(metaclass=Meta): pass


class G(A, B, metaclass=Meta, flag=True, **extra): pass


class H(*bases): pass


class I(*bases, **kwds): pass


class J(mod.Base, Generic[T]):
    attr = 1
    other: int = 2

    class Inner:
        class Deeper:
            pass

    def method(self):
        return self.attr

    def __repr__(self) -> str:
        return f'{type(self).__name__}()'


class K(A,): pass


class L(
    A,
    B,
    metaclass=Meta,
):
    """Docstring."""
    x, y = 1, 2
