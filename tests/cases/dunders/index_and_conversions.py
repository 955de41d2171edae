# __index__, __int__, __float__, __complex__, __round__, __trunc__ hooks.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(2)
print([10, 20, 30][i], 'abcdef'[i:Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)), 'x' * Idx(3), int(Idx(7)))
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __round__(self, nd=None):
        return f'rounded {nd}'
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
try:
    [1, 2][Num()]
except TypeError as e:
    print('TypeError:', e)
try:
    hex(2.0)
except TypeError as e:
    print('TypeError:', e)
