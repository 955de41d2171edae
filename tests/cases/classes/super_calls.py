# super() in methods, classmethods, __init__ chains and the two-argument form.
class Base:
    def __init__(self):
        print('Base.__init__')
        self.tags = ['base']
    @classmethod
    def create(cls):
        print('Base.create for', cls.__name__)
        return cls()
    def describe(self):
        return 'Base'
class Mixin:
    def __init__(self):
        print('Mixin.__init__')
        super().__init__()
        self.tags.append('mixin')
    def describe(self):
        return 'Mixin>' + super().describe()
class Child(Mixin, Base):
    def __init__(self):
        print('Child.__init__')
        super().__init__()
        self.tags.append('child')
    @classmethod
    def create(cls):
        print('Child.create')
        return super().create()
    def describe(self):
        return 'Child>' + super().describe()
c = Child.create()
print(c.tags, c.describe())
print(super(Mixin, c).describe(), super(Child, c).describe())
s = super(Child, c)
print(type(s).__name__)
class NoSuper:
    def method(self):
        return super().__repr__ is not None
print(NoSuper().method())
