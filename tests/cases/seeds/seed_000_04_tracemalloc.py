# Seed 000 ("Debugging Memory Leaks"): the tracemalloc example as written, then a look at
# what it found (types and the allocating line only: sizes are each interpreter's own).
import tracemalloc
tracemalloc.start()
# Your code here
leak = [bytearray(1000) for _ in range(100)]
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
print(type(top_stats).__name__, type(top_stats[0]).__name__, top_stats[0].traceback[0].lineno)
