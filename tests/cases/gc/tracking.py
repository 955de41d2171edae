# gc.is_tracked: atomic objects are never tracked; containers are.
import gc


class A:
    pass


print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("a"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(lambda: 0))
print(gc.is_tracked([1, 2]))
print(gc.is_tracked({"a": []}))
# Dicts: untracked while they hold only atomic values (CPython's lazy tracking); a full
# collection untracks such dicts again, and a container stored later tracks them again.
print(gc.is_tracked({}), gc.is_tracked(dict()), gc.is_tracked({"a": 1}), gc.is_tracked(dict(a=1)))
d = {}
d["x"] = 1
print(gc.is_tracked(d))
d["y"] = []
print(gc.is_tracked(d))
del d["y"]
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
d["self"] = d
print(gc.is_tracked(d))
del d
print(gc.collect())
# Tuples: untracked by a collection when they hold only atomic values.
t = tuple([1, 2, 3])
u = tuple([1, []])
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
# An instance's __dict__, made when asked for.
a = A()
a.x = 1
print(gc.is_tracked(a.__dict__))
a.y = [a]
print(gc.is_tracked(a.__dict__))
