# Example 4 (unfenced) of seeds/000_77660ae18a97e83a.txt, extracted by scripts/gen_parse_cases.py.
import tracemalloc
tracemalloc.start()
# Your code here
snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
