# __contains__ fallback via iteration, __reversed__, __neg__ missing, __class__ assignment.
class Evens:
    def __iter__(self):
        print('iterating')
        return iter([0, 2, 4])
print(2 in Evens(), 3 in Evens())
class Rev:
    def __reversed__(self):
        return iter('zyx')
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'xyz'[i]
print(list(reversed(Rev())))
class Plain:
    pass
for op in (lambda: -Plain(), lambda: ~Plain(), lambda: abs(Plain())):
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
x = A()
x.__class__ = B
print(x.who(), type(x).__name__, isinstance(x, B))
