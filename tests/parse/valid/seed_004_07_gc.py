# Example 7 (fenced) of seeds/004_3521acaed918f488.txt, extracted by scripts/gen_parse_cases.py.
import gc

print("Garbage collection enabled:", gc.isenabled())
gc.collect()
