# Example 6 of seeds/002_a93e45387ecf14fe.txt, adapted: byte sizes are implementation-specific, so
# the case prints comparisons instead of sys.getsizeof(x) itself (CPython prints 88).
import sys
x = [1, 2, 3]
print(sys.getsizeof(x) > 0)  # Output: Size of the list in bytes
print(sys.getsizeof(x) > sys.getsizeof([]), sys.getsizeof(x) == sys.getsizeof([4, 5, 6]))
