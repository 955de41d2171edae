# Example 7 (fenced) of seeds/002_a93e45387ecf14fe.txt, extracted by scripts/gen_parse_cases.py.
from memory_profiler import profile

@profile
def my_function():
    x = [i for i in range(1000000)]

my_function()
