# Example 5 (fenced) of seeds/002_a93e45387ecf14fe.txt, verbatim (same as tests/parse/valid/seed_002_05_gc.py).
import gc

# Force garbage collection
gc.collect()

# Disable garbage collection
gc.disable()
gc.enable()
