# __hash__ and __eq__: defining __eq__ makes instances unhashable unless __hash__ is given.
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print('TypeError:', e)
print(OnlyEq.__hash__)
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, hash(Both(5)) == hash(5))
class Default:
    pass
d = Default()
print(hash(d) == hash(d), d in {d}, {d: 1}[d])
class Inherit(Both):
    pass
print(hash(Inherit(3)) == 3)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class BadHash:
    def __hash__(self):
        return 'no'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
