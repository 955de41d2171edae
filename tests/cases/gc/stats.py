# gc.get_stats(): collections, collected and uncollectable per generation.
import gc

stats = gc.get_stats()
print(type(stats).__name__, len(stats))
print([sorted(s) for s in stats])
before = gc.get_stats()


class A:
    pass


a = A()
a.a = a
del a
gc.collect()
after = gc.get_stats()
print("gen2 collections +1:", after[2]["collections"] - before[2]["collections"])
print("gen2 collected +1:", after[2]["collected"] - before[2]["collected"])
print("uncollectable:", after[2]["uncollectable"])
gc.collect(0)
print("gen0 collections +1:", gc.get_stats()[0]["collections"] - after[0]["collections"])
