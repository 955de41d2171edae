# Example 3 (unfenced) of seeds/000_77660ae18a97e83a.txt, verbatim (same as tests/parse/valid/seed_000_03_print.py).
a = 256
b = 256
print(a is b) # True because Python caches small integersManaging Memory in Python Extensions
