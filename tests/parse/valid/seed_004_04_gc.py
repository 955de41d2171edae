# Example 4 (fenced) of seeds/004_3521acaed918f488.txt, extracted by scripts/gen_parse_cases.py.
import gc

gc.collect()  # Forces garbage collection

print(gc.garbage)  # Lists objects that could not be freed
