# WeakValueDictionary: the CachedObject example of the seeds, and more.
import gc
import weakref


class CachedObject:
    pass


cache = weakref.WeakValueDictionary()
obj = CachedObject()
cache['obj'] = obj
print(cache['obj'] is obj)
del obj
print(cache.get('obj'))
print(len(cache), list(cache.keys()))

d = weakref.WeakValueDictionary()
keep = [CachedObject() for i in range(3)]
for i, o in enumerate(keep):
    d[i] = o
print(sorted(d.keys()), len(d))
del keep[1]
print(sorted(d.keys()), 1 in d)
try:
    d[1]
except KeyError as e:
    print("KeyError", e)
a = CachedObject()
a.self = a
d["cyc"] = a
del a
print("cyc" in d)
gc.collect()
print("cyc" in d)
print(sorted(d), d.pop(0) is keep[0], len(d))
