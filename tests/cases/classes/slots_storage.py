# Slot values live in the instance: counted as references, released when replaced, deleted or
# when the instance goes; a slotted instance is smaller than one with a __dict__.
import sys

class WithDict:
    def __init__(self):
        self.a = 1
        self.b = 2

class WithSlots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = 2

print(sys.getsizeof(WithSlots()) < sys.getsizeof(WithDict()))

class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

class Holder:
    __slots__ = ('x', 'y')

h = Holder()
h.x = Noisy(1)
h.y = Noisy(2)
h.x = Noisy(3)
print('replaced')
del h.y
print('deleted')
h.y = Noisy(4)
del h
print('freed')

x = object()
h = Holder()
h.x = x
h.y = x
print(sys.getrefcount(x))
del h.x
print(sys.getrefcount(x))
h = None
print(sys.getrefcount(x))

# A slot holding its own instance, and subclass slots, release too.
class Child(Holder):
    __slots__ = ('z',)
c = Child()
c.z = Noisy(5)
del c
c = Child()
c.x = Noisy(6)
c = None

# With both slots and a __dict__, the slots are cleared first.
class Both:
    __slots__ = ('s', '__dict__')
b = Both()
b.d = Noisy('dict')
b.s = Noisy('slot')
del b
print('end')
