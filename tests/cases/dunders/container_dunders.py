# __getitem__/__setitem__/__delitem__/__contains__, with slices and __missing__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print('get', key)
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[0, 1] = 'x'
print(g[0, 1], g[5, 5], (0, 1) in g, (9, 9) in g)
del g[0, 1]
print((0, 1) in g)
class Seq:
    def __getitem__(self, idx):
        return idx
s = Seq()
print(s[1], s[1:2], s[::2], s[1:2, 3], s[...], s['k'])
class Defaulting(dict):
    def __missing__(self, key):
        return f'missing {key}'
d = Defaulting(a=1)
print(d['a'], d['b'], d.get('b'))
class NoSet:
    pass
try:
    NoSet()[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    NoSet()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    del NoSet()[0]
except TypeError as e:
    print('TypeError:', e)
