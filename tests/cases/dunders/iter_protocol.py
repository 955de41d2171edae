# __iter__/__next__ and the legacy __getitem__ iteration.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)), 2 in Countdown(3))
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), list(iter(Squares())))
a, b, c, d = Squares()
print(a, b, c, d)
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(list(Bag(1, 2)), max(Bag(5, 9, 2)), sorted(Bag('b', 'a')), dict(zip(Bag('x', 'y'), Bag(1, 2))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
