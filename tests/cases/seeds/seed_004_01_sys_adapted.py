# Example 1 of seeds/004_3521acaed918f488.txt, adapted: byte sizes are implementation-specific, so
# the case prints comparisons instead of sys.getsizeof(x) itself (CPython prints 96).
import sys

x = [1, 2, 3, 4, 5]
print(sys.getsizeof(x) > 0)  # Output: size of the list object in bytes
print(sys.getsizeof(x) > sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))
