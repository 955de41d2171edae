# Augmented assignment to attributes and subscripts evaluates the target once.
class Obj:
    def __init__(self):
        self.n = 1
o = Obj()
o.n += 10
print(o.n)
d = {'k': [1]}
d['k'] += [2]
d['k'][0] *= 5
print(d)
calls = []
def key(k):
    calls.append(k)
    return k
counts = {'a': 0}
counts[key('a')] += 1
print(counts, calls)
class Tracer:
    def __init__(self):
        self.data = {0: 100}
    def __getitem__(self, k):
        print('getitem', k)
        return self.data[k]
    def __setitem__(self, k, v):
        print('setitem', k, v)
        self.data[k] = v
t = Tracer()
t[0] += 1
print(t.data)
lst = [1, 2, 3]
lst[1:2] += [9, 9]
print(lst)
s = 'a'
s *= 3
s += 'b'
print(s)
