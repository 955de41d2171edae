# bool is a subclass of int.
print(True + 1, True * 10, False - 1, True / 2, True // 1)
print(isinstance(True, int), issubclass(bool, int), type(True) is bool)
print(bool.__mro__)
print(True == 1, hash(True) == hash(1), {1: 'one', True: 'true'})
print(sum([True, True, False, True]))
print(int(True), str(True), repr(False), f'{True}', '%d' % True)
print(True & 1, type(True & 1).__name__, True > False, -True, ~True)
print([False] * 2, ['a', 'b'][True])
