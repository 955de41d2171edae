# Seed 002 (tracemalloc example), adapted: the seed prints get_traced_memory()'s (current,
# peak) bytes, which are implementation-specific; this prints what they show instead.
import tracemalloc

tracemalloc.start()
x = [i for i in range(1000000)]
current, peak = tracemalloc.get_traced_memory()  # Current and peak memory usage
print(type(current).__name__, current > 8_000_000, peak >= current)
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
