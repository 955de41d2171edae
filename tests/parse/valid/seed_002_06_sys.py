# Example 6 (fenced) of seeds/002_a93e45387ecf14fe.txt, extracted by scripts/gen_parse_cases.py.
import sys
x = [1, 2, 3]
print(sys.getsizeof(x))  # Output: Size of the list in bytes
