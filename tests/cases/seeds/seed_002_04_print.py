# Example 4 (fenced) of seeds/002_a93e45387ecf14fe.txt, verbatim (same as tests/parse/valid/seed_002_04_print.py).
a = 100
b = 100
print(a is b)  # True (same memory location)

x = 1000
y = 1000
print(x is y)  # False (different memory locations for larger integers)
