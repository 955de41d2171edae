# gc.collect argument checking.
import gc

try:
    gc.collect(3)
except ValueError as e:
    print(e)
try:
    gc.collect("x")
except TypeError as e:
    print(e)
print(gc.collect(generation=0) >= 0)
