# A __del__ that resurrects its object: the object survives, __del__ is not run again.
import gc

saved = []


class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)


gc.collect()
p = Phoenix()
p.me = p
del p
print("found", gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("found", gc.collect())

q = Phoenix()
del q
print(len(saved))
saved.clear()
print("cleared")
