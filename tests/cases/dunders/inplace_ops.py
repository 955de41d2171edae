# In-place operators fall back to the binary ones.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        print('iadd', v)
        self.items.append(v)
        return self
    def __add__(self, v):
        print('add', v)
        return 'new object'
a = Acc()
b = a
a += 1
print(a is b, a.items)
class OnlyAdd:
    def __init__(self, n):
        self.n = n
    def __add__(self, v):
        return OnlyAdd(self.n + v)
    def __isub__(self, v):
        return NotImplemented
    def __sub__(self, v):
        return OnlyAdd(self.n - v)
o = OnlyAdd(1)
p = o
o += 5
print(o.n, p.n, o is p)
o -= 2
print(o.n)
l = [1]
m = l
l += [2]
print(l is m, l)
t = (1,)
u = t
t += (2,)
print(t is u, t, u)
class Bad:
    pass
try:
    x = Bad()
    x += 1
except TypeError as e:
    print('TypeError:', e)
