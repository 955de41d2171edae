# __slots__: fixed attributes, no __dict__, inheritance.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
p.y = 2
del p.x
print(p.y, hasattr(p, 'x'))
class Q(P):
    pass
q = Q(5)
q.extra = 'dict allowed'
print(q.x, q.extra, q.__dict__)
class R(P):
    __slots__ = ['w']
r = R(7)
r.w = 8
print(r.x, r.w, hasattr(r, '__dict__'))
print(hasattr(P, 'x'), 'x' in P.__dict__)
