# Single inheritance, overriding, isinstance/issubclass, __bases__, __mro__.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, a kind of ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + ' (squeaky)'
p = Puppy('Rex', 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog('d'), Puppy), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Puppy.__bases__, Puppy.__mro__)
print(Animal.__subclasses__(), object in Puppy.__mro__, Animal.__base__, object.__bases__)
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)), issubclass(bool, object))
