# Extracted from seeds/002_a93e45387ecf14fe.txt (fenced example 5) by scripts/gen_parse_cases.py.
import gc

# Force garbage collection
gc.collect()

# Disable garbage collection
gc.disable()
gc.enable()
