# Extracted from seeds/002_a93e45387ecf14fe.txt (fenced example 8) by scripts/gen_parse_cases.py.
import tracemalloc

tracemalloc.start()
x = [i for i in range(1000000)]
print(tracemalloc.get_traced_memory())  # Current and peak memory usage
tracemalloc.stop()
