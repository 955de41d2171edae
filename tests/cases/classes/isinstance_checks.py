# isinstance/issubclass with builtins, tuples and the numeric tower.
vals = [1, True, 1.5, 'a', b'b', [1], (1,), {1: 1}, {1}, None, len, int]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object), isinstance(v, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), issubclass(KeyError, LookupError))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
