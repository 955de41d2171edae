# Example 7 (fenced) of seeds/002_a93e45387ecf14fe.txt, verbatim (same as tests/parse/valid/seed_002_07_my_function.py).
from memory_profiler import profile

@profile
def my_function():
    x = [i for i in range(1000000)]

my_function()
