# gc.get_objects: tracked objects of one generation or all.
import gc


class Marker:
    pass


m = Marker()
gc.collect()
print(any(o is m for o in gc.get_objects()))
print(any(o is m for o in gc.get_objects(2)))
n = Marker()
print(any(o is n for o in gc.get_objects(0)))
print(any(o is n for o in gc.get_objects(2)))
try:
    gc.get_objects(3)
except ValueError as e:
    print(e)
print(any(o == 12345 for o in gc.get_objects()))
