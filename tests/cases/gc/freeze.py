# gc.freeze moves every tracked object to the permanent generation.
import gc

gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count()[1:])
keep = [[] for i in range(10)]
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())


class A:
    pass


gc.freeze()
a = A()
a.a = a
del a
print(gc.collect())
gc.unfreeze()
