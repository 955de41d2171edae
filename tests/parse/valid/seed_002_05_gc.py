# Example 5 (fenced) of seeds/002_a93e45387ecf14fe.txt, extracted by scripts/gen_parse_cases.py.
import gc

# Force garbage collection
gc.collect()

# Disable garbage collection
gc.disable()
gc.enable()
