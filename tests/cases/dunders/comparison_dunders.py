# Rich comparisons, reflection, and default identity equality.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), a != b, a == 'x')
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b), min([b, a]))
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p)
try:
    p < p
except TypeError as e:
    print('TypeError:', e)
print(hash(Version) is not None, Version.__hash__)
