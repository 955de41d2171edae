# The CachedObject example of seeds/001_7e4ff41e4f75ebf5.txt, adapted: CPython prints the object
# (<__main__.CachedObject object at 0x...>, an address); the case prints its type name instead.
import weakref
class CachedObject:
    pass
cache = weakref.WeakValueDictionary()
obj = CachedObject()
cache['obj'] = obj
print(type(cache['obj']).__name__) # Access the cached object
del obj # Remove strong reference
print(cache.get('obj')) # Will return None if the object is garbage collected
