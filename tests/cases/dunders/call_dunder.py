# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, plus=0):
        return x * self.k + plus
triple = Multiplier(3)
print(triple(5), triple(5, plus=1), callable(triple), callable(Multiplier), callable(5))
print(list(map(triple, [1, 2])))
class Nope:
    pass
try:
    Nope()()
except TypeError as e:
    print('TypeError:', e)
