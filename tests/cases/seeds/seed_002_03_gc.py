# Example 3 (fenced) of seeds/002_a93e45387ecf14fe.txt, verbatim (same as tests/parse/valid/seed_002_03_gc.py).
import gc
print(gc.get_threshold())  # View thresholds for garbage collection in each generation
