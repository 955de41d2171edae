# User descriptors with __get__/__set__/__delete__/__set_name__.
class Typed:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('deleting', self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('Ann', 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
print(type(Person.name).__name__)
del p.age
print(hasattr(p, '_age'))
class Const:
    def __get__(self, obj, objtype):
        return ('const', obj is None, objtype.__name__)
class Holder:
    c = Const()
print(Holder.c, Holder().c)
