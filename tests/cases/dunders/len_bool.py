# __len__ and __bool__ drive truthiness.
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(len(Box(3)), bool(Box(0)), bool(Box(2)), not Box(0))
if Flag(True):
    print('truthy')
print(bool(Flag(False)), 'yes' if Box(1) else 'no')
class Neither:
    pass
print(bool(Neither()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class StrLen:
    def __len__(self):
        return '3'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError:', e)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
