# Example 8 (fenced) of seeds/002_a93e45387ecf14fe.txt, extracted by scripts/gen_parse_cases.py.
import tracemalloc

tracemalloc.start()
x = [i for i in range(1000000)]
print(tracemalloc.get_traced_memory())  # Current and peak memory usage
tracemalloc.stop()
