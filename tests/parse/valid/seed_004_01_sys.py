# Extracted from seeds/004_3521acaed918f488.txt (fenced example 1) by scripts/gen_parse_cases.py.
import sys

x = [1, 2, 3, 4, 5]
print(sys.getsizeof(x))  # Output: size of the list object in bytes
