# What a resurrected object reaches survives with it.
import gc


class Keeper:
    def __del__(self):
        global kept
        kept = self


class Leaf:
    pass


gc.collect()
k = Keeper()
k.leaf = Leaf()
k.leaf.back = k
k.data = [1, 2, 3]
del k
print(gc.collect())
print(kept.data, type(kept.leaf).__name__, kept.leaf.back is kept)
del kept
print(gc.collect())
