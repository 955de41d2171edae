# DEBUG_SAVEALL keeps what the collector found in gc.garbage instead of freeing it.
import gc


class A:
    pass


gc.collect()
print(gc.garbage)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = A()
b = A()
a.b = b
b.a = a
del a, b
print(gc.collect())
print(len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
print(all(isinstance(o, A) for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
