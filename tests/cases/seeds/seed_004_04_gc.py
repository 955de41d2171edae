# Example 4 (fenced) of seeds/004_3521acaed918f488.txt, verbatim (same as tests/parse/valid/seed_004_04_gc.py).
import gc

gc.collect()  # Forces garbage collection

print(gc.garbage)  # Lists objects that could not be freed
