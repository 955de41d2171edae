# Reflected-operand order: a subclass's __radd__ is tried first.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print(f'{type(self).__name__}.__add__')
        return NotImplemented
    def __radd__(self, o):
        print(f'{type(self).__name__}.__radd__')
        return 'radd result'
    def __lt__(self, o):
        print(f'{type(self).__name__}.__lt__')
        return NotImplemented
    def __gt__(self, o):
        print(f'{type(self).__name__}.__gt__')
        return NotImplemented
class Sub(Num):
    def __radd__(self, o):
        print('Sub.__radd__')
        return 'sub radd'
try:
    Num(1) + Num(2)
except TypeError as e:
    print('TypeError:', e)
print(Num(1) + Sub(2))
print(5 + Num(1))
try:
    Num(1) < Num(2)
except TypeError as e:
    print('TypeError:', e)
class Eq:
    def __eq__(self, o):
        print('Eq.__eq__')
        return NotImplemented
print(Eq() == Eq(), Eq() != Eq())
e = Eq()
print(e == e)
