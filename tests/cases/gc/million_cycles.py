# Many reference cycles in a loop are reclaimed by automatic collection.
import gc


class Node:
    pass


gc.collect()
before = gc.get_stats()
for i in range(200000):
    a = Node()
    b = Node()
    a.b = b
    b.a = a
del a, b
after = gc.get_stats()
print("automatic collections:", after[0]["collections"] > before[0]["collections"])
collected = sum(s["collected"] for s in after) - sum(s["collected"] for s in before)
print("nearly all collected:", collected >= 399000)
print("tracked objects bounded:", len(gc.get_objects()) < 100000)
