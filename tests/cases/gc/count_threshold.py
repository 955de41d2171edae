# get_count/get_threshold/set_threshold, and thresholds that really trigger collections.
import gc

print(gc.get_threshold())
gc.collect()
print(gc.get_count())
for i in range(5):
    gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())

gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.collect()
before = gc.get_stats()[0]["collections"]


class Node:
    pass


for i in range(1000):
    a = Node()
    b = Node()
    a.b = b
    b.a = a
after = gc.get_stats()[0]
print("gen0 collections happened:", after["collections"] > before)
print("cycles collected automatically:", after["collected"] > 0)
c0, c1, c2 = gc.get_count()
print("gen0 count stays under the threshold:", c0 <= 100)
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
