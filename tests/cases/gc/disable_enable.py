# With gc.disable() nothing is collected automatically; gc.collect() still works.
import gc


class Node:
    def __init__(self):
        self.other = None


gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
before = gc.get_stats()[0]["collections"]
for i in range(5000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
print("no automatic collection:", gc.get_stats()[0]["collections"] == before)
del a, b
print("collected by hand:", gc.collect())
gc.enable()
print(gc.isenabled())
