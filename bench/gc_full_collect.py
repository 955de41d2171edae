# Full collections of a heap of 1,000,000 tracked objects (lists and instances that stay
# reachable): the time goes to the collector walking and traversing them.
import gc


class Leaf:
    def __init__(self, i):
        self.items = [i]


gc.disable()
heap = [Leaf(i) for i in range(500000)]
print(len(heap))
found = 0
for i in range(10):
    found += gc.collect()
print(found)
gc.enable()
