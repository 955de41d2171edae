# Example 2 (fenced) of seeds/004_3521acaed918f488.txt, verbatim (same as tests/parse/valid/seed_004_02_sys.py).
import sys

a = []
b = a
c = a

print(sys.getrefcount(a))  # Output: 4 (the function itself adds 1 reference)

del b
print(sys.getrefcount(a))  # Output: 3

del c
print(sys.getrefcount(a))  # Output: 2
