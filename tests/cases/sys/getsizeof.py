# sys.getsizeof: only comparisons, since byte sizes are implementation-specific.
import sys
print(sys.getsizeof(0) > 0, sys.getsizeof([]) > 0, isinstance(sys.getsizeof('x'), int))
print(sys.getsizeof(2 ** 1000) > sys.getsizeof(1))
print(sys.getsizeof('a' * 1000) > sys.getsizeof('a'), sys.getsizeof('a' * 1000) >= 1000)
print(sys.getsizeof(list(range(100))) > sys.getsizeof([]), sys.getsizeof(tuple(range(10))) > sys.getsizeof(()))
print(sys.getsizeof(b'x' * 500) >= 500, sys.getsizeof({i: i for i in range(100)}) > sys.getsizeof({}))
print(sys.getsizeof([1, 2, 3]) == sys.getsizeof([4, 5, 6]), sys.getsizeof(object()) > 0)
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) >= 1000)
print(sys.getsizeof(1, 'default') > 0)
