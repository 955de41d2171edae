# Extracted from seeds/004_3521acaed918f488.txt (fenced example 7) by scripts/gen_parse_cases.py.
import gc

print("Garbage collection enabled:", gc.isenabled())
gc.collect()
