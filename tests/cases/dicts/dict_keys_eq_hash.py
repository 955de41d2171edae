# User-defined keys: __hash__/__eq__ decide identity in dicts.
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        print('hash', self.name)
        return hash(self.name)
    def __eq__(self, other):
        print('eq', self.name, other.name)
        return self.name == other.name
    def __repr__(self):
        return f'Key({self.name!r})'
d = {}
d[Key('a')] = 1
d[Key('a')] = 2
print(d)
print(Key('a') in d)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return f'C{self.v}'
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], len(cd))
