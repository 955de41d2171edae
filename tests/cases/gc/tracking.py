# gc.is_tracked: atomic objects are never tracked; containers are.
import gc


class A:
    pass


print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("a"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(lambda: 0))
print(gc.is_tracked([1, 2]))
print(gc.is_tracked({"a": []}))
