# Example 3 (unfenced) of seeds/001_7e4ff41e4f75ebf5.txt, verbatim (same as tests/parse/valid/seed_001_03_gc.py).
import gc # Set the thresholds for the garbage collector gc.set_stats(700, 10, 10) # Example values for tuning
