# Example 1 (fenced) of seeds/004_3521acaed918f488.txt, extracted by scripts/gen_parse_cases.py.
import sys

x = [1, 2, 3, 4, 5]
print(sys.getsizeof(x))  # Output: size of the list object in bytes
