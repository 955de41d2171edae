# __mro_entries__: a base that is not a class is replaced by what it returns, and the class
# keeps __orig_bases__; isinstance/issubclass ask a non-class's __instancecheck__ and
# __subclasscheck__; a bad __mro_entries__ result is a TypeError.
class Alias:
    def __init__(self, origin):
        self.origin = origin

    def __mro_entries__(self, bases):
        return (self.origin,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.origin)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.origin)


class Base:
    pass


class C(Alias(Base)):
    pass


print(C.__mro__, type(C.__orig_bases__[0]).__name__, '__orig_bases__' in Base.__dict__)
print(isinstance(C(), Alias(Base)), isinstance(1, Alias(Base)), issubclass(C, Alias(Base)))


class Wrong:
    def __mro_entries__(self, bases):
        return [object]


try:
    class D(Wrong()):
        pass
except TypeError as e:
    print(e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
