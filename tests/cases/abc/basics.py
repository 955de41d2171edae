import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

sq = Square(3)
print(sq.describe(), sq.perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__))
print(Square.__abstractmethods__)
print(type(Shape), type(Shape) is ABCMeta, ABC, ABCMeta)
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(sq, ABC))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.make().name, Impl.helper())


class Old(ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))
try:
    Old()
except TypeError as e:
    print(e)


# virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


@Drawable.register
class Circle:
    def draw(self):
        return "o"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance("x", Drawable))
print(Drawable.register(Circle) is Circle)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


# __subclasshook__
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))
print(isinstance(abc.get_cache_token(), int))


# update_abstractmethods
class P(ABC):
    @abstractmethod
    def f(self):
        ...


class Q(P):
    pass


print(Q.__abstractmethods__)
Q.f = lambda self: 1
abc.update_abstractmethods(Q)
print(Q.__abstractmethods__, Q().f())


# plain classes are unaffected; a non-ABC with an abstract-marked method instantiates
class Plain:
    @abstractmethod
    def f(self):
        ...


print(type(Plain()).__name__, getattr(Plain.f, "__isabstractmethod__", None))
