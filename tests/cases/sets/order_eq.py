# Keys whose hashes collide are compared with __eq__ (the table's key on the left) in
# CPython's probe order; a lookup whose __eq__ mutates the set starts over.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return 'K%d' % self.v
s = {K(1), K(5), K(9), K(2)}
print(s)
print(K(5) in s, K(13) in s)
s.add(K(13)); s.discard(K(5)); s.add(K(17))
print(s)
t = {K(5), K(1)}
print(s & t, s | t, s - t, s ^ t)
print(s.pop(), s)
class M:
    def __init__(self, v, tgt=None):
        self.v, self.tgt = v, tgt
    def __hash__(self):
        return 7
    def __eq__(self, o):
        if self.tgt is not None and len(self.tgt) < 40:
            self.tgt.update(range(100, 110))
        return self is o
z = set()
z.add(M(1, z)); z.add(M(2, z)); z.add(M(3))
print(len(z), sorted(x for x in z if isinstance(x, int)))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
