# Example 7 (fenced) of seeds/004_3521acaed918f488.txt, verbatim (same as tests/parse/valid/seed_004_07_gc.py).
import gc

print("Garbage collection enabled:", gc.isenabled())
gc.collect()
