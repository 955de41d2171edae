# Example 3 (fenced) of seeds/002_a93e45387ecf14fe.txt, extracted by scripts/gen_parse_cases.py.
import gc
print(gc.get_threshold())  # View thresholds for garbage collection in each generation
