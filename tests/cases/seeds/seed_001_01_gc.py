# Example 1 (unfenced) of seeds/001_7e4ff41e4f75ebf5.txt, verbatim (same as tests/parse/valid/seed_001_01_gc.py).
import gc # Force a garbage collection cycle gc.collect()
