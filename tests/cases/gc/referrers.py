# get_referrers / get_referents.
import gc

x = [1, 2]
y = [x]
z = {"k": x}
refs = gc.get_referrers(x)
print(any(r is y for r in refs), any(r is z for r in refs))
print(gc.get_referents(y) == [x])
print(gc.get_referents(1), gc.get_referents("s"))
print(sorted(map(str, gc.get_referents(z))))
t = (x, "a")
print(gc.get_referents(t)[0] is x)


class A:
    pass


a = A()
a.v = x
print(any(r is x for r in gc.get_referents(a.__dict__)))
print(gc.get_referents() == [])
