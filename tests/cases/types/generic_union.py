import collections, types
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[()]), repr(tuple[int, ...]), repr(list[collections.deque]), repr(int|None), repr(int|str|int), int|int, (int|str).__args__, (int|str)==(str|int), list[int]==list[int], type(list[int]).__module__)
print(list[int]('ab'), list[int].__name__, isinstance([], list))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
print(isinstance(3, int|str), issubclass(bool, int|str), hash(int|str)==hash(str|int))
print(repr(int | list[int]), repr(list[int] | None), repr(None | int))
print(type(list[int]), type(int | str))
def f(x: int | None = None, y: list[str] = ()) -> dict[str, int]:
    return {}
print(f.__annotations__)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
print(types.SimpleNamespace(a=1, b='x'), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
ns = types.SimpleNamespace(); ns.x = ns; print(ns)
print(types.FunctionType, types.ModuleType, types.GeneratorType, types.MappingProxyType, types.NoneType)
try: int[3]
except TypeError as e: print(e)
import __future__
print(__future__.annotations, __future__.all_feature_names[:3], __future__.division.getMandatoryRelease())
