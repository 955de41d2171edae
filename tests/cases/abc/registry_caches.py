# abc: registration, caches and their invalidation, __subclasshook__ overriding inheritance,
# __class__-spoofing instances, ABCMeta keywords, update_abstractmethods edge cases.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Animal(ABC):
    pass


class Dog:
    pass


class Puppy(Dog):
    pass


t0 = abc.get_cache_token()
print(isinstance(Dog(), Animal), issubclass(Puppy, Animal))
print(Animal.register(Dog) is Dog, abc.get_cache_token() > t0)
print(isinstance(Dog(), Animal), issubclass(Puppy, Animal), isinstance(Puppy(), Animal))
t1 = abc.get_cache_token()
print(Animal.register(Puppy) is Puppy, abc.get_cache_token() == t1)


class Sub(Animal):
    pass


print(Animal.register(Sub) is Sub, abc.get_cache_token() == t1)
try:
    Sub.register(Animal)
except RuntimeError as e:
    print('RuntimeError', e)
for bad in (lambda: issubclass(3, Animal), lambda: Animal.register('x'), lambda: isinstance(3, Animal)):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)


class Pet(Animal):
    pass


class Cat:
    pass


print(issubclass(Cat, Pet))
Pet.register(Cat)
print(issubclass(Cat, Pet), issubclass(Cat, Animal), isinstance(Cat(), Animal))
Animal._abc_registry_clear()
Animal._abc_caches_clear()
print(issubclass(Dog, Animal), issubclass(Cat, Animal))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Child(Never):
    pass


print(issubclass(Child, Never), isinstance(Child(), Never))


class Liar:
    @property
    def __class__(self):
        return Dog


Animal.register(Dog)
print(isinstance(Liar(), Animal), type(Liar()).__name__)


class Keyed(ABC):
    def __init_subclass__(cls, /, **kw):
        super().__init_subclass__(**kw)
        cls.tag = 't'


class Tagged(Keyed):
    pass


print(Tagged.tag, type(Tagged).__name__, ABCMeta.__module__, ABCMeta.__name__)


class Meta2(ABCMeta):
    pass


class WithMeta(metaclass=Meta2):
    @abstractmethod
    def go(self):
        ...


print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__), isinstance(WithMeta, ABCMeta))


class NotAbc:
    pass


print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, '__abstractmethods__'))


class A1(ABC):
    @abstractmethod
    def one(self):
        ...

    @abstractmethod
    def two(self):
        ...


class A2(A1):
    def one(self):
        return 1


print(sorted(A2.__abstractmethods__))
A2.two = abstractmethod(lambda self: 2)
abc.update_abstractmethods(A2)
print(sorted(A2.__abstractmethods__))
del A2.two
A2.two = lambda self: 2
print(sorted(abc.update_abstractmethods(A2).__abstractmethods__), A2().two())
print(abstractmethod.__name__, abc.abstractmethod is abstractmethod, ABC.__slots__)
f = abstractmethod(lambda: 0)
print(f.__isabstractmethod__, abc.abstractproperty.__isabstractmethod__)
print(isinstance(abc.abstractclassmethod(lambda c: 0), classmethod),
      isinstance(abc.abstractstaticmethod(lambda: 0), staticmethod),
      abc.abstractclassmethod(lambda c: 0).__isabstractmethod__,
      abc.abstractstaticmethod(lambda: 0).__func__.__isabstractmethod__)
import collections.abc as cabc
print(isinstance([], cabc.Sequence), issubclass(bytearray, cabc.MutableSequence),
      isinstance({}.keys(), cabc.Set), type(cabc.Sized).__name__, type(cabc.Sized) is ABCMeta)
